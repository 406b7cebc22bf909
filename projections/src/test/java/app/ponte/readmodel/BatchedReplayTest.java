package app.ponte.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.agenda.AgendaProjection;
import app.ponte.privacy.CryptoShredder;
import app.ponte.contact.CryptoShreddingVault;
import app.ponte.privacy.InMemoryKeyStore;
import app.ponte.dashboard.ProgramDashboardProjection;
import app.ponte.directory.DirectoryProjection;
import app.ponte.followups.FollowUpListProjection;
import app.ponte.live.EmbeddedReadModels;
import app.ponte.live.ShanghaiStory;
import app.ponte.opportunities.OpportunityBoardProjection;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The read models after a replay in batches equal those after the same events handled one at a time. */
class BatchedReplayTest {

    @Test
    void readModelsAfterABatchedReplayEqualTheOneByOneResult() {
        var vault = new CryptoShreddingVault(new CryptoShredder(new InMemoryKeyStore()));
        var story = ShanghaiStory.events(vault);
        try (var oneByOne = projections(new EmbeddedReadModels(), vault);
                var batched = projections(new EmbeddedReadModels(), vault)) {
            var messages = oneByOne.publish(story.toArray());
            batched.deliverInBatches(messages, 7);

            var expected = contents(oneByOne);
            assertThat(expected.keySet()).contains("agenda_engagements", "dashboard_entries", "dashboard_feeds",
                    "followups", "opportunity_board");
            assertThat(contents(batched)).isEqualTo(expected);
        }
    }

    private static EmbeddedReadModels projections(EmbeddedReadModels readModels, CryptoShreddingVault vault) {
        var clock = Clock.systemUTC();
        readModels.register(new AgendaProjection(readModels.database(), readModels.emitter(), readModels.changes()));
        readModels.register(new ProgramDashboardProjection(readModels.database(), readModels.changes(), clock));
        readModels.register(new DirectoryProjection(readModels.database(), vault, readModels.changes()));
        readModels.register(new FollowUpListProjection(readModels.database(), readModels.changes(), clock));
        readModels.register(new OpportunityBoardProjection(readModels.database(), readModels.changes()));
        return readModels;
    }

    /** Every collection's documents by id; the change counters only by topic, as batches bump them less often. */
    private static Map<String, Object> contents(EmbeddedReadModels readModels) {
        var all = new TreeMap<String, Object>();
        for (String name : readModels.database().listCollectionNames()) {
            var documents = new TreeMap<String, Object>();
            for (Document document : readModels.database().getCollection(name).find()) {
                documents.put(document.get("_id").toString(), name.equals("read_model_changes") ? "" : document);
            }
            all.put(name, documents);
        }
        return all;
    }
}
