package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.security.Role;
import app.ponte.security.SignInLog;
import app.ponte.security.UserDirectory;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The sign-in as the form's filter performs it, with the application's user store, password hashes and event
 * publisher: wrong passwords are counted and recorded, the fifth locks the account, and a locked account is refused
 * even with the right password.
 */
class SignInLockoutTest {

    private static PonteServer server;
    private static ProviderManager signIn;

    @BeforeAll
    static void start() {
        server = PonteServer.get();
        var provider = new DaoAuthenticationProvider(server.bean(UserDetailsService.class));
        provider.setPasswordEncoder(server.bean(PasswordEncoder.class));
        signIn = new ProviderManager(provider);
        signIn.setAuthenticationEventPublisher(server.bean(AuthenticationEventPublisher.class));
    }

    private static void attempt(String username, String password) {
        signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
        var users = server.bean(UserDirectory.class);
        users.create("careless", "the right password", Role.VIEWER, List.of());

        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("careless", "a wrong password")).isInstanceOf(BadCredentialsException.class);
        }
        attempt("careless", "the right password");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt("careless", "a wrong password")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> attempt("careless", "the right password")).isInstanceOf(LockedException.class);
        var locked = users.byUsername("careless").orElseThrow();
        assertThat(locked.lockedUntil()).isAfter(java.time.Instant.now().plus(java.time.Duration.ofMinutes(14)));
        assertThat(server.bean(SignInLog.class).of("careless")).extracting(SignInLog.Attempt::outcome)
                .contains("SIGNED_IN", "BAD_CREDENTIALS", "LOCKED");

        users.unlock(locked.userId());
        attempt("careless", "the right password");
    }
}
