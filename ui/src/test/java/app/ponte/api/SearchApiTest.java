package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.contact.AddContact;
import app.ponte.contact.ContactId;
import app.ponte.contact.EraseContact;
import app.ponte.contact.ErasureGround;
import app.ponte.contact.PersonalDetails;
import app.ponte.mission.MissionId;
import app.ponte.mission.PlanMission;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.RegisterOrganization;
import app.ponte.program.ProgramId;
import app.ponte.security.Role;
import app.ponte.shared.CountryCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /api/v1/search on the running server: scoped to the token's programs, erasure at once, bad input named. */
class SearchApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static PonteServer server;
    private static CommandGateway commands;

    @BeforeAll
    static void start() {
        server = PonteServer.get();
        commands = server.bean(CommandGateway.class);
    }

    /** A word nobody else's records hold, so that the shared server's other tests cannot change what is found. */
    private static String word() {
        var random = new Random();
        var word = new StringBuilder("Zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static ApiClient viewerOfFirst() {
        return new ApiClient(server.port, World.TOKENS_IN_FIRST.get(Role.VIEWER));
    }

    private static JsonNode search(ApiClient client, String query) {
        var answer = client.get("/api/v1/search?" + query);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(JsonNode results) {
        var ids = new ArrayList<String>();
        results.path("groups").forEach(group -> group.path("hits").forEach(hit -> ids.add(hit.path("id").asText())));
        return ids;
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static MissionId mission(ProgramId program, String title) {
        var mission = MissionId.random();
        commands.sendAndWait(new PlanMission(mission, program, title, "Chengdu", "CN", ZoneId.of("Asia/Shanghai"),
                World.DAY, World.DAY.plusDays(1)));
        return mission;
    }

    @Test
    void aTokenFindsItsProgramsRecordsAndTheSharedOnesOnly() {
        var word = word();
        var mine = mission(World.first.program(), "Mission to " + word + " province");
        var theirs = mission(World.second.program(), "Mission to " + word + " district");
        var organization = OrganizationId.random();
        commands.sendAndWait(new RegisterOrganization(organization, word + " University", "四川大学",
                OrganizationType.UNIVERSITY, new CountryCode("CN"), "Chengdu", null));
        var officerOfSecond = new ApiClient(server.port, World.officerOfSecond);
        var administrator = new ApiClient(server.port, World.TOKENS_IN_FIRST.get(Role.ADMINISTRATOR));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(ids(search(administrator,
                q(word)))).contains(mine.toString(), theirs.toString(), organization.toString()));
        assertThat(ids(search(viewerOfFirst(), q(word)))).contains(mine.toString(), organization.toString())
                .doesNotContain(theirs.toString());
        assertThat(ids(search(officerOfSecond, q(word)))).contains(theirs.toString(), organization.toString())
                .doesNotContain(mine.toString());
        // A typo, a prefix and the other script find the same records.
        assertThat(ids(search(viewerOfFirst(), q(word.substring(0, 5) + "x" + word.substring(6)))))
                .contains(mine.toString());
        assertThat(ids(search(viewerOfFirst(), q(word.substring(0, 6))))).contains(mine.toString());
        assertThat(ids(search(viewerOfFirst(), q("四川") + "&types=organization"))).contains(organization.toString());

        var missions = search(viewerOfFirst(), q(word) + "&types=mission");
        assertThat(missions.path("groups")).hasSize(1);
        var group = missions.path("groups").get(0);
        assertThat(group.path("kind").asText()).isEqualTo("MISSION");
        var hit = group.path("hits").get(0);
        assertThat(hit.path("programId").asText()).isEqualTo(World.first.program().toString());
        assertThat(hit.path("highlightedTitle").asText()).isEqualTo("Mission to <mark>" + word + "</mark> province");
    }

    @Test
    void erasingAContactRemovesItFromTheSearchAndFromTheIndexFiles() throws IOException {
        var surname = word();
        var contact = ContactId.random();
        commands.sendAndWait(new AddContact(contact, new PersonalDetails("Fabrizio " + surname, null, null),
                World.first.organization(), "Coordinator"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ids(search(viewerOfFirst(), q(surname)))).containsExactly(contact.toString()));
        assertThat(indexFilesContaining(surname)).isNotEmpty();

        commands.sendAndWait(new EraseContact(contact, ErasureGround.REQUESTED_BY_PERSON));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ids(search(viewerOfFirst(), q(surname)))).isEmpty());
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(indexFilesContaining(surname)).isEmpty();
            assertThat(indexFilesContaining(surname.toLowerCase())).isEmpty();
        });
    }

    private static List<String> indexFilesContaining(String text) throws IOException {
        var folder = Path.of(server.context.getEnvironment().getProperty("ponte.data-dir")).resolve("search");
        var needle = text.getBytes(StandardCharsets.UTF_8);
        var found = new ArrayList<String>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue;
                }
                if (new String(bytes, StandardCharsets.ISO_8859_1).contains(
                        new String(needle, StandardCharsets.ISO_8859_1))) {
                    found.add(file.getFileName().toString());
                }
            }
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "q=", "q=a", "q=%20%20", "q=%20b%20", "q=" + "xxxxxxxxxx"})
    void aMissingOrTooShortTextIsRefusedNamingQ(String query) {
        var text = query.equals("q=xxxxxxxxxx") ? "q=" + "x".repeat(201) : query;
        var answer = viewerOfFirst().get("/api/v1/search?" + text);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"parameter\":\"q\"");
    }

    @Test
    void otherBadParametersAreNamed() {
        var client = viewerOfFirst();
        assertThat(client.get("/api/v1/search?q=fudan&types=meeting").body()).contains("\"parameter\":\"types\"");
        assertThat(client.get("/api/v1/search?q=fudan&limit=0").body()).contains("\"parameter\":\"limit\"");
        assertThat(client.get("/api/v1/search?q=fudan&limit=51").statusCode()).isEqualTo(400);
        assertThat(client.get("/api/v1/search?q=fudan&page=0").body()).contains("\"parameter\":\"page\"");
        assertThat(client.get("/api/v1/search?q=fudan&types=follow-up,ENGAGEMENT").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fudan AND (", "\"fudan", "fudan~2", "fu*an", "title:fudan", "[fudan TO", "{!}",
            "fudan^10", "\\\\", "&& ||", "/fud.*/", "+-!():^[]\"{}~*?|&/"})
    void luceneSyntaxNeverCausesAnError(String text) {
        var answer = viewerOfFirst().get("/api/v1/search?" + q(text));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void withoutATokenTheSearchIsRefused() {
        assertThat(new ApiClient(server.port, null).get("/api/v1/search?q=fudan").statusCode()).isEqualTo(401);
    }
}
