package app.ponte.programs;

import app.ponte.dashboard.GetProgramDashboard;
import app.ponte.dashboard.ProgramDashboard;
import app.ponte.dashboard.ProgramDashboardProjection;
import app.ponte.followup.FollowUpAssigned;
import app.ponte.followup.FollowUpCompleted;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpOrigin;
import app.ponte.layout.LiveUpdates;
import app.ponte.live.ReadModelChanges;
import app.ponte.mission.AttendanceRecorded;
import app.ponte.mission.EngagementCancelled;
import app.ponte.mission.EngagementHeld;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.EngagementRescheduled;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionCompleted;
import app.ponte.mission.MissionId;
import app.ponte.mission.MissionPlanned;
import app.ponte.mission.OutcomeKind;
import app.ponte.mission.OutcomeLogged;
import app.ponte.opportunity.OpportunityAdvanced;
import app.ponte.opportunity.OpportunityId;
import app.ponte.opportunity.OpportunityOpened;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationRegistered;
import app.ponte.organization.OrganizationType;
import app.ponte.program.IndicatorDefined;
import app.ponte.program.IndicatorKind;
import app.ponte.program.IndicatorTarget;
import app.ponte.program.ProgramId;
import app.ponte.program.ProgramLaunched;
import app.ponte.shared.CountryCode;
import app.ponte.shared.OutcomeId;
import app.ponte.shared.Period;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.vaadin.flow.component.UI;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not a test: loads 100,000 events of realistic programs into the program-dashboard read model on the embedded
 * MongoDB-compatible server, then prints the dashboard query's latency (p50, p99, through the query bus) beside a
 * raw read of the same documents, and the time to open the dashboard view server-side (build the view, attach it,
 * query and render every card, chart and list). BENCHMARKS.md says how to run it.
 */
public final class DashboardBenchmark {

