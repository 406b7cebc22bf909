package app.ponte.opportunity;

import static app.ponte.opportunity.OpportunityStage.ACTIVE;
import static app.ponte.opportunity.OpportunityStage.AGREED;
import static app.ponte.opportunity.OpportunityStage.IDENTIFIED;
import static app.ponte.opportunity.OpportunityStage.IN_NEGOTIATION;
import static app.ponte.opportunity.OpportunityStage.QUALIFIED;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.mission.EngagementId;
import app.ponte.mission.MissionId;
import app.ponte.mission.OutcomeKind;
import app.ponte.mission.OutcomeLookup;
import app.ponte.mission.OutcomeStanding;
import app.ponte.mission.OutcomeWasRetracted;
import app.ponte.mission.UnknownOutcome;
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

class OpportunityTest {

    private static final OpportunityId LINK = OpportunityId.of("00000000-0000-0000-0000-0000000000b1");
    private static final ProgramId PROGRAM = ProgramId.of("00000000-0000-0000-0000-000000000001");
    private static final MissionId SHANGHAI = MissionId.of("00000000-0000-0000-0000-000000000002");
    private static final OutcomeId OUTCOME = OutcomeId.of("00000000-0000-0000-0000-000000000003");
    private static final String TITLE = "Link ALISEI with Italian organizations in China";
    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final Map<OutcomeId, OutcomeStanding> logged = new HashMap<>();
    private FixtureConfiguration<Opportunity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Opportunity.class);
        OutcomeLookup lookup = (mission, outcome) -> Optional.ofNullable(logged.get(outcome))
                .filter(standing -> standing.missionId().equals(mission));
        fixture.registerInjectableResource(lookup);
        outcomeIs(false);
    }

    private void outcomeIs(boolean retracted) {
        logged.put(OUTCOME, new OutcomeStanding(SHANGHAI, PROGRAM, EngagementId.random(), OUTCOME,
                OutcomeKind.COLLABORATION_OPPORTUNITY, retracted));
    }

    private static OpportunityOpened opened() {
        return new OpportunityOpened(LINK, PROGRAM, SHANGHAI, OUTCOME, TITLE, null, IDENTIFIED);
    }

    private static OpportunityAdvanced advanced(OpportunityStage from, OpportunityStage to) {
        return new OpportunityAdvanced(LINK, PROGRAM, TITLE, from, to);
    }

    private static OpportunityDropped dropped(OpportunityStage at) {
        return new OpportunityDropped(LINK, PROGRAM, TITLE, at, "counterpart lost interest");
    }

    private static AgreementDocument agreement() {
        return new AgreementDocument("Memorandum of understanding", "mou-alisei.pdf", "application/pdf", 182_044,
                DIGEST, LocalDate.of(2017, 11, 20));
    }

    @Test
    void opensOpportunityFromOutcomeAtFirstStage() {
        fixture.givenNoPriorActivity()
                .when(new OpenOpportunity(LINK, OUTCOME, SHANGHAI, PROGRAM, TITLE, " "))
                .expectEvents(opened());
    }

    @Test
    void cannotOpenOpportunityFromUnknownOutcome() {
        logged.clear();
        fixture.givenNoPriorActivity()
                .when(new OpenOpportunity(LINK, OUTCOME, SHANGHAI, PROGRAM, TITLE, null))
                .expectException(UnknownOutcome.class)
                .expectNoEvents();
    }

    @Test
    void cannotOpenOpportunityFromOutcomeOfAnotherMission() {
        fixture.givenNoPriorActivity()
                .when(new OpenOpportunity(LINK, OUTCOME, MissionId.random(), PROGRAM, TITLE, null))
                .expectException(UnknownOutcome.class);
    }

    @Test
    void cannotOpenOpportunityFromRetractedOutcome() {
        outcomeIs(true);
        fixture.givenNoPriorActivity()
                .when(new OpenOpportunity(LINK, OUTCOME, SHANGHAI, PROGRAM, TITLE, null))
                .expectException(OutcomeWasRetracted.class);
    }

    @Test
    void cannotOpenOpportunityUnderAnotherProgram() {
        fixture.givenNoPriorActivity()
                .when(new OpenOpportunity(LINK, OUTCOME, SHANGHAI, ProgramId.random(), TITLE, null))
                .expectException(InvalidField.class);
    }

    @Test
    void cannotOpenOpportunityWithoutOutcome() {
        assertThatThrownBy(() -> new OpenOpportunity(LINK, null, SHANGHAI, PROGRAM, TITLE, null))
                .isInstanceOf(InvalidField.class)
                .hasMessage("outcomeId is required");
    }

    @Test
    void cannotOpenOpportunityWithoutTitle() {
        assertThatThrownBy(() -> new OpenOpportunity(LINK, OUTCOME, SHANGHAI, PROGRAM, "", null))
                .isInstanceOf(InvalidField.class)
                .hasMessage("title must not be blank");
    }

    @Test
    void advancesToNextStage() {
        fixture.given(opened())
                .when(new AdvanceOpportunity(LINK, QUALIFIED))
                .expectEvents(advanced(IDENTIFIED, QUALIFIED));
    }

    @Test
    void advancesSkippingStagesForward() {
        fixture.given(opened(), advanced(IDENTIFIED, QUALIFIED))
                .when(new AdvanceOpportunity(LINK, AGREED))
                .expectEvents(advanced(QUALIFIED, AGREED));
    }

    @Test
    void cannotAdvanceBackward() {
        fixture.given(opened(), advanced(IDENTIFIED, IN_NEGOTIATION))
                .when(new AdvanceOpportunity(LINK, QUALIFIED))
                .expectException(StageCannotMoveBack.class)
                .expectNoEvents();
    }

    @Test
    void cannotAdvanceToCurrentStage() {
        fixture.given(opened())
                .when(new AdvanceOpportunity(LINK, IDENTIFIED))
                .expectException(StageCannotMoveBack.class);
    }

    @Test
    void cannotAdvanceDroppedOpportunity() {
        fixture.given(opened(), dropped(IDENTIFIED))
                .when(new AdvanceOpportunity(LINK, QUALIFIED))
                .expectException(OpportunityIsDropped.class);
    }

    @Test
    void dropsOpportunityWithReason() {
        fixture.given(opened(), advanced(IDENTIFIED, QUALIFIED))
                .when(new DropOpportunity(LINK, "counterpart lost interest"))
                .expectEvents(dropped(QUALIFIED));
    }

    @Test
    void cannotDropWithoutReason() {
        assertThatThrownBy(() -> new DropOpportunity(LINK, "  "))
                .isInstanceOf(InvalidField.class)
                .hasMessage("reason must not be blank");
    }

    @Test
    void cannotDropTwice() {
        fixture.given(opened(), dropped(IDENTIFIED))
                .when(new DropOpportunity(LINK, "still no interest"))
                .expectException(OpportunityAlreadyDropped.class);
    }

    @Test
    void reopensDroppedOpportunityAtAnyStage() {
        fixture.given(opened(), advanced(IDENTIFIED, QUALIFIED), dropped(QUALIFIED))
                .when(new ReopenOpportunity(LINK, IN_NEGOTIATION, "new contact at the consulate"))
                .expectEvents(new OpportunityReopened(LINK, PROGRAM, TITLE, QUALIFIED, true, IN_NEGOTIATION,
                        "new contact at the consulate"));
    }

    @Test
    void reopeningLiveOpportunityMovesItBack() {
        fixture.given(opened(), advanced(IDENTIFIED, IN_NEGOTIATION))
                .when(new ReopenOpportunity(LINK, QUALIFIED, "budget under review again"))
                .expectEvents(new OpportunityReopened(LINK, PROGRAM, TITLE, IN_NEGOTIATION, false, QUALIFIED,
                        "budget under review again"));
    }

    @Test
    void cannotReopenLiveOpportunityForward() {
        fixture.given(opened(), advanced(IDENTIFIED, QUALIFIED))
                .when(new ReopenOpportunity(LINK, AGREED, "shortcut"))
                .expectException(ReopenMustMoveBack.class);
    }

    @Test
    void cannotReopenWithoutReason() {
        assertThatThrownBy(() -> new ReopenOpportunity(LINK, QUALIFIED, null))
                .isInstanceOf(InvalidField.class)
                .hasMessage("reason must not be blank");
    }

    @Test
    void attachesSignedAgreement() {
        fixture.given(opened(), advanced(IDENTIFIED, AGREED))
                .when(new AttachAgreementDocument(LINK, agreement()))
                .expectEvents(new AgreementDocumentAttached(LINK, PROGRAM, agreement()));
    }

    @Test
    void attachesAgreementToActiveOpportunity() {
        fixture.given(opened(), advanced(IDENTIFIED, ACTIVE))
                .when(new AttachAgreementDocument(LINK, agreement()))
                .expectEvents(new AgreementDocumentAttached(LINK, PROGRAM, agreement()));
    }

    @Test
    void cannotAttachAgreementBeforeAgreed() {
        fixture.given(opened(), advanced(IDENTIFIED, IN_NEGOTIATION))
                .when(new AttachAgreementDocument(LINK, agreement()))
                .expectException(AgreementNotReached.class);
    }

    @Test
    void cannotAttachSameDocumentTwice() {
        fixture.given(opened(), advanced(IDENTIFIED, AGREED), new AgreementDocumentAttached(LINK, PROGRAM, agreement()))
                .when(new AttachAgreementDocument(LINK, agreement()))
                .expectException(DocumentAlreadyAttached.class);
    }

    @Test
    void cannotAttachAgreementToDroppedOpportunity() {
        fixture.given(opened(), advanced(IDENTIFIED, AGREED), dropped(AGREED))
                .when(new AttachAgreementDocument(LINK, agreement()))
                .expectException(OpportunityIsDropped.class);
    }

    @Test
    void cannotDescribeDocumentWithBadDigest() {
        assertThatThrownBy(() -> new AgreementDocument("MoU", "mou.pdf", "application/pdf", 10, "abc",
                LocalDate.of(2017, 11, 20)))
                .isInstanceOf(InvalidField.class)
                .hasMessage("sha256 must be 64 hexadecimal digits");
    }

    @Test
    void cannotDescribeDocumentWithFolderInName() {
        assertThatThrownBy(() -> new AgreementDocument("MoU", "../etc/mou.pdf", "application/pdf", 10, DIGEST,
                LocalDate.of(2017, 11, 20)))
                .isInstanceOf(InvalidField.class)
                .hasMessage("fileName must be a file name without folders");
    }

    @Test
    void cannotDescribeEmptyDocument() {
        assertThatThrownBy(() -> new AgreementDocument("MoU", "mou.pdf", "application/pdf", 0, DIGEST,
                LocalDate.of(2017, 11, 20)))
                .isInstanceOf(InvalidField.class)
                .hasMessage("sizeBytes must be positive");
    }

    @Test
    void cannotDescribeDocumentWithBadMediaType() {
        assertThatThrownBy(() -> new AgreementDocument("MoU", "mou.pdf", "pdf", 10, DIGEST,
                LocalDate.of(2017, 11, 20)))
                .isInstanceOf(InvalidField.class)
                .hasMessage("mediaType must be a media type such as application/pdf");
    }

    @Test
    void cannotOpenSameOpportunityTwice() {
        fixture.given(opened())
                .when(new OpenOpportunity(LINK, OUTCOME, SHANGHAI, PROGRAM, TITLE, null))
                .expectException(OpportunityAlreadyOpened.class);
    }
}
