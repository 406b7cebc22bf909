package app.ponte.bench;

import app.ponte.audit.AsOf;
import app.ponte.audit.HistoricalViews;
import app.ponte.audit.ShowAgendaAsOf;
import app.ponte.audit.ShowProgramDashboardAsOf;
import app.ponte.dashboard.DashboardCheckpoints;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.EngagementRescheduled;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionId;
import app.ponte.mission.MissionPlanned;
import app.ponte.program.ProgramId;
import app.ponte.shared.Actor;
import app.ponte.store.HashChain;
import app.ponte.store.MongoEventStorageEngine;
import app.ponte.store.MongoStore;
import app.ponte.store.PonteSerializer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.RawBsonDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit's costs at 100,000 events on the embedded store: how long a program's dashboard "as of" a past date takes
 * to rebuild (target under 2 s), from the nearest dashboard checkpoint and, as the baseline, from the first event;
 * a mission's agenda and the whole agenda for comparison; how fast the hash chain is linked and how fast it verifies
 * (events per second); how long reading the stream alone takes.
 *
 * <p>The record is 20 programs of 25 missions each; a mission is planned, then 100 engagements are scheduled and
 * every other one rescheduled, one commit per engagement change; timestamps run evenly from 2017 to 2019, so
 * "as of 31 December 2018" covers about two thirds of them. Arguments: the number of events (default 100000).
 */
public final class AuditBenchmark {

