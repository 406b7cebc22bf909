package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.admin.UserAdministration;
import app.ponte.calendar.CalendarLinks;
import app.ponte.security.AccessDenied;
import app.ponte.security.ApiTokens;
import app.ponte.security.Role;
import app.ponte.security.UserDirectory;
import app.ponte.wall.DisplayLinks;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every change of access, made as an administrator does it, is in the audit log with who made it, in which role and
 * from where, to administrators only; and the stored events hold no password hash, token secret or its hash.
 */
class PrivilegeAuditTest {

    private static PonteServer server;

    @BeforeAll
    static void start() {
        server = PonteServer.get();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyChangeOfAccessIsInTheAuditLogWithItsActorAndNoSecret() {
        String before = String.valueOf(server.events());
        ProgramScopingTest.signInToTheUi(Role.ADMINISTRATOR);
        var admin = server.bean(UserDirectory.class).byUsername("user-administrator").orElseThrow();
        var users = server.bean(UserAdministration.class);
        String name = "priv-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "a password nobody guesses " + UUID.randomUUID();
        var user = users.create(name, password, Role.PROGRAM_OFFICER, Set.of(World.first.program()));
        users.change(user.userId(), Role.VIEWER, Set.of(World.first.program()));
        users.change(user.userId(), Role.VIEWER, Set.of(World.first.program(), World.second.program()));
        users.enable(user.userId(), false);
        users.enable(user.userId(), true);
        var token = users.issueToken(user.userId(), "nightly report", Role.VIEWER);
        users.revoke(token.info().tokenId());
        var wall = server.bean(DisplayLinks.class).create("Lobby " + name, World.first.program(), null, null);
        server.bean(DisplayLinks.class).revoke(wall.link().linkId());
        var feed = server.bean(CalendarLinks.class).create(user.userId());
        server.bean(CalendarLinks.class).revokeAll(user.userId());
        SecurityContextHolder.clearContext();

        var administrator = new ApiClient(server.port, World.TOKENS_IN_FIRST.get(Role.ADMINISTRATOR));
        List<String> expected = List.of("User created", "User role changed", "User programs changed",
                "User disabled", "User enabled", "Api token issued", "Api token revoked", "Display link created",
                "Display link revoked", "Calendar link created", "Calendar link revoked");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            var export = administrator.get("/api/v1/audit.csv?recordType=access&user=" + admin.userId());
            assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
            var lines = Arrays.stream(export.body().split("\n")).skip(1).toList();
            for (String event : expected) {
                assertThat(lines).as("an audit line for %s, by the administrator", event)
                        .anyMatch(line -> line.contains("," + event + ",") && line.contains(admin.userId())
                                && line.contains(",ADMINISTRATOR,UI,"));
            }
        });
        var forTheUser = administrator.get("/api/v1/audit.csv?recordType=access").body();
        assertThat(forTheUser).contains(name).contains("nightly report");

        // A cluster manager audits programs, not who holds access to the system.
        var clusterManager = new ApiClient(server.port, World.TOKENS_IN_FIRST.get(Role.CLUSTER_MANAGER));
        var scoped = clusterManager.get("/api/v1/audit.csv?recordType=access");
        assertThat(scoped.statusCode()).isEqualTo(200);
        assertThat(scoped.body()).doesNotContain(user.userId()).doesNotContain(name);

        // The stored bytes of every event about this user, their token and links: no secret, no hash of one.
        var stored = new ArrayList<String>();
        var ids = List.of(user.userId(), token.info().tokenId(), wall.link().linkId(), feed.link().linkId());
        server.bean(MongoDatabase.class).getCollection("events").find().forEach(document -> {
            String json = document.toJson();
            if (ids.stream().anyMatch(json::contains)) {
                stored.add(json);
            }
        });
        assertThat(stored).as("events stored about the user, token and links (from %s on)", before)
                .hasSizeGreaterThanOrEqualTo(expected.size());
        String passwordHash = server.bean(UserDirectory.class).byId(user.userId()).orElseThrow().passwordHash();
        String tokenHash = server.bean(MongoDatabase.class).getCollection("security_api_tokens")
                .find(Filters.eq("_id", token.info().tokenId())).first().getString("hash");
        for (String json : stored) {
            assertThat(json).doesNotContain(password).doesNotContain(passwordHash).doesNotContain("argon2")
                    .doesNotContain(token.secret()).doesNotContain(tokenHash)
                    .doesNotContain(wall.token()).doesNotContain(ApiTokens.hash(wall.token()))
                    .doesNotContain(feed.token()).doesNotContain(ApiTokens.hash(feed.token()));
        }
    }

    @Test
    void onlyAnAdministratorsGatewayMayChangeAUsersAccess() {
        ProgramScopingTest.signInToTheUi(Role.PROGRAM_OFFICER);
        var target = server.bean(UserDirectory.class).byUsername("user-viewer").orElseThrow();
        long before = server.events();
        assertThatThrownBy(() -> server.bean(UserDirectory.class).changeRole(target.userId(), Role.ADMINISTRATOR,
                Set.of())).isInstanceOf(AccessDenied.class);
        assertThat(server.events()).as("events written by a refused change").isEqualTo(before);
        assertThat(server.bean(UserDirectory.class).byId(target.userId()).orElseThrow().role())
                .as("the document is not written when the event is refused").isEqualTo(Role.VIEWER);
    }
}