    private static final Logger log = LoggerFactory.getLogger(DashboardBenchmark.class);
    private static final int EVENTS = 100_000;
    private static final int PROGRAMS = 40;
    private static final int ORGANIZATIONS = 600;
    private static final int QUERIES = 2_000;
    private static final int VIEW_OPENS = 200;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Random random = new Random(20170516);
    private final List<Object> events = new ArrayList<>();
    private final List<ProgramId> programs = new ArrayList<>();
    private final List<OrganizationId> organizations = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new DashboardBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        generate();
        var server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        try (var client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            var database = client.getDatabase("ponte");
            var clock = Clock.fixed(Instant.parse("2018-06-01T09:00:00Z"), ZoneOffset.UTC);
            var emitter = SimpleQueryUpdateEmitter.builder().build();
            var queryBus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
            var projection = new ProgramDashboardProjection(database, new ReadModelChanges(database), clock);
            new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
            var handler = new AnnotationEventHandlerAdapter(projection);

            var at = Instant.parse("2017-01-01T00:00:00Z");
            long loadStart = System.nanoTime();
            for (Object event : events) {
                at = at.plusSeconds(60);
                handler.handle(new GenericEventMessage<>(UUID.randomUUID().toString(), event, MetaData.emptyInstance(),
                        at));
            }
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            log.info("Loaded {} events into the dashboard read model in {} s ({} events/s)", events.size(),
                    format(loadSeconds), Math.round(events.size() / loadSeconds));

            var queries = DefaultQueryGateway.builder().queryBus(queryBus).build();
            for (int warmUp = 0; warmUp < 300; warmUp++) {
                queries.query(new GetProgramDashboard(anyProgram()), ProgramDashboard.class).join();
                rawRead(database, anyProgram());
            }
            // Alternated with the baseline, so that both see the same load on the shared machine.
            var latencies = new long[QUERIES];
            var baseline = new long[QUERIES];
            for (int i = 0; i < QUERIES; i++) {
                var program = anyProgram();
                long start = System.nanoTime();
                queries.query(new GetProgramDashboard(program), ProgramDashboard.class).join();
                latencies[i] = System.nanoTime() - start;
                start = System.nanoTime();
                rawRead(database, program);
                baseline[i] = System.nanoTime() - start;
            }
            report("Dashboard query", latencies);
            report("Baseline: the raw driver reading the same documents", baseline);
            log.info("Dashboard query / baseline: p50 {} %, p99 {} %", percent(latencies, baseline, 0.5),
                    percent(latencies, baseline, 0.99));

            var facade = new ProgramsFacade(queries, () -> Set.copyOf(programs), new LiveUpdates(queries));
            MockVaadin.setup();
            try {
                UI.getCurrent().setLocale(Locale.ENGLISH);
                for (int warmUp = 0; warmUp < 30; warmUp++) {
                    openView(facade);
                }
                var opens = new long[VIEW_OPENS];
                for (int i = 0; i < VIEW_OPENS; i++) {
                    opens[i] = openView(facade);
                }
                report("Dashboard view opened (server side)", opens);
            } finally {
                MockVaadin.tearDown();
            }
            var sample = queries.query(new GetProgramDashboard(programs.get(0)), ProgramDashboard.class).join();
            log.info("A program's dashboard: {} held, {} scheduled, {} outcomes, {} indicators, {} feed entries",
                    sample.engagementsHeld(), sample.engagementsScheduled(), sample.outcomes(),
                    sample.indicators().size(), sample.recentActivity().size());
        } finally {
            server.shutdownNow();
        }
    }

    private long openView(ProgramsFacade facade) {
        long start = System.nanoTime();
        var view = new ProgramDashboardView(facade, null);
        UI.getCurrent().add(view);
        view.open(anyProgram());
        MockVaadin.clientRoundtrip();
        long took = System.nanoTime() - start;
        UI.getCurrent().remove(view);
        return took;
    }

    /*
     * What the dashboard query reads, read with the driver alone and not added up: the program's header, its entry
     * buckets in one $in, its feed, and the organizations it met. The difference to the query is the query bus and
     * the summing in Java.
     */
    private static void rawRead(MongoDatabase database, ProgramId program) {
        var key = program.toString();
        database.getCollection("dashboard_programs").find(Filters.eq("_id", key)).first();
        var buckets = IntStream.range(0, 32).mapToObj(bucket -> key + "/" + bucket).toList();
        var organizations = new HashSet<String>();
        for (Document bucket : database.getCollection("dashboard_entries").find(Filters.in("_id", buckets))) {
            var engagements = bucket.get("engagements", Document.class);
            if (engagements != null) {
                engagements.values().forEach(e -> organizations.addAll(((Document) e).getList("c", String.class)));
            }
        }
        database.getCollection("dashboard_feeds").find(Filters.eq("_id", key)).first();
        database.getCollection("dashboard_organizations").find(Filters.in("_id", organizations))
                .into(new ArrayList<>());
    }

    private static long percent(long[] measured, long[] baseline, double quantile) {
        return Math.round(100.0 * quantile(measured, quantile) / quantile(baseline, quantile));
    }

    private static long quantile(long[] nanos, double quantile) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) (sorted.length * quantile)];
    }

    private static void report(String what, long[] nanos) {
        log.info("{}: n={} p50={} ms p99={} ms max={} ms", what, nanos.length, format(quantile(nanos, 0.5) / 1e6),
                format(quantile(nanos, 0.99) / 1e6), format(Arrays.stream(nanos).max().orElse(0) / 1e6));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private ProgramId anyProgram() {
        return programs.get(random.nextInt(programs.size()));
    }

    /*
     * Programs like the seed's, at scale: each launched with targets, with missions of a couple of days abroad,
     * each with a few dozen engagements, most held, some cancelled or moved, outcomes from about half of those
     * held, some pursued as opportunities, and follow-ups.
     */
    private void generate() {
        var types = OrganizationType.values();
        var countries = List.of("CN", "IT", "JP", "US", "DE", "BR", "IN", "KR", "FR", "SG");
        for (int i = 0; i < ORGANIZATIONS; i++) {
            var id = OrganizationId.random();
            organizations.add(id);
            events.add(new OrganizationRegistered(id, "Organization " + i, i % 3 == 0 ? "机构" + i : null,
                    types[i % types.length], CountryCode.of(countries.get(i % countries.size())), "City " + i, null));
        }
        var year = Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31));
        for (int p = 0; p < PROGRAMS; p++) {
            var program = ProgramId.random();
            programs.add(program);
            events.add(new ProgramLaunched(program, "Program " + p, organizations.get(p), List.of(CountryCode.of("CN")),
                    year));
            for (IndicatorKind kind : List.of(IndicatorKind.MEETINGS_HELD, IndicatorKind.COUNTERPARTS_MET,
                    IndicatorKind.OUTCOMES_LOGGED, IndicatorKind.AGREEMENTS_SIGNED,
                    IndicatorKind.OPPORTUNITIES_OPENED)) {
                events.add(new IndicatorDefined(program, kind, List.of(
                        new IndicatorTarget(Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)), 50),
                        new IndicatorTarget(Period.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)), 60))));
            }
        }
        int missionNumber = 0;
        while (events.size() < EVENTS) {
            mission(programs.get(missionNumber % PROGRAMS), missionNumber++);
        }
        log.info("Generated {} events: {} programs, {} missions, {} organizations", events.size(), PROGRAMS,
                missionNumber, ORGANIZATIONS);
    }

    private void mission(ProgramId program, int number) {
        var mission = MissionId.random();
        var first = LocalDate.of(2017, 1, 10).plusDays(number % 700);
        events.add(new MissionPlanned(mission, program, "Mission " + number, "Shanghai", "CN", SHANGHAI, first,
                first.plusDays(2)));
        int engagements = 15 + random.nextInt(20);
        for (int e = 0; e < engagements && events.size() < EVENTS; e++) {
            var engagement = EngagementId.random();
            var start = first.plusDays(e % 3).atTime(9 + e % 8, 0).atZone(SHANGHAI).toInstant();
            var counterparts = List.of(anyOrganization(), anyOrganization());
            var kind = e % 7 == 0 ? EngagementKind.WORKSHOP : e % 11 == 0 ? EngagementKind.SPEECH
                    : EngagementKind.MEETING;
            events.add(new EngagementScheduled(mission, program, engagement, kind, "Engagement " + number + "/" + e, "Venue",
                    start, start.plusSeconds(3600), SHANGHAI, counterparts, List.of("theme " + e % 6)));
            int fate = random.nextInt(10);
            if (fate == 0) {
                events.add(new EngagementCancelled(mission, program, engagement, "Counterpart unavailable"));
                continue;
            }
            if (fate == 1) {
                events.add(new EngagementRescheduled(mission, program, engagement, start.plusSeconds(7200),
                        start.plusSeconds(10800), SHANGHAI, start, start.plusSeconds(3600)));
            }
            events.add(new AttendanceRecorded(mission, program, engagement, List.of(), counterparts));
            events.add(new EngagementHeld(mission, program, engagement, kind, counterparts, "Minutes"));
            if (random.nextBoolean()) {
                var outcome = OutcomeId.random();
                var outcomeKind = OutcomeKind.values()[random.nextInt(OutcomeKind.values().length)];
                events.add(new OutcomeLogged(mission, program, engagement, outcome, outcomeKind, "Outcome " + e,
                        counterparts, List.of("theme " + e % 6), null));
                if (random.nextInt(4) == 0) {
                    var opportunity = OpportunityId.random();
                    events.add(new OpportunityOpened(opportunity, program, mission, outcome, "Opportunity " + e, null,
                            OpportunityStage.IDENTIFIED));
                    events.add(new OpportunityAdvanced(opportunity, program, "Opportunity " + e,
                            OpportunityStage.IDENTIFIED, OpportunityStage.QUALIFIED));
                }
                if (random.nextInt(3) == 0) {
                    var followUp = FollowUpId.random();
                    var due = first.plusDays(30);
                    events.add(new FollowUpAssigned(followUp, program, mission, FollowUpOrigin.outcome(outcome),
                            "officer" + random.nextInt(5), due, "Follow up " + e));
                    if (random.nextBoolean()) {
                        events.add(new FollowUpCompleted(followUp, program, "officer", due, due.minusDays(3), null));
                    }
                }
            }
        }
        events.add(new MissionCompleted(mission, program, "Mission " + number, "Report"));
    }

    private OrganizationId anyOrganization() {
        return organizations.get(random.nextInt(organizations.size()));
    }
}