    private static final Logger report = LoggerFactory.getLogger("app.ponte.bench.report");
    private static final Instant FIRST = Instant.parse("2017-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant AS_OF = Instant.parse("2018-12-31T23:59:59Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int PROGRAMS = 20;
    private static final int ROUNDS = 3;
    private static final long CHECKPOINT_EVERY = 10_000;

    private AuditBenchmark() {
    }

    public static void main(String[] args) {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (MongoStore store = MongoStore.inMemory("audit-bench")) {
            var engine = MongoEventStorageEngine.builder()
                    .database(store.database())
                    .eventSerializer(PonteSerializer.jackson())
                    .snapshotSerializer(PonteSerializer.jackson())
                    .build();
            long started = System.nanoTime();
            int written = write(engine, target);
            report.info("Audit benchmark: {} events written in {} ms", written, millisSince(started));

            try (var chain = new HashChain(store.database(), engine)) {
                started = System.nanoTime();
                int linked = chain.extend();
                long linkMillis = millisSince(started);
                report.info("Hash chain: {} links in {} ms, {} events/s", linked, linkMillis,
                        perSecond(linked, linkMillis));
                for (int round = 1; round <= 3; round++) {
                    started = System.nanoTime();
                    var verdict = chain.verify();
                    long verifyMillis = millisSince(started);
                    report.info("Verify round {}: {} in {} ms, {} events/s", round, verdict.summary(), verifyMillis,
                            perSecond(verdict.linked(), verifyMillis));
                }
            }

            for (int round = 1; round <= 3; round++) {
                started = System.nanoTime();
                try (var scan = new AsOf(engine).replay(AS_OF, database -> new Object())) {
                    report.info("Reading the stream up to {} without applying anything, round {}: {} ms", AS_OF,
                            round, millisSince(started));
                }
            }

            started = System.nanoTime();
            var checkpoints = new DashboardCheckpoints(store.database(), engine, CHECKPOINT_EVERY);
            long folded = checkpoints.extend();
            long checkpointMillis = millisSince(started);
            long documents = 0;
            long bytes = 0;
            long largest = 0;
            // Pieces stored whole begin a chain of one link; the others hold the changes since the previous checkpoint.
            long wholeBytes = 0;
            long changeBytes = 0;
            var firstParts = new java.util.HashMap<String, Boolean>();
            for (RawBsonDocument checkpoint : store.database().getCollection("dashboard_checkpoints",
                    RawBsonDocument.class).find().batchSize(10)) {
                documents++;
                long size = checkpoint.getByteBuffer().remaining();
                bytes += size;
                largest = Math.max(largest, size);
                if (checkpoint.containsKey("chain")) {
                    firstParts.put(checkpoint.getString("_id").getValue(), checkpoint.getArray("chain").size() == 1);
                }
            }
            for (RawBsonDocument checkpoint : store.database().getCollection("dashboard_checkpoints",
                    RawBsonDocument.class).find().batchSize(10)) {
                var id = checkpoint.getString("_id").getValue();
                if (id.contains("#")) {
                    long size = checkpoint.getByteBuffer().remaining();
                    if (firstParts.getOrDefault(id.substring(0, id.lastIndexOf('#')) + "#0", false)) {
                        wholeBytes += size;
                    } else {
                        changeBytes += size;
                    }
                }
            }
            report.info("Dashboard checkpoints every {} events: {} events folded and stored in {} ms ({} documents, "
                    + "{} MB; pieces stored whole {} MB, pieces of changes {} MB; largest document {} KB)",
                    CHECKPOINT_EVERY, folded, checkpointMillis, documents, bytes / 1_000_000, wholeBytes / 1_000_000,
                    changeBytes / 1_000_000, largest / 1_000);

            var views = new HistoricalViews(new AsOf(engine));
            var checkpointed = new HistoricalViews(new AsOf(engine), checkpoints);
            var program = firstProgram(engine);
            List<Long> fullTimes = new ArrayList<>();
            List<Long> dashboardTimes = new ArrayList<>();
            // Alternated, so that both see the same load on the shared machine.
            for (int round = 1; round <= ROUNDS; round++) {
                started = System.nanoTime();
                var full = views.handle(new ShowProgramDashboardAsOf(program, AS_OF));
                long fullMillis = millisSince(started);
                fullTimes.add(fullMillis);
                started = System.nanoTime();
                var dashboard = checkpointed.handle(new ShowProgramDashboardAsOf(program, AS_OF));
                long millis = millisSince(started);
                dashboardTimes.add(millis);
                report.info("Program dashboard as of {}, round {}: from the first event {} ms, from the nearest "
                        + "checkpoint {} ms ({} events applied, {} engagements scheduled, same dashboard: {})", AS_OF,
                        round, fullMillis, millis, dashboard.events(), dashboard.dashboard().engagementsScheduled(),
                        dashboard.dashboard().equals(full.dashboard()) && dashboard.events() == full.events());
            }
            fullTimes.sort(null);
            dashboardTimes.sort(null);
            report.info("Program dashboard as of a past date at {} events, from the first event: median {} ms, "
                    + "best {} ms", written, fullTimes.get(fullTimes.size() / 2), fullTimes.get(0));
            report.info("Program dashboard as of a past date at {} events, from the nearest checkpoint: median {} ms, "
                    + "best {} ms (target < 2000 ms)", written, dashboardTimes.get(dashboardTimes.size() / 2),
                    dashboardTimes.get(0));
            var mission = firstMission(engine);
            List<Long> times = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                started = System.nanoTime();
                var agenda = views.handle(new ShowAgendaAsOf(AS_OF, mission));
                long millis = millisSince(started);
                times.add(millis);
                report.info("One mission's agenda as of {}, round {}: {} ms ({} events applied, {} engagements)",
                        AS_OF, round, millis, agenda.events(), agenda.engagements().size());
            }
            times.sort(null);
            report.info("One mission's agenda as of a past date at {} events: median {} ms, best {} ms "
                    + "(target < 2000 ms)", written, times.get(times.size() / 2), times.get(0));
            started = System.nanoTime();
            var everything = views.handle(ShowAgendaAsOf.allMissions(AS_OF));
            report.info("The whole agenda as of {}: {} ms ({} events applied, {} missions, {} engagements)", AS_OF,
                    millisSince(started), everything.events(), everything.missions().size(),
                    everything.engagements().size());
        }
    }

