package app.ponte.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.followup.AssignFollowUp;
import app.ponte.followup.FollowUp;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpOrigin;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.LogOutcome;
import app.ponte.mission.MarkEngagementHeld;
import app.ponte.mission.Mission;
import app.ponte.mission.MissionId;
import app.ponte.mission.OutcomeKind;
import app.ponte.mission.OutcomeLookup;
import app.ponte.mission.OutcomeWasRetracted;
import app.ponte.mission.PlanMission;
import app.ponte.mission.RepositoryOutcomeLookup;
import app.ponte.mission.RetractOutcome;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.program.ProgramId;
import app.ponte.shared.OutcomeId;
import app.ponte.testing.FixedActor;
import app.ponte.testing.InMemoryAxon;
import app.ponte.testing.Contacts;
import app.ponte.testing.Organizations;
import app.ponte.testing.Programs;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Opportunities and follow-ups checked against the mission's and the opportunity's own records, wired as the ui is
 * meant to wire them.
 */
class OpportunityFromOutcomeTest {

    private final AtomicReference<OutcomeLookup> lookup = new AtomicReference<>();
    private final AtomicReference<OpportunityLookup> opportunities = new AtomicReference<>();
    private final InMemoryAxon axon = new InMemoryAxon(FixedActor.officer(),
            (OutcomeLookup) (mission, outcome) -> lookup.get().find(mission, outcome),
            (OpportunityLookup) id -> opportunities.get().find(id),
            Organizations.anyActive(), Programs.anyOpen(), Contacts.anyKnown())
            .register(Mission.class)
            .register(Opportunity.class)
            .register(FollowUp.class);
    private final ProgramId program = ProgramId.random();
    private final MissionId mission = MissionId.random();
    private final OutcomeId outcome = OutcomeId.random();

    @BeforeEach
    void logOutcomeOfHeldMeeting() {
        lookup.set(new RepositoryOutcomeLookup(axon.repository(Mission.class)));
        opportunities.set(new RepositoryOpportunityLookup(() -> axon.repository(Opportunity.class)));
        EngagementId meeting = EngagementId.random();
        axon.gateway().sendAndWait(new PlanMission(mission, program, "ALISEI mission to Shanghai", "Shanghai", "CN",
                ZoneId.of("Asia/Shanghai"), LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17)));
        axon.gateway().sendAndWait(new ScheduleEngagement(mission, meeting, EngagementKind.MEETING,
                "Meeting with Italian organizations in China", null, LocalDateTime.of(2017, 5, 16, 16, 0),
                LocalDateTime.of(2017, 5, 16, 17, 0), List.of(), List.of()));
        axon.gateway().sendAndWait(new MarkEngagementHeld(mission, meeting, "Met Italian firms based in Shanghai"));
        axon.gateway().sendAndWait(new LogOutcome(mission, meeting, outcome, OutcomeKind.COLLABORATION_OPPORTUNITY,
                "Link the cluster with Italian organizations in China", List.of(), List.of(), null));
    }

    @AfterEach
    void tearDown() {
        axon.close();
    }

    @Test
    void opensOpportunityFromLoggedOutcome() {
        OpportunityId opportunity = OpportunityId.random();

        axon.gateway().sendAndWait(new OpenOpportunity(opportunity, outcome, mission, program,
                "Link ALISEI with Italian organizations in China", null));

        assertThat(axon.events(opportunity)).hasSize(1);
    }

    @Test
    void refusesOutcomeRetractedMeanwhile() {
        axon.gateway().sendAndWait(new RetractOutcome(mission, outcome, "duplicate of another outcome"));

        assertThatThrownBy(() -> axon.gateway().sendAndWait(new OpenOpportunity(OpportunityId.random(), outcome,
                mission, program, "Link", null)))
                .isInstanceOf(OutcomeWasRetracted.class);
    }

    @Test
    void followUpComesOnlyFromOpportunityStillPursued() {
        OpportunityId opportunity = OpportunityId.random();
        axon.gateway().sendAndWait(new OpenOpportunity(opportunity, outcome, mission, program, "Link", null));
        axon.gateway().sendAndWait(new AssignFollowUp(FollowUpId.random(), program, mission,
                FollowUpOrigin.opportunity(opportunity), "officer-1", LocalDate.of(2017, 6, 30), "Call the consulate"));
        axon.gateway().sendAndWait(new DropOpportunity(opportunity, "no budget this year"));

        assertThatThrownBy(() -> axon.gateway().sendAndWait(new AssignFollowUp(FollowUpId.random(), program, mission,
                FollowUpOrigin.opportunity(opportunity), "officer-1", LocalDate.of(2017, 7, 30), "Call again")))
                .isInstanceOf(OpportunityIsDropped.class);
    }
}
