package app.ponte.replay;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.agenda.AgendaProjection;
import app.ponte.contact.CryptoShreddingVault;
import app.ponte.dashboard.ProgramDashboardProjection;
import app.ponte.directory.DirectoryProjection;
import app.ponte.followups.FollowUpListProjection;
import app.ponte.live.EmbeddedReadModels;
import app.ponte.live.ShanghaiStory;
import app.ponte.opportunities.OpportunityBoardProjection;
import app.ponte.privacy.CryptoShredder;
import app.ponte.privacy.InMemoryKeyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every read model, reset and rebuilt from the same events, comes out identical: the documents are compared with
 * their keys sorted, since a {@code $set} of a new path appends it wherever the replay happens to reach it first.
 */
class ReplayTest {

    private static final List<String> READ_MODELS = List.of("agenda_missions", "agenda_engagements",
            "dashboard_programs", "dashboard_entries", "dashboard_missions", "dashboard_organizations",
            "dashboard_feeds", "directory_organizations", "directory_contacts", "directory_missions",
            "directory_engagements", "directory_outcomes", "directory_opportunities", "followups", "opportunity_board");

    private EmbeddedReadModels readModels;

    @BeforeEach
    void registerEveryProjection() {
        readModels = new EmbeddedReadModels();
        var clock = Clock.fixed(Instant.parse("2017-06-11T09:00:00Z"), ZoneOffset.UTC);
        var vault = new CryptoShreddingVault(new CryptoShredder(new InMemoryKeyStore()));
        var database = readModels.database();
        readModels.register(new AgendaProjection(database, readModels.emitter(), readModels.changes()));
        readModels.register(new ProgramDashboardProjection(database, readModels.changes(), clock));
        readModels.register(new DirectoryProjection(database, vault, readModels.changes()));
        readModels.register(new FollowUpListProjection(database, readModels.changes(), clock));
        readModels.register(new OpportunityBoardProjection(database, readModels.changes()));
    }

    @AfterEach
    void close() {
        readModels.close();
    }

    @Test
    void resetAndReplayRebuildsIdenticalReadModels() {
        var vault = new CryptoShreddingVault(new CryptoShredder(new InMemoryKeyStore()));
        var history = readModels.publish(ShanghaiStory.events(vault).toArray());
        var before = snapshot();
        assertThat(before.get("dashboard_programs")).isNotEmpty();
        assertThat(before.get("dashboard_entries")).isNotEmpty();
        assertThat(before.get("agenda_engagements")).hasSize(4);

        readModels.resetAll();
        assertThat(snapshot().values()).allSatisfy(documents -> assertThat(documents).isEmpty());
        readModels.deliver(history);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void deliveringEverythingTwiceChangesNothing() {
        var vault = new CryptoShreddingVault(new CryptoShredder(new InMemoryKeyStore()));
        var history = readModels.publish(ShanghaiStory.events(vault).toArray());
        var before = snapshot();

        readModels.deliver(history);

        assertThat(snapshot()).isEqualTo(before);
    }

    private Map<String, List<Object>> snapshot() {
        var snapshot = new TreeMap<String, List<Object>>();
        for (String name : READ_MODELS) {
            var documents = new ArrayList<Object>();
            readModels.database().getCollection(name).find().forEach(document -> documents.add(sorted(document)));
            documents.sort(java.util.Comparator.comparing(Object::toString));
            snapshot.put(name, documents);
        }
        return snapshot;
    }

    private static Object sorted(Object value) {
        if (value instanceof Document document) {
            var keys = new TreeMap<String, Object>();
            document.forEach((key, inner) -> keys.put(key, sorted(inner)));
            return keys;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReplayTest::sorted).toList();
        }
        return value;
    }
}
