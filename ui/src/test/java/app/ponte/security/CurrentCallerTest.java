package app.ponte.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.ponte.program.ProgramId;
import app.ponte.shared.Source;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A screen refreshed by a live update queries from a background thread inside UI.access: the thread has no
 * security context, but the UI session it works for keeps the signed-in user.
 */
class CurrentCallerTest {

    private static final ProgramId PROGRAM = ProgramId.random();
    private static final Caller OFFICER = new Caller("u-1", "officer", Role.PROGRAM_OFFICER, Set.of(PROGRAM), false,
            Source.UI);

    private final CurrentCaller currentCaller = new CurrentCaller(null, null);

    @AfterEach
    void clear() {
        VaadinSession.setCurrent(null);
        SecurityContextHolder.clearContext();
    }

    @Test
    void aThreadWithoutSecurityContextServingASignedInSessionActsForThatSessionsUser() {
        SecurityContextHolder.clearContext();
        VaadinSession.setCurrent(sessionSignedInAs(OFFICER));

        assertThat(currentCaller.current()).contains(OFFICER);
        assertThat(currentCaller.programScope()).containsExactly(PROGRAM);
    }

    @Test
    void aThreadWithNeitherSecurityContextNorSessionHasNoCaller() {
        SecurityContextHolder.clearContext();

        assertThat(currentCaller.current()).isEmpty();
    }

    @Test
    void aSessionWithoutSignedInUserGivesNoCaller() {
        var session = mock(VaadinSession.class);
        when(session.getSession()).thenReturn(mock(WrappedSession.class));
        VaadinSession.setCurrent(session);

        assertThat(currentCaller.current()).isEmpty();
    }

    private static VaadinSession sessionSignedInAs(Caller caller) {
        var wrapped = mock(WrappedSession.class);
        when(wrapped.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .thenReturn(new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated(caller, null, List.of())));
        var session = mock(VaadinSession.class);
        when(session.getSession()).thenReturn(wrapped);
        return session;
    }
}
