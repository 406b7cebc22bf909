package app.ponte.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.PonteApplication;
import app.ponte.agenda.EngagementSummary;
import app.ponte.agenda.ListEngagements;
import app.ponte.contact.ContactAdded;
import app.ponte.followup.FollowUpAssigned;
import app.ponte.followup.FollowUpCompleted;
import app.ponte.mission.AttendanceRecorded;
import app.ponte.mission.DelegationMemberAdded;
import app.ponte.mission.EngagementHeld;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionConfirmed;
import app.ponte.mission.MissionOrganizerAssigned;
import app.ponte.mission.MissionPlanned;
import app.ponte.mission.OutcomeLogged;
import app.ponte.mission.SupportingPostAdded;
import app.ponte.opportunity.OpportunityAdvanced;
import app.ponte.opportunity.OpportunityOpened;
import app.ponte.organization.OrganizationRegistered;
import app.ponte.program.IndicatorDefined;
import app.ponte.program.ProgramLaunched;
import app.ponte.shared.Actor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The seed scenario loads into a fresh store as demo data, exactly once however often the application starts. */
class DemoDataTest {

    private static final int EVENTS_OF_THE_SEED = 63;

    @TempDir
    Path dataDir;

    @Test
    void theWholeSeedScenarioLoadsIntoAFreshStoreMarkedAsAnImportOfDemoData() {
        try (var app = start(dataDir, true)) {
            var events = storedEvents(app);
            assertThat(events).hasSize(EVENTS_OF_THE_SEED);

            assertThat(countByType(events)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                    Map.entry(OrganizationRegistered.class, 10L),
                    Map.entry(ProgramLaunched.class, 1L),
                    Map.entry(IndicatorDefined.class, 8L),
                    Map.entry(ContactAdded.class, 4L),
                    Map.entry(MissionPlanned.class, 1L),
                    Map.entry(MissionOrganizerAssigned.class, 1L),
                    Map.entry(DelegationMemberAdded.class, 1L),
                    Map.entry(SupportingPostAdded.class, 2L),
                    Map.entry(MissionConfirmed.class, 1L),
                    Map.entry(EngagementScheduled.class, 7L),
                    Map.entry(EngagementHeld.class, 7L),
                    Map.entry(AttendanceRecorded.class, 7L),
                    Map.entry(OutcomeLogged.class, 6L),
                    Map.entry(OpportunityOpened.class, 1L),
                    Map.entry(OpportunityAdvanced.class, 1L),
                    Map.entry(FollowUpAssigned.class, 3L),
                    Map.entry(FollowUpCompleted.class, 2L)));
            assertThat(events).allSatisfy(event -> assertThat(event.getMetaData())
                    .containsEntry(DemoData.DEMO, "true")
                    .containsEntry(Actor.SOURCE, "IMPORT")
                    .containsEntry(Actor.USER_ID, "system")
                    .containsEntry(Actor.ROLE, "SYSTEM"));
            assertThat(events).extracting(event -> event.getMetaData().get(Actor.CORRELATION_ID))
                    .as("one correlation for the whole load")
                    .containsOnly(events.get(0).getMetaData().get(Actor.CORRELATION_ID));

            assertThat(payloads(events, OrganizationRegistered.class))
                    .anySatisfy(fudan -> {
                        assertThat(fudan.name()).isEqualTo("Fudan University");
                        assertThat(fudan.nativeName()).isEqualTo("复旦大学");
                    });
            assertThat(payloads(events, MissionPlanned.class)).singleElement().satisfies(mission -> {
                assertThat(mission.missionId()).isEqualTo(ShanghaiMission.MISSION);
                assertThat(mission.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            });
            assertThat(payloads(events, EngagementScheduled.class)).extracting(EngagementScheduled::title)
                    .contains("The new frontier of the healthcare – from hospital centric to patient centric",
                            "From the prevention to the chronic patient management: the Italian vision");
        }
    }

    @Test
    void theAgendaBehindTheMeetingsScreenListsTheDemoEngagements() throws InterruptedException {
        try (var app = start(dataDir, true)) {
            // The read model itself, as the application's scoped gateway would refuse a test thread with no caller.
            var queries = DefaultQueryGateway.builder().queryBus(app.getBean(QueryBus.class)).build();
            var deadline = Instant.now().plus(Duration.ofSeconds(30));
            List<EngagementSummary> agenda = List.of();
            while (agenda.size() < 7 && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
                agenda = queries.query(new ListEngagements(ShanghaiMission.MISSION),
                        ResponseTypes.multipleInstancesOf(EngagementSummary.class)).join();
            }
            assertThat(agenda).extracting(EngagementSummary::title).hasSize(7)
                    .contains("Meeting with Fudan University (复旦大学)", "Meeting with ITA – Italian Trade Agency");
        }
    }

    @Test
    void aRestartOnTheSameStoreDoesNotLoadTheDemoAgain() {
        long first;
        try (var app = start(dataDir, true)) {
            first = storedEvents(app).size();
        }
        try (var app = start(dataDir, true)) {
            assertThat(storedEvents(app)).hasSize((int) first);
        }
    }

    @Test
    void switchedOffTheStoreStartsEmpty() {
        try (var app = start(dataDir, false)) {
            assertThat(storedEvents(app)).isEmpty();
        }
    }

    // Arguments rather than default properties, which application.properties would override.
    private static ConfigurableApplicationContext start(Path dataDir, boolean demo) {
        return new SpringApplicationBuilder(PonteApplication.class).run(
                "--server.port=0",
                "--ponte.mongodb.uri=",
                "--ponte.data-dir=" + dataDir,
                "--ponte.demo.enabled=" + demo);
    }

    private static List<EventMessage<?>> storedEvents(ConfigurableApplicationContext app) {
        return app.getBean(EventStorageEngine.class).readEvents(null, false)
                .<EventMessage<?>>map(event -> event)
                .toList();
    }

    private static Map<Class<?>, Long> countByType(List<EventMessage<?>> events) {
        return events.stream().collect(Collectors.groupingBy(EventMessage::getPayloadType, Collectors.counting()));
    }

    private static <T> List<T> payloads(List<EventMessage<?>> events, Class<T> type) {
        return events.stream().map(EventMessage::getPayload).filter(type::isInstance).map(type::cast).toList();
    }
}
