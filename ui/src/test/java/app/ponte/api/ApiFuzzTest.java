package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.Provide;

/**
 * Every API endpoint fed malformed, oversized and hostile input, by every role: the API never answers 5xx, and a
 * request that is not accepted writes nothing. Command bodies start from a well-formed command and have one field
 * replaced, removed or added, so the fuzzing reaches past the JSON parser into the domain's checks.
 */
class ApiFuzzTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One request to send. */
    record Attempt(String command, Role role, String body) {

        @Override
        public String toString() {
            return command + " by " + role + ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    /** After every property of the run, accepted or refused, the audit lists each event the store holds. */
    @AfterContainer
    static void theAuditListsEveryStoredEvent() {
        AuditCompleteness.assertEveryStoredEventIsAudited(PonteServer.get());
    }

    @Property(tries = 400)
    void commandsNeverFailOnTheServerAndWriteNothingUnlessAccepted(@ForAll("attempts") Attempt attempt) {
        var server = PonteServer.get();
        long before = server.events();

        var response = new ApiClient(server.port, World.TOKENS_IN_FIRST.get(attempt.role()))
                .post("/api/v1/commands/" + attempt.command(), attempt.body());

        assertThat(response.statusCode()).as(response.body()).isLessThan(500);
        // Every attempt carries a valid token: a 401 would mean the fuzzing never reached past sign-in.
        assertThat(response.statusCode()).as(response.body()).isNotEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as("an answer in JSON").contains("json");
        assertThat(response.body()).doesNotContain("\tat app.ponte", "Exception:");
        if (response.statusCode() != 200) {
            assertThat(server.events()).as("events written by a refused request").isEqualTo(before);
        }
    }

    @Property(tries = 150)
    void readsNeverFailOnTheServer(@ForAll("hostileTexts") String segment, @ForAll Role role) {
        var server = PonteServer.get();
        var client = new ApiClient(server.port, World.TOKENS_IN_FIRST.get(role));
        String encoded = URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");

        for (String path : List.of("/api/v1/missions/" + encoded + "/engagements", "/api/v1/tokens/" + encoded,
                "/api/v1/" + encoded)) {
            var response = path.startsWith("/api/v1/tokens/") ? client.delete(path) : client.get(path);
            assertThat(response.statusCode()).as(path + " → " + response.body()).isLessThan(500);
        }
    }

    /**
     * Every query endpoint, by every role of the first program, with ids of either program, unknown ids and hostile
     * text in its path and parameters: never 5xx, always JSON or CSV, and an answer never names a record of the
     * second program, which none of these callers is a member of.
     */
    @Property(tries = 300)
    void queriesNeverFailAndNeverShowAnotherProgram(@ForAll("queryPaths") String path, @ForAll Role role) {
        var server = PonteServer.get();

        var response = new ApiClient(server.port, World.TOKENS_IN_FIRST.get(role)).get(path);

        String shown = path.length() > 300 ? path.substring(0, 300) + "…" : path;
        assertThat(response.statusCode()).as(shown + " → " + response.body()).isLessThan(500);
        if (!turnedAwayByTomcat(path, response.statusCode())) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(shown)
                    .containsAnyOf("json", "text/csv");
        }
        assertThat(response.body()).doesNotContain("\tat app.ponte", "Exception:");
        if (response.statusCode() == 200 && role != Role.ADMINISTRATOR) {
            var second = World.second;
            assertThat(response.body()).as(shown).doesNotContain(second.program().toString(),
                    second.mission().toString(), second.engagement().toString(), second.outcome().toString(),
                    second.opportunity().toString(), second.followUp().toString());
        }
    }

    @Provide
    Arbitrary<String> queryPaths() {
        PonteServer.get();
        var ids = Arbitraries.oneOf(Arbitraries.of(idsOf(World.second)), Arbitraries.of(idsOf(World.first)),
                Arbitraries.create(UUID::randomUUID).map(UUID::toString), hostileTexts()).map(ApiFuzzTest::encoded);
        var texts = Arbitraries.oneOf(hostileTexts(), Arbitraries.of("", "fudan", "CN", "CLUSTER", "mission",
                "follow-up", "2017-05-16", "2017-05-16T00:00:00Z", "-1", "0", "201", "true", "maybe"))
                .map(ApiFuzzTest::encoded);
        var numbers = Arbitraries.oneOf(Arbitraries.of("0", "1", "200", "201", "-1", "abc", "", "99999999999"),
                Arbitraries.integers().between(-5, 300).map(String::valueOf));
        return Combinators.combine(Arbitraries.integers().between(0, 13), ids, texts, texts, numbers, numbers)
                .as((endpoint, id, text, other, offset, limit) -> switch (endpoint) {
                    case 0 -> "/api/v1/programs?offset=" + offset + "&limit=" + limit;
                    case 1 -> "/api/v1/programs/" + id;
                    case 2 -> "/api/v1/programs/" + id + "/dashboard";
                    case 3 -> "/api/v1/missions/" + id + "?limit=" + limit;
                    case 4 -> "/api/v1/missions/" + id + "/outcomes?offset=" + offset;
                    case 5 -> "/api/v1/missions/" + id + "/engagements?limit=" + limit;
                    case 6 -> "/api/v1/opportunities?program=" + id + "&offset=" + offset;
                    case 7 -> "/api/v1/follow-ups?program=" + id + "&owner=" + text + "&overdue=" + other
                            + "&mine=" + other + "&limit=" + limit;
                    case 8 -> "/api/v1/organizations?q=" + text + "&type=" + other + "&country=" + other
                            + "&offset=" + offset + "&limit=" + limit;
                    case 9 -> "/api/v1/organizations/" + id;
                    case 10 -> "/api/v1/contacts?q=" + text + "&organization=" + id + "&limit=" + limit;
                    case 11 -> "/api/v1/contacts/" + id;
                    case 12 -> "/api/v1/history/" + text + "/" + id + "?offset=" + offset;
                    default -> "/api/v1/audit.csv?program=" + id + "&from=" + text + "&to=" + other
                            + "&recordType=" + other + "&user=" + text;
                });
    }

    /* Tomcat answers an encoded NUL, slash or backslash in the path, or an address longer than its 8 KiB header
       limit, with its own 400 page, before any of Ponte's code (or Spring Security's firewall) sees the request. */
    private static boolean turnedAwayByTomcat(String path, int status) {
        String address = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        // Tomcat's 8 KB limit counts the request line and every header (the token, the host...), so a path a few
        // hundred characters short of 8,000 is already refused, before the application, with its own HTML page.
        return (status == 400 || status == 414 || status == 431) && (path.length() > 7_000
                || List.of("%00", "%2F", "%5C").stream().anyMatch(address.toUpperCase()::contains));
    }

    private static List<String> idsOf(World.Program program) {
        return List.of(program.program().toString(), program.mission().toString(), program.engagement().toString(),
                program.outcome().toString(), program.opportunity().toString(), program.followUp().toString(),
                program.organization().toString());
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Property(tries = 30)
    void oversizedBodiesAreRefusedUnread(@ForAll("commands") String command) {
        var server = PonteServer.get();
        long before = server.events();
        String huge = "{\"title\":\"" + "x".repeat(70_000) + "\"}";

        var response = new ApiClient(server.port, World.TOKENS_IN_FIRST.get(Role.ADMINISTRATOR))
                .post("/api/v1/commands/" + command, huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(server.events()).isEqualTo(before);
    }

    @Provide
    Arbitrary<String> commands() {
        var names = new ArrayList<>(ApiCommands.byPathName().keySet());
        return Arbitraries.of(names);
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        var known = commands();
        var unknown = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz-").ofMinLength(1).ofMaxLength(30);
        var names = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, known), net.jqwik.api.Tuple.of(1, unknown));
        return Combinators.combine(names, Arbitraries.of(Role.class), Arbitraries.integers().between(0, 9),
                        hostileValues(), hostileTexts(), Arbitraries.integers().between(0, 1_000))
                .as((name, role, shape, value, garbage, pick) -> new Attempt(name, role,
                        body(name, shape, value, garbage, pick)));
    }

    /** Mostly a well-formed command with one field spoiled; sometimes no JSON object at all. */
    private static String body(String command, int shape, JsonNode value, String garbage, int pick) {
        var type = ApiCommands.byPathName(command);
        if (type.isEmpty() || shape == 0) {
            return garbage;
        }
        var json = PonteServer.get().bean(ObjectMapper.class);
        ObjectNode sample = json.valueToTree(CommandSamples.sample(type.get(), pick % 2 == 0 ? World.first
                : World.second));
        var fields = new ArrayList<String>();
        sample.fieldNames().forEachRemaining(fields::add);
        String field = fields.get(pick % fields.size());
        switch (shape) {
            case 1 -> sample.remove(field);
            case 2 -> sample.set("unexpected" + pick, value);
            case 3 -> sample.set(field, NODES.objectNode().set(field, value));
            default -> sample.set(field, value);
        }
        return sample.toString();
    }

    @Provide
    Arbitrary<JsonNode> hostileValues() {
        return Arbitraries.oneOf(
                hostileTexts().map(NODES::textNode),
                Arbitraries.of(NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(-1),
                        NODES.numberNode(0), NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(1e308),
                        NODES.numberNode(new java.math.BigInteger("9".repeat(400))), NODES.arrayNode(),
                        NODES.objectNode(), NODES.objectNode().put("$gt", ""),
                        NODES.objectNode().put("$where", "sleep(1000)"),
                        NODES.arrayNode().add(NODES.nullNode()), deepArray(400)),
                Arbitraries.integers().between(0, 20_000).map(n -> NODES.textNode("é".repeat(n))));
    }

    @Provide
    Arbitrary<String> hostileTexts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(10),
                Arbitraries.of("", " ", "null", "{}", "[]", "{", "}", "\"", "{\"a\":", "<script>alert(1)</script>",
                        "../../etc/passwd", "%00", "' OR 1=1 --", "{\"$gt\":\"\"}", "\ud800", "复旦大学",
                        "2017-02-30", "2017-05-16T25:00:00", "9999999999-01-01", "not-a-uuid",
                        UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000", "Etc/Nowhere",
                        "x".repeat(5_000), "🇮🇹".repeat(300)));
    }

    private static JsonNode deepArray(int depth) {
        JsonNode node = NODES.textNode("bottom");
        for (int i = 0; i < depth; i++) {
            node = NODES.arrayNode().add(node);
        }
        return node;
    }
}
