package app.ponte.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.contact.AddContact;
import app.ponte.contact.ChangeContactRole;
import app.ponte.contact.Contact;
import app.ponte.contact.ContactAdded;
import app.ponte.contact.ContactId;
import app.ponte.contact.CorrectContactDetails;
import app.ponte.contact.EraseContact;
import app.ponte.contact.ErasureGround;
import app.ponte.contact.PersonalDataVault;
import app.ponte.contact.PersonalDetails;
import app.ponte.followup.AssignFollowUp;
import app.ponte.followup.CompleteFollowUp;
import app.ponte.followup.FollowUp;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpOrigin;
import app.ponte.followup.ReassignFollowUp;
import app.ponte.followup.ReopenFollowUp;
import app.ponte.mission.AddDelegationMember;
import app.ponte.mission.AddSupportingPost;
import app.ponte.mission.AmendMission;
import app.ponte.mission.AmendOutcome;
import app.ponte.mission.AssignMissionOrganizer;
import app.ponte.mission.CancelEngagement;
import app.ponte.mission.CancelMission;
import app.ponte.mission.CompleteMission;
import app.ponte.mission.ConfirmMission;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.LogOutcome;
import app.ponte.mission.MarkEngagementHeld;
import app.ponte.mission.Mission;
import app.ponte.mission.MissionId;
import app.ponte.mission.NotADiplomaticPost;
import app.ponte.mission.OutcomeKind;
import app.ponte.mission.OutcomeWasRetracted;
import app.ponte.mission.PlanMission;
import app.ponte.mission.RecordAttendance;
import app.ponte.mission.RemoveDelegationMember;
import app.ponte.mission.RemoveSupportingPost;
import app.ponte.mission.RescheduleEngagement;
import app.ponte.mission.RetractOutcome;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.opportunity.AdvanceOpportunity;
import app.ponte.opportunity.AgreementDocument;
import app.ponte.opportunity.AttachAgreementDocument;
import app.ponte.opportunity.DropOpportunity;
import app.ponte.opportunity.OpenOpportunity;
import app.ponte.opportunity.Opportunity;
import app.ponte.opportunity.OpportunityId;
import app.ponte.opportunity.OpportunityIsDropped;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.opportunity.ReopenOpportunity;
import app.ponte.organization.ArchiveOrganization;
import app.ponte.organization.CorrectOrganizationDetails;
import app.ponte.organization.MergeOrganization;
import app.ponte.organization.Organization;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.RegisterOrganization;
import app.ponte.organization.ReinstateOrganization;
import app.ponte.organization.RenameOrganization;
import app.ponte.organization.UnknownOrganization;
import app.ponte.program.UnknownProgram;
import app.ponte.contact.UnknownContact;
import app.ponte.program.AmendProgram;
import app.ponte.program.CloseProgram;
import app.ponte.program.DefineIndicator;
import app.ponte.program.DropIndicator;
import app.ponte.program.IndicatorKind;
import app.ponte.program.IndicatorTarget;
import app.ponte.program.LaunchProgram;
import app.ponte.program.Program;
import app.ponte.program.ProgramId;
import app.ponte.shared.Actor;
import app.ponte.shared.CountryCode;
import app.ponte.shared.Money;
import app.ponte.shared.OutcomeId;
import app.ponte.shared.Period;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running application accepts every command of the domain through its command gateway, resolves the services
 * the handlers need, and records on every event who caused it, from where, and under which correlation.
 */
@SpringBootTest(properties = "ponte.demo.enabled=false")
class DomainWiringTest {

    private static final List<Class<?>> AGGREGATES =
            List.of(Program.class, Organization.class, Contact.class, Mission.class, Opportunity.class,
                    FollowUp.class);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void freshStore(DynamicPropertyRegistry properties) {
        properties.add("ponte.mongodb.uri", () -> "");
        properties.add("ponte.data-dir", () -> dataDir.toString());
    }

    @Autowired
    private CommandGateway commands;

    @Autowired
    private EventStorageEngine events;

    @Autowired
    private PersonalDataVault vault;

    private final Set<Class<?>> sent = new HashSet<>();

