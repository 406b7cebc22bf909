package app.ponte.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.contact.ContactAdded;
import app.ponte.contact.ContactDetailsCorrected;
import app.ponte.contact.ContactErased;
import app.ponte.contact.ContactId;
import app.ponte.contact.ContactRoleChanged;
import app.ponte.contact.ErasureGround;
import app.ponte.followup.FollowUpAssigned;
import app.ponte.followup.FollowUpCompleted;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpOrigin;
import app.ponte.followup.FollowUpReassigned;
import app.ponte.followup.FollowUpReopened;
import app.ponte.mission.AttendanceRecorded;
import app.ponte.mission.DelegationMemberAdded;
import app.ponte.mission.DelegationMemberRemoved;
import app.ponte.mission.EngagementCancelled;
import app.ponte.mission.EngagementHeld;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.EngagementRescheduled;
import app.ponte.mission.MissionAmended;
import app.ponte.mission.MissionCancelled;
import app.ponte.mission.MissionCompleted;
import app.ponte.mission.MissionConfirmed;
import app.ponte.mission.MissionId;
import app.ponte.mission.MissionOrganizerAssigned;
import app.ponte.mission.OutcomeAmended;
import app.ponte.mission.OutcomeKind;
import app.ponte.mission.OutcomeLogged;
import app.ponte.mission.OutcomeRetracted;
import app.ponte.mission.SupportingPostAdded;
import app.ponte.mission.SupportingPostRemoved;
import app.ponte.opportunity.AgreementDocument;
import app.ponte.opportunity.AgreementDocumentAttached;
import app.ponte.opportunity.OpportunityAdvanced;
import app.ponte.opportunity.OpportunityDropped;
import app.ponte.opportunity.OpportunityId;
import app.ponte.opportunity.OpportunityOpened;
import app.ponte.opportunity.OpportunityReopened;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.organization.OrganizationArchived;
import app.ponte.organization.OrganizationDetailsCorrected;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationMergedInto;
import app.ponte.organization.OrganizationRegistered;
import app.ponte.organization.OrganizationReinstated;
import app.ponte.organization.OrganizationRenamed;
import app.ponte.organization.OrganizationType;
import app.ponte.privacy.Sealed;
import app.ponte.program.IndicatorDefined;
import app.ponte.program.IndicatorDropped;
import app.ponte.program.IndicatorKind;
import app.ponte.program.IndicatorTarget;
import app.ponte.program.ProgramAmended;
import app.ponte.program.ProgramClosed;
import app.ponte.program.ProgramId;
import app.ponte.program.ProgramLaunched;
import app.ponte.store.PonteSerializer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event survives the trip through the store's serializer unchanged, validating constructors included. */
class DomainEventSerializationTest {

    private static final JacksonSerializer SERIALIZER = PonteSerializer.jackson();

