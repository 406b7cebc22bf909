package app.ponte.followup;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.mission.EngagementId;
import app.ponte.mission.MissionId;
import app.ponte.mission.OutcomeKind;
import app.ponte.mission.OutcomeLookup;
import app.ponte.mission.OutcomeStanding;
import app.ponte.mission.OutcomeWasRetracted;
import app.ponte.mission.UnknownOutcome;
import app.ponte.opportunity.OpportunityId;
import app.ponte.opportunity.OpportunityIsDropped;
import app.ponte.opportunity.OpportunityLookup;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.opportunity.OpportunityStanding;
import app.ponte.opportunity.UnknownOpportunity;
import app.ponte.program.ProgramId;
import app.ponte.shared.InvalidField;
import app.ponte.shared.OutcomeId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FollowUpTest {

    private static final FollowUpId CALL = FollowUpId.of("00000000-0000-0000-0000-0000000000d1");
    private static final ProgramId PROGRAM = ProgramId.of("00000000-0000-0000-0000-000000000001");
    private static final MissionId SHANGHAI = MissionId.of("00000000-0000-0000-0000-000000000002");
    private static final FollowUpOrigin FROM_OUTCOME =
            FollowUpOrigin.outcome(OutcomeId.of("00000000-0000-0000-0000-000000000003"));
    private static final LocalDate DUE = LocalDate.of(2017, 6, 30);
    private static final String TASK = "Send ShanghaiTech the cluster's member list";

    private static final OpportunityId LINK = OpportunityId.of("00000000-0000-0000-0000-0000000000b1");

    private final Map<OutcomeId, OutcomeStanding> logged = new HashMap<>();
    private final Map<OpportunityId, OpportunityStanding> opened = new HashMap<>();
    private FixtureConfiguration<FollowUp> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FollowUp.class);
        OutcomeLookup lookup = (mission, outcome) -> Optional.ofNullable(logged.get(outcome))
                .filter(standing -> standing.missionId().equals(mission));
        fixture.registerInjectableResource(lookup);
        OpportunityLookup opportunities = id -> Optional.ofNullable(opened.get(id));
        fixture.registerInjectableResource(opportunities);
        outcomeIs(false);
        opportunityIs(false);
    }

    private void opportunityIs(boolean dropped) {
        opened.put(LINK, new OpportunityStanding(LINK, PROGRAM, "Link with Italian organizations in China",
                OpportunityStage.QUALIFIED, dropped));
    }

    private void outcomeIs(boolean retracted) {
        logged.put(FROM_OUTCOME.outcomeId(), new OutcomeStanding(SHANGHAI, PROGRAM, EngagementId.random(),
                FROM_OUTCOME.outcomeId(), OutcomeKind.FOLLOW_UP_MEETING, retracted));
    }

    private static FollowUpAssigned assigned() {
        return new FollowUpAssigned(CALL, PROGRAM, SHANGHAI, FROM_OUTCOME, "fconicella", DUE, TASK);
    }

    private static FollowUpCompleted completed() {
        return new FollowUpCompleted(CALL, PROGRAM, "fconicella", DUE, LocalDate.of(2017, 6, 12), null);
    }

    @Test
    void assignsFollowUpFromOutcome() {
        fixture.givenNoPriorActivity()
                .when(new AssignFollowUp(CALL, PROGRAM, SHANGHAI, FROM_OUTCOME, "fconicella", DUE, TASK))
                .expectEvents(assigned());
    }

    @Test
    void assignsFollowUpFromOpportunity() {
        var origin = FollowUpOrigin.opportunity(LINK);
        fixture.givenNoPriorActivity()
                .when(new AssignFollowUp(CALL, PROGRAM, SHANGHAI, origin, "fconicella", DUE, TASK))
                .expectEvents(new FollowUpAssigned(CALL, PROGRAM, SHANGHAI, origin, "fconicella", DUE, TASK));
    }

    @Test
    void cannotAssignFollowUpFromUnknownOpportunity() {
        opened.clear();
        fixture.givenNoPriorActivity()
                .when(new AssignFollowUp(CALL, PROGRAM, SHANGHAI, FollowUpOrigin.opportunity(LINK), "fconicella", DUE,
                        TASK))
                .expectException(UnknownOpportunity.class);
    }

    @Test
    void cannotAssignFollowUpFromDroppedOpportunity() {
        opportunityIs(true);
        fixture.givenNoPriorActivity()
                .when(new AssignFollowUp(CALL, PROGRAM, SHANGHAI, FollowUpOrigin.opportunity(LINK), "fconicella", DUE,
                        TASK))
                .expectException(OpportunityIsDropped.class);
    }

    @Test
    void cannotAssignFollowUpFromUnknownOutcome() {
        logged.clear();
        fixture.givenNoPriorActivity()
                .when(new AssignFollowUp(CALL, PROGRAM, SHANGHAI, FROM_OUTCOME, "fconicella", DUE, TASK))
                .expectException(UnknownOutcome.class);
    }

    @Test
    void cannotAssignFollowUpFromRetractedOutcome() {
        outcomeIs(true);
        fixture.givenNoPriorActivity()
                .when(new AssignFollowUp(CALL, PROGRAM, SHANGHAI, FROM_OUTCOME, "fconicella", DUE, TASK))
                .expectException(OutcomeWasRetracted.class);
    }

    @Test
    void cannotAssignFollowUpUnderAnotherProgram() {
        fixture.givenNoPriorActivity()
                .when(new AssignFollowUp(CALL, ProgramId.random(), SHANGHAI, FROM_OUTCOME, "fconicella", DUE, TASK))
                .expectException(InvalidField.class);
    }

    @Test
    void cannotComeFromBothOutcomeAndOpportunity() {
        assertThatThrownBy(() -> new FollowUpOrigin(OutcomeId.random(), OpportunityId.random()))
                .isInstanceOf(InvalidField.class)
                .hasMessage("origin must be either an outcome or an opportunity");
    }

    @Test
    void cannotComeFromNothing() {
        assertThatThrownBy(() -> new FollowUpOrigin(null, null))
                .isInstanceOf(InvalidField.class);
    }

    @Test
    void cannotAssignWithoutOwner() {
        assertThatThrownBy(() -> new AssignFollowUp(CALL, PROGRAM, SHANGHAI, FROM_OUTCOME, "", DUE, TASK))
                .isInstanceOf(InvalidField.class)
                .hasMessage("ownerUserId must not be blank");
    }

    @Test
    void cannotAssignWithoutDueDate() {
        assertThatThrownBy(() -> new AssignFollowUp(CALL, PROGRAM, SHANGHAI, FROM_OUTCOME, "fconicella", null, TASK))
                .isInstanceOf(InvalidField.class)
                .hasMessage("dueOn is required");
    }

    @Test
    void reassignsOpenFollowUp() {
        LocalDate later = DUE.plusWeeks(2);
        fixture.given(assigned())
                .when(new ReassignFollowUp(CALL, "rpagani", later))
                .expectEvents(new FollowUpReassigned(CALL, PROGRAM, "rpagani", later, "fconicella", DUE));
    }

    @Test
    void reassigningToSameOwnerAndDateRecordsNothing() {
        fixture.given(assigned())
                .when(new ReassignFollowUp(CALL, "fconicella", DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotReassignCompletedFollowUp() {
        fixture.given(assigned(), completed())
                .when(new ReassignFollowUp(CALL, "rpagani", DUE))
                .expectException(FollowUpAlreadyCompleted.class);
    }

    @Test
    void completesFollowUp() {
        fixture.given(assigned())
                .when(new CompleteFollowUp(CALL, LocalDate.of(2017, 6, 12), " "))
                .expectEvents(completed());
    }

    @Test
    void cannotCompleteTwice() {
        fixture.given(assigned(), completed())
                .when(new CompleteFollowUp(CALL, LocalDate.of(2017, 6, 13), null))
                .expectException(FollowUpAlreadyCompleted.class)
                .expectExceptionMessage("This follow-up was already completed on 2017-06-12; "
                        + "reopen it first if it is not done.");
    }

    @Test
    void reopensCompletedFollowUpWithNewDueDate() {
        LocalDate again = LocalDate.of(2017, 7, 15);
        fixture.given(assigned(), completed())
                .when(new ReopenFollowUp(CALL, "the list sent was outdated", again))
                .expectEvents(new FollowUpReopened(CALL, PROGRAM, "fconicella", again, "the list sent was outdated"));
    }

    @Test
    void cannotReopenOpenFollowUp() {
        fixture.given(assigned())
                .when(new ReopenFollowUp(CALL, "not done", DUE))
                .expectException(FollowUpNotCompleted.class);
    }

    @Test
    void cannotReopenWithoutReason() {
        assertThatThrownBy(() -> new ReopenFollowUp(CALL, "", DUE))
                .isInstanceOf(InvalidField.class)
                .hasMessage("reason must not be blank");
    }

    @Test
    void completesReopenedFollowUpAgain() {
        LocalDate again = LocalDate.of(2017, 7, 15);
        fixture.given(assigned(), completed(), new FollowUpReopened(CALL, PROGRAM, "fconicella", again, "outdated"))
                .when(new CompleteFollowUp(CALL, LocalDate.of(2017, 7, 10), "sent the 2017 list"))
                .expectEvents(new FollowUpCompleted(CALL, PROGRAM, "fconicella", again, LocalDate.of(2017, 7, 10),
                        "sent the 2017 list"));
    }

    @Test
    void cannotAssignSameFollowUpTwice() {
        fixture.given(assigned())
                .when(new AssignFollowUp(CALL, PROGRAM, SHANGHAI, FROM_OUTCOME, "fconicella", DUE, TASK))
                .expectException(FollowUpAlreadyAssigned.class);
    }
}
