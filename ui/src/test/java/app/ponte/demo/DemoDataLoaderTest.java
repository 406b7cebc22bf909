package app.ponte.demo;

import static app.ponte.demo.DemoStep.send;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.contact.ContactId;
import app.ponte.mission.EngagementAlreadyHeld;
import app.ponte.mission.EngagementAlreadyScheduled;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.EngagementWasCancelled;
import app.ponte.mission.MarkEngagementHeld;
import app.ponte.mission.MissionAlreadyPlanned;
import app.ponte.mission.MissionId;
import app.ponte.mission.PlanMission;
import app.ponte.mission.RecordAttendance;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.program.ProgramId;
import app.ponte.shared.Actor;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

/** How the loader treats what the aggregates answer, without an application around it. */
class DemoDataLoaderTest {

    private static final MissionId MISSION = MissionId.random();
    private static final EngagementId MEETING = EngagementId.random();

    private final List<CommandMessage<?>> sent = new ArrayList<>();
    private final Deque<Supplier<RuntimeException>> answers = new ArrayDeque<>();

    @Test
    void aCommandRefusedAsAlreadyDoneIsSkippedWithWhatFollowsOnlyFromIt() {
        answer(() -> new MissionAlreadyPlanned(MISSION), null, null);

        var tally = loader().load(List.of(plan(), schedule().then(held().then(attendance()))));

        assertThat(tally.done).isEqualTo(1);
        assertThat(tally.accepted).isEqualTo(3);
        assertThat(sentTypes()).containsExactly(PlanMission.class, ScheduleEngagement.class,
                MarkEngagementHeld.class, RecordAttendance.class);
    }

    @Test
    void whatFollowsAStepFoundDoneIsNotSentAgain() {
        answer(null, () -> new EngagementAlreadyScheduled(MEETING));

        var tally = loader().load(List.of(plan(), schedule().then(held().then(attendance()))));

        assertThat(tally.done).isEqualTo(1);
        assertThat(sentTypes()).containsExactly(PlanMission.class, ScheduleEngagement.class);
    }

    @Test
    void aChangeSomeoneMadeSinceStandsAndLoadingGoesOn() {
        answer(() -> new EngagementWasCancelled("Meeting"), null);

        var tally = loader().load(List.of(held(), plan()));

        assertThat(tally.refused).isEqualTo(1);
        assertThat(tally.accepted).isEqualTo(1);
        assertThat(tally.stopped).isFalse();
    }

    @Test
    void aConflictWithAnotherInstanceIsSentAgainAndThenFoundDone() {
        answer(() -> new IllegalStateException("the other instance appended first"),
                () -> new MissionAlreadyPlanned(MISSION), null);

        var tally = loader().load(List.of(plan(), held()));

        assertThat(sentTypes()).containsExactly(PlanMission.class, PlanMission.class, MarkEngagementHeld.class);
        assertThat(tally.done).isEqualTo(1);
        assertThat(tally.stopped).isFalse();
    }

    @Test
    void aStoreThatKeepsFailingStopsTheLoadingButNotTheApplication() {
        answer(() -> new IllegalStateException("store down"), () -> new IllegalStateException("store down"));

        var tally = loader().load(List.of(plan(), held()));

        assertThat(tally.stopped).isTrue();
        assertThat(sentTypes()).containsExactly(PlanMission.class, PlanMission.class);
    }

    @Test
    void everyCommandIsAnImportBySystemMarkedAsDemo() {
        loader().load(List.of(plan(), held()));

        assertThat(sent).allSatisfy(command -> assertThat(command.getMetaData())
                .containsEntry(Actor.USER_ID, "system")
                .containsEntry(Actor.SOURCE, "IMPORT")
                .containsEntry(DemoData.DEMO, "true")
                .containsKey(Actor.CORRELATION_ID));
        assertThat(sent).extracting(command -> command.getMetaData().get(Actor.CORRELATION_ID))
                .as("one correlation for the whole load")
                .containsOnly(sent.get(0).getMetaData().get(Actor.CORRELATION_ID));
    }

    /** The gateway's answers in order: an exception to throw, or null to accept; accepted once they run out. */
    @SafeVarargs
    private void answer(Supplier<RuntimeException>... inOrder) {
        for (var answer : inOrder) {
            answers.add(answer == null ? () -> null : answer);
        }
    }

    private DemoData loader() {
        var gateway = (CommandGateway) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CommandGateway.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("sendAndWait") || args.length != 1) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    sent.add((CommandMessage<?>) args[0]);
                    var answer = answers.isEmpty() ? null : answers.poll().get();
                    if (answer != null) {
                        throw answer;
                    }
                    return null;
                });
        return new DemoData(gateway);
    }

    private List<Class<?>> sentTypes() {
        return sent.stream().<Class<?>>map(CommandMessage::getPayloadType).toList();
    }

    private static DemoStep plan() {
        return send(new PlanMission(MISSION, ProgramId.random(), "Mission", "Shanghai", "CN",
                ZoneId.of("Asia/Shanghai"), LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17)),
                MissionAlreadyPlanned.class);
    }

    private static DemoStep schedule() {
        return send(new ScheduleEngagement(MISSION, MEETING, EngagementKind.MEETING, "Meeting", null,
                LocalDateTime.of(2017, 5, 16, 9, 0), LocalDateTime.of(2017, 5, 16, 10, 0), List.of(), List.of()),
                EngagementAlreadyScheduled.class);
    }

    private static DemoStep held() {
        return send(new MarkEngagementHeld(MISSION, MEETING, "Held."), EngagementAlreadyHeld.class);
    }

    private static DemoStep attendance() {
        return send(new RecordAttendance(MISSION, MEETING, List.of(ContactId.random()), List.of()));
    }
}