    static Stream<Object> events() {
        var program = ProgramId.random();
        var org = OrganizationId.random();
        var other = OrganizationId.random();
        var contact = ContactId.random();
        var mission = MissionId.random();
        var outcome = OutcomeId.random();
        var opportunity = OpportunityId.random();
        var followUp = FollowUpId.random();
        var period = Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31));
        var countries = List.of(CountryCode.of("CN"), CountryCode.of("IT"));
        var sealed = new Sealed("contact:" + contact, "bm9uY2VjaXBoZXJ0ZXh0");
        var day = LocalDate.of(2017, 6, 30);
        var zone = ZoneId.of("Asia/Shanghai");
        var instant = Instant.parse("2017-05-16T02:00:00Z");
        var engagement = EngagementId.random();
        var document = new AgreementDocument("MoU", "mou.pdf", "application/pdf", 1024,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", day);
        return Stream.of(
                new ProgramLaunched(program, "Italy-China", org, countries, period),
                new ProgramAmended(program, "Italy-China R&I", org, countries, period),
                new IndicatorDefined(program, IndicatorKind.MEETINGS_HELD, List.of(new IndicatorTarget(period, 12))),
                new IndicatorDropped(program, IndicatorKind.MEETINGS_HELD, "not measured"),
                new ProgramClosed(program, "Italy-China", null),
                new OrganizationRegistered(org, "Fudan University", "复旦大学", OrganizationType.UNIVERSITY,
                        CountryCode.of("CN"), "Shanghai", "https://www.fudan.edu.cn"),
                new OrganizationRenamed(org, "Fudan University", "复旦大学", "Fudan Univ."),
                new OrganizationDetailsCorrected(org, "Fudan University", OrganizationType.RESEARCH_BODY,
                        CountryCode.of("CN"), "Shanghai", null),
                new OrganizationArchived(org, "Fudan University", "duplicate"),
                new OrganizationReinstated(org, "Fudan University", "by mistake"),
                new OrganizationMergedInto(org, "Fudan Univ.", other, "Fudan University"),
                new ContactAdded(contact, sealed, null, sealed, org, "Scientific Counsellor"),
                new ContactRoleChanged(contact, other, "Consul General", org, "Scientific Counsellor"),
                new ContactDetailsCorrected(contact, sealed, sealed, null),
                new ContactErased(contact, org, ErasureGround.REQUESTED_BY_PERSON),
                new OpportunityOpened(opportunity, program, mission, outcome, "Link", null,
                        OpportunityStage.IDENTIFIED),
                new OpportunityAdvanced(opportunity, program, "Link", OpportunityStage.IDENTIFIED,
                        OpportunityStage.QUALIFIED),
                new OpportunityDropped(opportunity, program, "Link", OpportunityStage.QUALIFIED, "no budget"),
                new OpportunityReopened(opportunity, program, "Link", OpportunityStage.QUALIFIED, true,
                        OpportunityStage.QUALIFIED, "budget found"),
                new AgreementDocumentAttached(opportunity, program, document),
                new FollowUpAssigned(followUp, program, mission, FollowUpOrigin.outcome(outcome), "officer-1", day,
                        "Send the member list"),
                new FollowUpAssigned(followUp, program, mission, FollowUpOrigin.opportunity(opportunity),
                        "officer-1", day, "Draft the MoU"),
                new FollowUpReassigned(followUp, program, "officer-2", day.plusDays(7), "officer-1", day),
                new FollowUpCompleted(followUp, program, "officer-2", day, day.minusDays(1), null),
                new FollowUpReopened(followUp, program, "officer-2", day.plusDays(14), "not done"),
                new MissionConfirmed(mission, program, "Shanghai"),
                new MissionAmended(mission, program, "Shanghai", "Shanghai", "CN", zone, day, day.plusDays(1)),
                new MissionCancelled(mission, program, "Shanghai", "travel ban", List.of(engagement)),
                new MissionCompleted(mission, program, "Shanghai", "report"),
                new MissionOrganizerAssigned(mission, program, org),
                new DelegationMemberAdded(mission, program, contact, org),
                new DelegationMemberRemoved(mission, program, contact),
                new SupportingPostAdded(mission, program, other),
                new SupportingPostRemoved(mission, program, other),
                new EngagementRescheduled(mission, program, engagement, instant, instant.plusSeconds(3600), zone,
                        instant.minusSeconds(3600), instant),
                new EngagementCancelled(mission, program, engagement, "counterpart unavailable"),
                new AttendanceRecorded(mission, program, engagement, List.of(contact), List.of(org, other)),
                new EngagementHeld(mission, program, engagement, EngagementKind.MEETING, List.of(other), "minutes"),
                new OutcomeLogged(mission, program, engagement, outcome, OutcomeKind.LEAD, "lead", List.of(other),
                        List.of("prevention"), Money.of("1000.50", "EUR")),
                new OutcomeAmended(mission, program, engagement, outcome, OutcomeKind.AGREEMENT, "agreement",
                        List.of(), List.of(), null),
                new OutcomeRetracted(mission, program, engagement, outcome, OutcomeKind.AGREEMENT, "wrong"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void eventSurvivesStoreSerialization(Object event) {
        SerializedObject<String> stored = SERIALIZER.serialize(event, String.class);

        Object read = SERIALIZER.deserialize(stored);

        assertThat(read).isEqualTo(event);
    }
}
