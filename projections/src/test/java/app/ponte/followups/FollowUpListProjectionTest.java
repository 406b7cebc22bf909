package app.ponte.followups;

import static app.ponte.live.ShanghaiStory.DONE_FOLLOW_UP;
import static app.ponte.live.ShanghaiStory.LATE_FOLLOW_UP;
import static app.ponte.live.ShanghaiStory.PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.contact.CryptoShreddingVault;
import app.ponte.followup.FollowUpReopened;
import app.ponte.live.EmbeddedReadModels;
import app.ponte.live.ShanghaiStory;
import app.ponte.privacy.CryptoShredder;
import app.ponte.privacy.InMemoryKeyStore;
import app.ponte.program.ProgramId;
import app.ponte.shared.InvalidField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FollowUpListProjectionTest {

    private static final Clock JUNE_11 = Clock.fixed(Instant.parse("2017-06-11T09:00:00Z"), ZoneOffset.UTC);

    private EmbeddedReadModels readModels;

    @BeforeEach
    void tellTheStory() {
        readModels = new EmbeddedReadModels();
        readModels.register(new FollowUpListProjection(readModels.database(), readModels.changes(), JUNE_11));
        readModels.publish(ShanghaiStory.events(new CryptoShreddingVault(new CryptoShredder(new InMemoryKeyStore())))
                .toArray());
    }

    @AfterEach
    void close() {
        readModels.close();
    }

    private java.util.List<FollowUpItem> list(String owner, boolean overdueOnly, boolean openOnly) {
        return readModels.askList(new ListFollowUps(Set.of(PROGRAM), owner, overdueOnly, openOnly, 0, 50),
                FollowUpItem.class);
    }

    @Test
    void listsEveryFollowUpOfTheProgramSoonestDueFirst() {
        assertThat(list(null, false, false)).extracting(FollowUpItem::followUpId)
                .containsExactlyInAnyOrder(LATE_FOLLOW_UP, DONE_FOLLOW_UP);
    }

    @Test
    void overdueIsWorkedOutFromTheClock() {
        var overdue = list(null, true, false);

        assertThat(overdue).extracting(FollowUpItem::followUpId).containsExactly(LATE_FOLLOW_UP);
        assertThat(overdue.get(0).daysOverdue()).isEqualTo(10);
    }

    @Test
    void mineShowsOnlyTheOwnersFollowUps() {
        assertThat(list("manager", false, false)).extracting(FollowUpItem::followUpId)
                .containsExactly(DONE_FOLLOW_UP);
        assertThat(list("manager", false, true)).isEmpty();
    }

    @Test
    void aReopenedFollowUpIsOpenAgainWithItsNewDueDate() {
        readModels.publish(new FollowUpReopened(DONE_FOLLOW_UP, PROGRAM, "manager", LocalDate.of(2017, 6, 30),
                "Not answered"));

        var reopened = list("manager", false, true);
        assertThat(reopened).extracting(FollowUpItem::dueOn).containsExactly(LocalDate.of(2017, 6, 30));
        assertThat(reopened.get(0).completedOn()).isNull();
    }

    @Test
    void outsideTheScopeNothingIsListed() {
        assertThat(readModels.askList(new ListFollowUps(Set.of(ProgramId.random()), null, false, false, 0, 50),
                FollowUpItem.class)).isEmpty();
        assertThat(readModels.askList(new ListFollowUps(Set.of(), null, false, false, 0, 50), FollowUpItem.class))
                .isEmpty();
    }

    @Test
    void aPageLargerThanAllowedIsRefusedByName() {
        assertThatThrownBy(() -> new ListFollowUps(Set.of(PROGRAM), null, false, false, 0, 10_000))
                .isInstanceOf(InvalidField.class).hasMessageContaining("limit");
    }
}
