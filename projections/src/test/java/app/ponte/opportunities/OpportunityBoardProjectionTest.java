package app.ponte.opportunities;

import static app.ponte.live.ShanghaiStory.LINK;
import static app.ponte.live.ShanghaiStory.PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.contact.CryptoShreddingVault;
import app.ponte.live.EmbeddedReadModels;
import app.ponte.live.ShanghaiStory;
import app.ponte.opportunity.OpportunityDropped;
import app.ponte.opportunity.OpportunityReopened;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.privacy.CryptoShredder;
import app.ponte.privacy.InMemoryKeyStore;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpportunityBoardProjectionTest {

    private EmbeddedReadModels readModels;

    @BeforeEach
    void tellTheStory() {
        readModels = new EmbeddedReadModels();
        readModels.register(new OpportunityBoardProjection(readModels.database(), readModels.changes()));
        readModels.publish(ShanghaiStory.events(new CryptoShreddingVault(new CryptoShredder(new InMemoryKeyStore())))
                .toArray());
    }

    @AfterEach
    void close() {
        readModels.close();
    }

    private java.util.List<OpportunityCard> board() {
        return readModels.askList(new GetOpportunityBoard(Set.of(PROGRAM)), OpportunityCard.class);
    }

    @Test
    void showsEachOpportunityInItsStage() {
        assertThat(board()).extracting(OpportunityCard::opportunityId, OpportunityCard::stage, OpportunityCard::dropped)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LINK, OpportunityStage.QUALIFIED, false));
    }

    @Test
    void aDroppedOpportunityStaysWhereItWasDroppedUntilReopened() {
        readModels.publish(new OpportunityDropped(LINK, PROGRAM, "Link", OpportunityStage.QUALIFIED, "No budget"));
        assertThat(board().get(0).dropped()).isTrue();

        readModels.publish(new OpportunityReopened(LINK, PROGRAM, "Link", OpportunityStage.QUALIFIED, true,
                OpportunityStage.IDENTIFIED, "Budget found"));
        assertThat(board().get(0)).extracting(OpportunityCard::stage, OpportunityCard::dropped)
                .containsExactly(OpportunityStage.IDENTIFIED, false);
    }

    @Test
    void anEmptyScopeShowsNothing() {
        assertThat(readModels.askList(new GetOpportunityBoard(Set.of()), OpportunityCard.class)).isEmpty();
    }
}
