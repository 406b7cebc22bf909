package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.opportunities.OpportunityBoardProjection;
import app.ponte.config.ops.ProcessorPositions;
import app.ponte.config.ops.ProcessorsHealth;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.RegisterOrganization;
import app.ponte.security.Role;
import app.ponte.shared.CountryCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/**
 * The actuator on the application's own port: liveness and readiness open to a load balancer, without details;
 * metrics, info and the full health for administrators only, by token; a processor held back shows as lag.
 */
class OpsEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static PonteServer server;

    @BeforeAll
    static void start() {
        server = PonteServer.get();
    }

    private static ApiClient as(Role role) {
        return new ApiClient(server.port, World.TOKENS_IN_FIRST.get(role));
    }

    private static ApiClient anonymous() {
        return new ApiClient(server.port, null);
    }

    private static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }

    @Test
    void aLoadBalancerReadsLivenessAndReadinessWithoutSigningInAndLearnsNothingElse() throws Exception {
        var liveness = anonymous().get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(json(liveness.body()).get("status").asText()).isEqualTo("UP");
        var readiness = awaitReady(anonymous());
        assertThat(json(readiness.body()).fieldNames()).toIterable().containsExactly("status");
        assertThat(readiness.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'");
    }

    @Test
    void anAdministratorSeesWhatReadinessIsMadeOf() throws Exception {
        var readiness = awaitReady(as(Role.ADMINISTRATOR));
        var components = json(readiness.body()).get("components");
        assertThat(components.get("store").get("status").asText()).isEqualTo("UP");
        assertThat(components.get("store").get("details").get("timeoutMs").asLong()).isEqualTo(1000);
        assertThat(components.get("processors").get("status").asText()).isEqualTo("UP");
        assertThat(components.get("processors").get("details").get("head").asLong()).isPositive();
        assertThat(components.get("readinessState").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void metricsInfoAndTheFullHealthAreRefusedToAnonymousCallersAndToOtherRoles() {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/info", "/actuator/health",
                "/actuator", "/actuator/metrics", "/actuator/env", "/actuator/health/store"}) {
            var refused = anonymous().get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).as(path).get().asString()
                    .startsWith("application/problem+json");
            for (Role role : new Role[] {Role.PROGRAM_OFFICER, Role.CLUSTER_MANAGER, Role.VIEWER}) {
                assertThat(as(role).get(path).statusCode()).as(role + " " + path).isEqualTo(403);
            }
        }
        // Not exposed, even to administrators: what answers there is not the environment.
        assertThat(as(Role.ADMINISTRATOR).get("/actuator/env").body()).doesNotContain("propertySources");
        assertThat(new ApiClient(server.port, "ponte_not-a-token").get("/actuator/prometheus").statusCode())
                .isEqualTo(401);
    }

    @Test
    void anAdministratorsSignedInSessionReadsTheMetricsAndAnotherRolesSessionIsRefused() throws Exception {
        assertThat(throughTheFilters("/actuator/prometheus", "admin")).isEqualTo(200);
        assertThat(throughTheFilters("/actuator/prometheus", "user-viewer")).isEqualTo(403);
        assertThat(throughTheFilters("/actuator/prometheus", null)).isEqualTo(401);
    }

    /** The answer of the security filters to a request of a session signed in as {@code username} (none: null). */
    private static int throughTheFilters(String path, String username) throws Exception {
        var servletContext = ((org.springframework.web.context.WebApplicationContext) server.context)
                .getServletContext();
        var request = new org.springframework.mock.web.MockHttpServletRequest(servletContext, "GET", path);
        request.setServletPath(path);
        request.setHttpServletMapping(new org.springframework.mock.web.MockHttpServletMapping("", "/",
                "dispatcherServlet", jakarta.servlet.http.MappingMatch.DEFAULT));
        if (username != null) {
            var details = server.bean(org.springframework.security.core.userdetails.UserDetailsService.class)
                    .loadUserByUsername(username);
            var session = new org.springframework.mock.web.MockHttpSession(servletContext);
            session.setAttribute("SPRING_SECURITY_CONTEXT", new org.springframework.security.core.context
                    .SecurityContextImpl(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                            .authenticated(details, null, details.getAuthorities())));
            request.setSession(session);
        }
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        boolean[] passed = new boolean[1];
        server.context.getBean("springSecurityFilterChain", jakarta.servlet.Filter.class).doFilter(request, response,
                (req, res) -> passed[0] = true);
        return passed[0] ? 200 : response.getStatus();
    }

    @Test
    void anAdministratorReadsTheBuildsVersionAndCommit() throws Exception {
        var info = as(Role.ADMINISTRATOR).get("/actuator/info");
        assertThat(info.statusCode()).isEqualTo(200);
        var body = json(info.body());
        assertThat(body.get("build").get("version").asText()).isEqualTo("0.1.0-SNAPSHOT");
        String commit = body.get("git").get("commit").get("id").asText();
        assertThat(commit).matches("[0-9a-f]{7,40}");
        var git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
        String head = new String(git.getInputStream().readAllBytes()).strip();
        assertThat(git.waitFor()).isZero();
        assertThat(head).startsWith(commit);
    }

    @Test
    void prometheusShowsCommandsQueriesProcessorsTheStoreScreensAndTheJvm() {
        // A query through the API, so that the query bus's timer exists whatever ran before.
        assertThat(as(Role.ADMINISTRATOR).get("/api/v1/programs").statusCode()).isEqualTo(200);
        var scrape = as(Role.ADMINISTRATOR).get("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        String metrics = awaitMetric("ponte_processor_lag_events{");
        assertThat(metrics)
                .containsPattern("commandBus_[a-zA-Z_]*\\{[^}]*payloadType=\"LaunchProgram\"")
                .containsPattern("queryBus_[a-zA-Z_]*\\{[^}]*payloadType=\"[A-Za-z]+\"")
                .containsPattern("eventProcessor_latency[a-zA-Z_]*\\{[^}]*processorName=\"agenda\"")
                .containsPattern("ponte_processor_lag_events\\{[^}]*processor=\"agenda\",segment=\"0\"")
                .containsPattern("ponte_events_appended_events_total\\{[^}]*} [1-9]")
                .containsPattern("ponte_events_read_events_total\\{[^}]*reader=\"processors\"[^}]*} [1-9]")
                .containsPattern("ponte_events_head\\{[^}]*} [1-9]")
                .contains("ponte_live_screens")
                .contains("jvm_memory_used_bytes", "jvm_threads_live_threads", "process_cpu_usage");
    }

    @Test
    void aProcessorHeldBackShowsAsLagInTheMetricAndTakesTheInstanceOutOfReadiness() throws Exception {
        var processing = server.bean(EventProcessingConfiguration.class);
        var board = processing.eventProcessor(OpportunityBoardProjection.PROCESSING_GROUP,
                StreamingEventProcessor.class).orElseThrow();
        var positions = server.bean(ProcessorPositions.class);
        awaitMetric("processor=\"" + OpportunityBoardProjection.PROCESSING_GROUP + "\"");
        board.shutDown();
        try {
            var commands = server.bean(CommandGateway.class);
            for (int i = 0; i < 5; i++) {
                commands.sendAndWait(new RegisterOrganization(OrganizationId.random(), "Held back " + i, null,
                        OrganizationType.COMPANY, new CountryCode("IT"), "Milano", null));
            }
            double lag = awaitLag(OpportunityBoardProjection.PROCESSING_GROUP, 5);
            assertThat(lag).isGreaterThanOrEqualTo(5);
            var strict = new ProcessorsHealth(positions, 4, Map::of).health();
            assertThat(strict.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(strict.getDetails().get("lagging").toString())
                    .contains(OpportunityBoardProjection.PROCESSING_GROUP);
            assertThat(new ProcessorsHealth(positions, 1000, Map::of).health().getStatus()).isEqualTo(Status.UP);
        } finally {
            board.start();
        }
        assertThat(awaitLagBelow(OpportunityBoardProjection.PROCESSING_GROUP, 1)).isZero();
    }

    private static java.net.http.HttpResponse<String> awaitReady(ApiClient client) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        while (true) {
            var readiness = client.get("/actuator/health/readiness");
            if (readiness.statusCode() == 200 || System.nanoTime() > until) {
                assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
                return readiness;
            }
            Thread.sleep(200);
        }
    }

    private static String awaitMetric(String text) {
        long until = System.nanoTime() + 30_000_000_000L;
        while (true) {
            String metrics = as(Role.ADMINISTRATOR).get("/actuator/prometheus").body();
            if (metrics.contains(text) || System.nanoTime() > until) {
                assertThat(metrics).contains(text);
                return metrics;
            }
            sleep();
        }
    }

    private static double lagIn(String metrics, String processor) {
        Matcher m = Pattern.compile("ponte_processor_lag_events\\{[^}]*processor=\"" + Pattern.quote(processor)
                + "\"[^}]*} ([0-9.E+-]+)").matcher(metrics);
        double max = Double.NaN;
        while (m.find()) {
            double value = Double.parseDouble(m.group(1));
            max = Double.isNaN(max) ? value : Math.max(max, value);
        }
        return max;
    }

    private static double awaitLag(String processor, double atLeast) {
        long until = System.nanoTime() + 30_000_000_000L;
        while (true) {
            double lag = lagIn(as(Role.ADMINISTRATOR).get("/actuator/prometheus").body(), processor);
            if (lag >= atLeast || System.nanoTime() > until) {
                return lag;
            }
            sleep();
        }
    }

    private static double awaitLagBelow(String processor, double below) {
        long until = System.nanoTime() + 30_000_000_000L;
        while (true) {
            double lag = lagIn(as(Role.ADMINISTRATOR).get("/actuator/prometheus").body(), processor);
            if (lag < below || System.nanoTime() > until) {
                return lag;
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
