package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.security.ApiTokens;
import app.ponte.security.InvalidAccountInput;
import app.ponte.security.Role;
import app.ponte.security.UserDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A token manages only tokens no wider than itself, and a read-only token none; tokens expire (90 days unless
 * shorter), a user holds at most 20 at once, and each shows when it was last used.
 */
class TokenLimitsTest {

    private static PonteServer server;

    @BeforeAll
    static void start() {
        server = PonteServer.get();
    }

    @Test
    void aViewerTokenCannotRevokeAnOfficerTokenOfTheSameUserNorMintOne() {
        var users = server.bean(UserDirectory.class);
        var tokens = server.bean(ApiTokens.class);
        var officer = users.create("officer-with-tokens", "a long enough password", Role.PROGRAM_OFFICER,
                List.of(World.first.program()));
        var wide = tokens.issue(officer.userId(), "wide", Role.PROGRAM_OFFICER, Set.of());
        var narrow = tokens.issue(officer.userId(), "narrow", Role.VIEWER, Set.of());
        var viewer = new ApiClient(server.port, narrow.secret());

        assertThat(viewer.delete("/api/v1/tokens/" + wide.info().tokenId()).statusCode()).isEqualTo(403);
        assertThat(viewer.post("/api/v1/tokens", "{\"label\": \"sibling\", \"role\": \"VIEWER\"}").statusCode())
                .isEqualTo(403);
        assertThat(tokens.byId(wide.info().tokenId()).orElseThrow().revoked()).isFalse();
        assertThat(tokens.of(officer.userId())).hasSize(2);

        var officerClient = new ApiClient(server.port, wide.secret());
        assertThat(officerClient.delete("/api/v1/tokens/" + narrow.info().tokenId()).statusCode()).isEqualTo(204);
    }

    @Test
    void newTokensExpireAfterTheDefaultLifetimeAtMostAndExpiredOnesAreRefused() {
        var users = server.bean(UserDirectory.class);
        var tokens = server.bean(ApiTokens.class);
        var user = users.create("expiring-tokens", "a long enough password", Role.VIEWER, List.of());

        var issued = tokens.issue(user.userId(), "default", Role.VIEWER, Set.of());
        assertThat(issued.info().expiresAt()).isBetween(Instant.now().plus(Duration.ofDays(89)),
                Instant.now().plus(Duration.ofDays(90)));
        assertThatThrownBy(() -> tokens.issue(user.userId(), "forever", Role.VIEWER, Set.of(),
                Instant.now().plus(Duration.ofDays(400))))
                .isInstanceOf(InvalidAccountInput.class).hasMessageContaining("expiresAt");

        var brief = tokens.issue(user.userId(), "brief", Role.VIEWER, Set.of(), Instant.now().plusMillis(300));
        assertThat(tokens.authenticate(brief.secret())).isPresent();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(2))
                .until(() -> tokens.authenticate(brief.secret()).isEmpty());
        assertThat(new ApiClient(server.port, brief.secret()).get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aUserHoldsAtMostTwentyActiveTokensAndEachShowsWhenItWasLastUsed() {
        var users = server.bean(UserDirectory.class);
        var tokens = server.bean(ApiTokens.class);
        var user = users.create("many-tokens", "a long enough password", Role.VIEWER, List.of());
        ApiTokens.IssuedToken first = null;
        for (int i = 0; i < 20; i++) {
            var issued = tokens.issue(user.userId(), "token " + i, Role.VIEWER, Set.of());
            first = first == null ? issued : first;
        }
        assertThatThrownBy(() -> tokens.issue(user.userId(), "one too many", Role.VIEWER, Set.of()))
                .isInstanceOf(InvalidAccountInput.class).hasMessageContaining("at most 20");

        assertThat(tokens.byId(first.info().tokenId()).orElseThrow().lastUsedAt()).isNull();
        assertThat(new ApiClient(server.port, first.secret()).get("/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(tokens.byId(first.info().tokenId()).orElseThrow().lastUsedAt())
                .isBetween(Instant.now().minusSeconds(10), Instant.now());

        tokens.revoke(first.info().tokenId());
        assertThat(tokens.issue(user.userId(), "in its place", Role.VIEWER, Set.of()).secret()).isNotBlank();
    }

    @Test
    void anIssuedTokenAndAUserAccountPrintNoSecret() {
        var users = server.bean(UserDirectory.class);
        var user = users.create("printed-user", "a long enough password", Role.VIEWER, List.of());
        var issued = server.bean(ApiTokens.class).issue(user.userId(), "printed", Role.VIEWER, Set.of());

        assertThat(issued.toString()).doesNotContain(issued.secret());
        assertThat(user.toString()).doesNotContain(user.passwordHash()).contains("printed-user");
    }
}
