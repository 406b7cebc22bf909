package app.ponte.api;

import app.ponte.mission.CancelEngagement;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.MissionId;
import app.ponte.mission.PlanMission;
import app.ponte.mission.RescheduleEngagement;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.RegisterOrganization;
import app.ponte.program.LaunchProgram;
import app.ponte.program.ProgramId;
import app.ponte.security.ApiTokens;
import app.ponte.security.Role;
import app.ponte.security.UserDirectory;
import app.ponte.shared.CountryCode;
import app.ponte.shared.Period;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * How long serving a calendar feed of many engagements takes, against the JSON agenda of the same engagements
 * measured in the same run (the baseline): p50 and p99 of each over the real HTTP stack of an in-process Ponte, and
 * of a conditional poll answered 304, which since the ETag is taken from the feed's inputs reads no agenda and writes
 * no ICS. Not a test; run it on its own (see BENCHMARKS.md):
 * {@code -Dponte.bench.engagements=1000 -Dponte.bench.requests=300}.
 */
public final class CalendarFeedBenchmark {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int SLOTS_PER_DAY = 20;

    private CalendarFeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int engagements = Integer.getInteger("ponte.bench.engagements", 1000);
        int requests = Integer.getInteger("ponte.bench.requests", 300);
        var server = PonteServer.get();
        var commands = server.bean(CommandGateway.class);
        var program = ProgramId.random();
        var mission = MissionId.random();
        var organizer = OrganizationId.random();
        var counterpart = OrganizationId.random();
        LocalDate first = LocalDate.of(2017, 5, 1);
        int days = (engagements + SLOTS_PER_DAY - 1) / SLOTS_PER_DAY;
        commands.sendAndWait(new RegisterOrganization(organizer, "Benchmark cluster", null, OrganizationType.CLUSTER,
                new CountryCode("IT"), "Torino", null));
        commands.sendAndWait(new RegisterOrganization(counterpart, "Fudan University", "复旦大学",
                OrganizationType.UNIVERSITY, new CountryCode("CN"), "Shanghai", null));
        commands.sendAndWait(new LaunchProgram(program, "Benchmark program", organizer,
                List.of(new CountryCode("CN")), new Period(first.minusMonths(1), first.plusYears(2))));
        commands.sendAndWait(new PlanMission(mission, program, "Benchmark mission", "Shanghai", "CN", SHANGHAI,
                first, first.plusDays(days)));
        long scheduling = System.nanoTime();
        for (int i = 0; i < engagements; i++) {
            var id = EngagementId.random();
            var start = LocalDateTime.of(first.plusDays(i / SLOTS_PER_DAY),
                    LocalTime.of(8, 0).plusMinutes(30L * (i % SLOTS_PER_DAY)));
            commands.sendAndWait(new ScheduleEngagement(mission, id, EngagementKind.MEETING, "Meeting " + i,
                    "Campus " + (i % 7), start, start.plusMinutes(25), List.of(counterpart),
                    List.of("life sciences", "prevention")));
            if (i % 10 == 3) {
                commands.sendAndWait(new RescheduleEngagement(mission, id, start.plusMinutes(5),
                        start.plusMinutes(28)));
            } else if (i % 20 == 7) {
                commands.sendAndWait(new CancelEngagement(mission, id, "Benchmark"));
            }
        }
        double schedulingSeconds = (System.nanoTime() - scheduling) / 1e9;
        var user = server.bean(UserDirectory.class).create("calendar-benchmark", "a long enough password, bench",
                Role.PROGRAM_OFFICER, List.of(program));
        var api = new ApiClient(server.port,
                server.bean(ApiTokens.class).issue(user.userId(), "bench", Role.PROGRAM_OFFICER, Set.of()).secret());
        var json = new ObjectMapper();
        String feed = json.readTree(api.post("/api/v1/me/calendar-link", "{}").body()).path("url").asText();
        var anonymous = new ApiClient(server.port, null);
        String agenda = "/api/v1/missions/" + mission;
        while (json.readTree(api.get(agenda).body()).path("engagements").size() < engagements) {
            Thread.sleep(200);
        }
        // Wait for the last cancellation or rescheduling to reach the read model too.
        String previous = "";
        String now = anonymous.get(feed).body();
        while (!now.equals(previous)) {
            Thread.sleep(500);
            previous = now;
            now = anonymous.get(feed).body();
        }
        String etag = anonymous.get(feed).headers().firstValue("ETag").orElseThrow();
        int bytes = anonymous.get(feed).body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        int events = now.split("BEGIN:VEVENT", -1).length - 1;

        Supplier<HttpResponse<String>> baseline = () -> api.get(agenda);
        Supplier<HttpResponse<String>> full = () -> anonymous.get(feed);
        Supplier<HttpResponse<String>> conditional = () -> anonymous.send(anonymous.request(feed)
                .header("If-None-Match", etag).GET());
        for (int i = 0; i < Math.max(20, requests / 5); i++) {
            check(baseline.get(), 200);
            check(full.get(), 200);
            check(conditional.get(), 304);
        }
        var times = new long[3][requests];
        for (int i = 0; i < requests; i++) {
            // Interleaved, so that the load of the machine falls on all three alike.
            times[0][i] = time(baseline, 200);
            times[1][i] = time(full, 200);
            times[2][i] = time(conditional, 304);
        }
        var names = List.of("JSON agenda (baseline)", "ICS feed", "ICS feed, conditional (304)");
        var lines = new ArrayList<String>();
        lines.add(String.format("%,d engagements scheduled in %.1f s; feed of %,d VEVENTs, %,d bytes; %d requests each",
                engagements, schedulingSeconds, events, bytes, requests));
        double[] p50 = new double[3];
        double[] p99 = new double[3];
        for (int k = 0; k < 3; k++) {
            Arrays.sort(times[k]);
            p50[k] = times[k][(int) Math.floor(0.50 * (requests - 1))] / 1e6;
            p99[k] = times[k][(int) Math.ceil(0.99 * (requests - 1))] / 1e6;
            lines.add(String.format("%-30s p50 %8.1f ms  p99 %8.1f ms  p50/baseline %5.0f %%  p99/baseline %5.0f %%",
                    names.get(k), p50[k], p99[k], 100 * p50[k] / p50[0], 100 * p99[k] / p99[0]));
        }
        lines.forEach(line -> org.slf4j.LoggerFactory.getLogger(CalendarFeedBenchmark.class).info(line));
        System.exit(0);
    }

    private static long time(Supplier<HttpResponse<String>> request, int status) {
        long start = System.nanoTime();
        check(request.get(), status);
        return System.nanoTime() - start;
    }

    private static void check(HttpResponse<String> answer, int status) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException("Expected " + status + ", got " + answer.statusCode() + ": "
                    + answer.body());
        }
    }
}