    @Test
    void everyCommandOfTheDomainIsHandledAndItsEventsSayWhoWhenceAndWhy() {
        var ministry = register("Ministry of Research", OrganizationType.MINISTRY);
        var university = register("Fudan Univ.", OrganizationType.UNIVERSITY);
        var duplicate = register("Fudan University (duplicate)", OrganizationType.UNIVERSITY);
        var company = register("Bracco Sine", OrganizationType.COMPANY);
        var consulate = register("Consulate General of Italy in Shanghai", OrganizationType.DIPLOMATIC_POST);
        send(new RenameOrganization(university, "Fudan University", "复旦大学"));
        send(new CorrectOrganizationDetails(university, OrganizationType.UNIVERSITY, CountryCode.of("CN"),
                "Shanghai", "https://www.fudan.edu.cn"));
        send(new ArchiveOrganization(company, "no longer active in the program"));
        send(new ReinstateOrganization(company, "archived by mistake"));
        send(new MergeOrganization(duplicate, university));

        var program = ProgramId.random();
        var period = Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31));
        send(new LaunchProgram(program, "Italy–China program", ministry, List.of(CountryCode.of("IT")), period));
        send(new AmendProgram(program, "Italy–China program", ministry,
                List.of(CountryCode.of("IT"), CountryCode.of("CN")), period));
        send(new DefineIndicator(program, IndicatorKind.MEETINGS_HELD, List.of(new IndicatorTarget(
                Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)), 12))));
        send(new DropIndicator(program, IndicatorKind.MEETINGS_HELD, "measured by the ministry itself"));

        var counsellor = ContactId.random();
        var departed = ContactId.random();
        send(new AddContact(counsellor, new PersonalDetails("Roberto Pagani", "r.pagani@example.org", null),
                consulate, "Scientific Counsellor"));
        send(new ChangeContactRole(counsellor, consulate, "Senior Scientific Counsellor"));
        send(new CorrectContactDetails(counsellor, new PersonalDetails("Roberto Pagani", null, "+86 21 1234 5678")));
        send(new AddContact(departed, new PersonalDetails("Someone Else", null, null), company, "Manager"));
        send(new EraseContact(departed, ErasureGround.REQUESTED_BY_PERSON));

        var mission = MissionId.random();
        send(new PlanMission(mission, program, "Mission to Shanghai", "Shanghai", "CN", ZoneId.of("Asia/Shanghai"),
                LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17)));
        send(new AmendMission(mission, "ALISEI mission to Shanghai", "Shanghai", "CN", ZoneId.of("Asia/Shanghai"),
                LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17)));
        send(new AssignMissionOrganizer(mission, company));
        send(new AddDelegationMember(mission, counsellor, consulate));
        send(new RemoveDelegationMember(mission, counsellor));
        send(new AddSupportingPost(mission, consulate));
        send(new RemoveSupportingPost(mission, consulate));
        send(new ConfirmMission(mission));
        var meeting = EngagementId.random();
        var dropped = EngagementId.random();
        send(new ScheduleEngagement(mission, meeting, EngagementKind.MEETING, "Meeting with Fudan", "Fudan",
                LocalDateTime.of(2017, 5, 16, 9, 30), LocalDateTime.of(2017, 5, 16, 10, 30), List.of(university),
                List.of("life sciences")));
        send(new ScheduleEngagement(mission, dropped, EngagementKind.VISIT, "Lab visit", null,
                LocalDateTime.of(2017, 5, 17, 9, 0), LocalDateTime.of(2017, 5, 17, 10, 0), List.of(), List.of()));
        send(new RescheduleEngagement(mission, meeting, LocalDateTime.of(2017, 5, 16, 10, 0),
                LocalDateTime.of(2017, 5, 16, 11, 0)));
        send(new CancelEngagement(mission, dropped, "the lab was closed"));
        send(new RecordAttendance(mission, meeting, List.of(counsellor), List.of(university)));
        send(new MarkEngagementHeld(mission, meeting, "Collaboration on chronic diseases discussed."));
        var outcome = OutcomeId.random();
        var mistaken = OutcomeId.random();
        send(new LogOutcome(mission, meeting, outcome, OutcomeKind.COLLABORATION_OPPORTUNITY,
                "Joint research on chronic diseases", List.of(university), List.of("chronic diseases"), null));
        send(new LogOutcome(mission, meeting, mistaken, OutcomeKind.LEAD, "Logged twice by mistake", List.of(),
                List.of(), null));
        send(new AmendOutcome(mission, outcome, OutcomeKind.COLLABORATION_OPPORTUNITY,
                "Joint research on chronic diseases", List.of(university), List.of("chronic diseases"),
                Money.of("50000", "EUR")));
        send(new RetractOutcome(mission, mistaken, "logged twice"));
        send(new CompleteMission(mission, "Several meetings were held, as well as a workshop."));
        var cancelled = MissionId.random();
        send(new PlanMission(cancelled, program, "Mission to Beijing", "Beijing", "CN", ZoneId.of("Asia/Shanghai"),
                LocalDate.of(2017, 9, 1), LocalDate.of(2017, 9, 2)));
        send(new CancelMission(cancelled, "the delegation could not travel"));

        var opportunity = OpportunityId.random();
        send(new OpenOpportunity(opportunity, outcome, mission, program, "Joint research with Fudan", null));
        send(new AdvanceOpportunity(opportunity, OpportunityStage.AGREED));
        send(new AttachAgreementDocument(opportunity, new AgreementDocument("Memorandum of understanding",
                "mou.pdf", "application/pdf", 1024, "a".repeat(64), LocalDate.of(2017, 11, 3))));
        send(new DropOpportunity(opportunity, "funding withdrawn"));
        send(new ReopenOpportunity(opportunity, OpportunityStage.IN_NEGOTIATION, "funding found again"));

        var followUp = FollowUpId.random();
        send(new AssignFollowUp(followUp, program, mission, FollowUpOrigin.outcome(outcome), "officer-1",
                LocalDate.of(2017, 6, 30), "Send the cluster's profiles"));
        send(new ReassignFollowUp(followUp, "officer-2", LocalDate.of(2017, 7, 15)));
        send(new CompleteFollowUp(followUp, LocalDate.of(2017, 7, 10), null));
        send(new ReopenFollowUp(followUp, "the profiles went to the wrong office", LocalDate.of(2017, 7, 31)));

        send(new CloseProgram(program, "all missions reported"));

        assertThat(sent).as("commands sent through the gateway").containsExactlyInAnyOrderElementsOf(commandTypes());

        var stored = events.readEvents(null, false).map(EventMessage.class::cast).toList();
        assertThat(stored).hasSizeGreaterThanOrEqualTo(sent.size());
        assertThat(stored).allSatisfy(event -> assertThat(event.getMetaData())
                .as("metadata of %s", event.getPayloadType().getSimpleName())
                .containsEntry(Actor.USER_ID, "system")
                .containsEntry(Actor.ROLE, "SYSTEM")
                .containsEntry(Actor.SOURCE, "UI")
                .containsKeys(Actor.CORRELATION_ID, Actor.CAUSATION_ID)
                .doesNotContainKey("demo"));
        var added = stored.stream().filter(e -> e.getPayload() instanceof ContactAdded).findFirst().orElseThrow();
        assertThat(vault.open(counsellor, ((ContactAdded) added.getPayload()).fullName()))
                .as("personal data sealed under a key kept in the store")
                .contains("Roberto Pagani");
    }

    @Test
    void aCorrelationIdTheCallerGivesIsKeptOnTheEvents() {
        var organization = OrganizationId.random();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterOrganization(organization,
                "Città della Scienza", null, OrganizationType.RESEARCH_BODY, CountryCode.of("IT"), "Naples", null))
                .andMetaData(Map.of(Actor.CORRELATION_ID, "request-42")));

        var registered = events.readEvents(organization.toString(), 0).asStream().toList();
        assertThat(registered).singleElement()
                .satisfies(event -> assertThat(event.getMetaData())
                        .containsEntry(Actor.CORRELATION_ID, "request-42")
                        .containsEntry(Actor.USER_ID, "system"));
    }

    @Test
    void rulesThatLookAcrossAggregatesAreEnforcedInTheRunningApplication() {
        var unknown = OrganizationId.random();
        assertThatThrownBy(() -> commands.sendAndWait(new LaunchProgram(ProgramId.random(), "Program", unknown,
                List.of(CountryCode.of("IT")), Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)))))
                .isInstanceOf(UnknownOrganization.class);

        var stray = MissionId.random();
        assertThatThrownBy(() -> commands.sendAndWait(new PlanMission(stray, ProgramId.random(), "Mission",
                "Shanghai", "CN", ZoneId.of("Asia/Shanghai"), LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17))))
                .isInstanceOf(UnknownProgram.class)
                .hasMessageStartingWith("programId: no such program");
        assertThatThrownBy(() -> commands.sendAndWait(new ScheduleEngagement(stray, EngagementId.random(),
                EngagementKind.MEETING, "Meeting", null, LocalDateTime.of(2017, 5, 16, 9, 0),
                LocalDateTime.of(2017, 5, 16, 10, 0), List.of(), List.of())))
                .as("nothing was recorded of the refused mission")
                .hasMessageContaining("not found");

        var company = register("A company", OrganizationType.COMPANY);
        var mission = MissionId.random();
        commands.sendAndWait(new PlanMission(mission, launchProgram(), "Mission", "Shanghai", "CN",
                ZoneId.of("Asia/Shanghai"), LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17)));
        assertThatThrownBy(() -> commands.sendAndWait(new AddSupportingPost(mission, company)))
                .isInstanceOf(NotADiplomaticPost.class);

        var engagement = EngagementId.random();
        var outcome = OutcomeId.random();
        commands.sendAndWait(new ScheduleEngagement(mission, engagement, EngagementKind.MEETING, "Meeting", null,
                LocalDateTime.of(2017, 5, 16, 9, 0), LocalDateTime.of(2017, 5, 16, 10, 0), List.of(), List.of()));
        commands.sendAndWait(new MarkEngagementHeld(mission, engagement, "Held."));
        commands.sendAndWait(new LogOutcome(mission, engagement, outcome, OutcomeKind.LEAD, "A lead", List.of(),
                List.of(), null));
        assertThatThrownBy(() -> commands.sendAndWait(new RecordAttendance(mission, engagement,
                List.of(ContactId.random()), List.of())))
                .isInstanceOf(UnknownContact.class);
        assertThatThrownBy(() -> commands.sendAndWait(new LogOutcome(mission, engagement, OutcomeId.random(),
                OutcomeKind.LEAD, "Another lead", List.of(OrganizationId.random()), List.of(), null)))
                .isInstanceOf(UnknownOrganization.class)
                .hasMessageStartingWith("counterparts: no such organization");
        commands.sendAndWait(new RetractOutcome(mission, outcome, "not a lead after all"));
        assertThatThrownBy(() -> commands.sendAndWait(new OpenOpportunity(OpportunityId.random(), outcome, mission,
                ProgramId.random(), "Opportunity", null)))
                .isInstanceOf(OutcomeWasRetracted.class);
    }

    @Autowired
    private com.mongodb.client.MongoDatabase readModels;

    @Autowired
    private org.springframework.context.ApplicationListener<org.springframework.boot.context.event.ApplicationReadyEvent>
            dashboardRebuild;

    /* A read model built by older handlers is replayed from the events once, then noted as current. */
    @Test
    void aDashboardBuiltByAnOlderVersionIsRebuiltFromTheEvents() {
        var program = launchProgram();
        commands.sendAndWait(new PlanMission(MissionId.random(), program, "Mission", "Shanghai", "CN",
                ZoneId.of("Asia/Shanghai"), LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17)));
        var entries = readModels.getCollection("dashboard_entries");
        var version = new app.ponte.dashboard.DashboardVersion(readModels);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> entries.countDocuments() > 0);
        assertThat(version.current()).as("noted at start-up").isTrue();
        long built = entries.countDocuments();

        readModels.getCollection("dashboard_version").deleteMany(new org.bson.Document());
        entries.deleteMany(new org.bson.Document());
        dashboardRebuild.onApplicationEvent(null);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> entries.countDocuments() >= built);
        assertThat(version.current()).isTrue();
    }

    @Test
    void aFollowUpCannotComeFromADroppedOpportunity() {
        var program = launchProgram();
        var mission = MissionId.random();
        var engagement = EngagementId.random();
        var outcome = OutcomeId.random();
        var opportunity = OpportunityId.random();
        commands.sendAndWait(new PlanMission(mission, program, "Mission", "Shanghai", "CN",
                ZoneId.of("Asia/Shanghai"), LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17)));
        commands.sendAndWait(new ScheduleEngagement(mission, engagement, EngagementKind.MEETING, "Meeting", null,
                LocalDateTime.of(2017, 5, 16, 9, 0), LocalDateTime.of(2017, 5, 16, 10, 0), List.of(), List.of()));
        commands.sendAndWait(new MarkEngagementHeld(mission, engagement, "Held."));
        commands.sendAndWait(new LogOutcome(mission, engagement, outcome, OutcomeKind.LEAD, "A lead", List.of(),
                List.of(), null));
        commands.sendAndWait(new OpenOpportunity(opportunity, outcome, mission, program, "Opportunity", null));
        commands.sendAndWait(new DropOpportunity(opportunity, "no budget"));

        assertThatThrownBy(() -> commands.sendAndWait(new AssignFollowUp(FollowUpId.random(), program, mission,
                FollowUpOrigin.opportunity(opportunity), "officer-1", LocalDate.of(2017, 6, 30), "Call them")))
                .isInstanceOf(OpportunityIsDropped.class);
    }

    private ProgramId launchProgram() {
        var program = ProgramId.random();
        commands.sendAndWait(new LaunchProgram(program, "A program", register("A ministry", OrganizationType.MINISTRY),
                List.of(CountryCode.of("IT")), Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31))));
        return program;
    }

    private OrganizationId register(String name, OrganizationType type) {
        var id = OrganizationId.random();
        send(new RegisterOrganization(id, name, null, type, CountryCode.of("CN"), "Shanghai", null));
        return id;
    }

    private void send(Object command) {
        commands.sendAndWait(command);
        sent.add(command.getClass());
    }

    /** Every command type the aggregates handle, read from their handlers so that a new one cannot be missed. */
    private static Set<Class<?>> commandTypes() {
        return AGGREGATES.stream()
                .flatMap(aggregate -> Arrays.stream(aggregate.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(CommandHandler.class))
                .flatMap(method -> Stream.of(method.getParameterTypes()[0]))
                .collect(Collectors.toSet());
    }
}