    static int write(MongoEventStorageEngine engine, int target) {
        int missionsPerProgram = Math.max(1, target / PROGRAMS / 151);
        int total = PROGRAMS * missionsPerProgram * 151;
        long stepNanos = ChronoUnit.NANOS.between(FIRST, LAST) / total;
        Instant at = FIRST;
        int written = 0;
        // Programs advance together, so that every moment of the period holds events of all of them.
        List<MissionId> missions = new ArrayList<>();
        List<ProgramId> programs = new ArrayList<>();
        for (int p = 0; p < PROGRAMS; p++) {
            var program = new ProgramId(UUID.randomUUID());
            for (int m = 0; m < missionsPerProgram; m++) {
                programs.add(program);
                missions.add(MissionId.random());
            }
        }
        for (int i = 0; i < missions.size(); i++) {
            var mission = missions.get(i);
            var start = LocalDate.of(2017, 1, 1).plusDays(i % 900);
            append(engine, mission, 0, new MissionPlanned(mission, programs.get(i), "Mission " + i, "Shanghai", "CN",
                    SHANGHAI, start, start.plusDays(3)), at);
            at = at.plusNanos(stepNanos);
            written++;
        }
        long[] sequences = new long[missions.size()];
        java.util.Arrays.fill(sequences, 1);
        for (int e = 0; e < 100; e++) {
            for (int i = 0; i < missions.size(); i++) {
                var mission = missions.get(i);
                var engagement = EngagementId.random();
                var startsAt = LocalDate.of(2017, 1, 1).plusDays(i % 900).atStartOfDay(SHANGHAI).toInstant()
                        .plus(Duration.ofMinutes(30L * e));
                List<EventMessage<?>> commit = new ArrayList<>();
                commit.add(message(mission, sequences[i]++, new EngagementScheduled(mission, programs.get(i), engagement,
                        EngagementKind.MEETING, "Meeting " + e + " of mission " + i, "Venue " + e, startsAt,
                        startsAt.plus(Duration.ofMinutes(30)), SHANGHAI, List.of(), List.of("life sciences")), at));
                at = at.plusNanos(stepNanos);
                if (e % 2 == 0) {
                    commit.add(message(mission, sequences[i]++, new EngagementRescheduled(mission, programs.get(i),
                            engagement, startsAt.plus(Duration.ofHours(1)), startsAt.plus(Duration.ofMinutes(90)),
                            SHANGHAI, startsAt, startsAt.plus(Duration.ofMinutes(30))), at));
                    at = at.plusNanos(stepNanos);
                }
                engine.appendEvents(commit);
                written += commit.size();
            }
        }
        return written;
    }

    static ProgramId firstProgram(MongoEventStorageEngine engine) {
        try (var events = engine.readEvents(null, false)) {
            return events.map(EventMessage::getPayload).filter(MissionPlanned.class::isInstance)
                    .map(planned -> ((MissionPlanned) planned).programId()).findFirst().orElseThrow();
        }
    }

    static MissionId firstMission(MongoEventStorageEngine engine) {
        try (var events = engine.readEvents(null, false)) {
            return events.map(EventMessage::getPayload).filter(MissionPlanned.class::isInstance)
                    .map(planned -> ((MissionPlanned) planned).missionId()).findFirst().orElseThrow();
        }
    }

    private static void append(MongoEventStorageEngine engine, MissionId mission, long sequence, Object payload,
            Instant at) {
        engine.appendEvents(message(mission, sequence, payload, at));
    }

    private static EventMessage<?> message(MissionId mission, long sequence, Object payload, Instant at) {
        return new GenericDomainEventMessage<>("Mission", mission.toString(), sequence, payload,
                Map.of(Actor.USER_ID, "bench", Actor.ROLE, "OFFICER", Actor.SOURCE, "IMPORT",
                        Actor.CORRELATION_ID, UUID.randomUUID().toString()),
                UUID.randomUUID().toString(), at);
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static long perSecond(long count, long millis) {
        return millis == 0 ? count * 1000 : count * 1000 / millis;
    }
}
