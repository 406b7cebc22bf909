package app.ponte.security;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs a user in for browserless view tests, as the sign-in form would: Spring Security's context for the
 * application's checks, and the faked request's principal and roles for Vaadin's view annotations (Karibu starts no
 * servlet filters). Call before {@code MockVaadin.setup}.
 */
public final class UiSignIn {

    private UiSignIn() {
    }

    public static void as(ApplicationContext context, String username) {
        var user = context.getBean(UserDirectory.class).byUsername(username)
                .orElseThrow(() -> new IllegalStateException("No user " + username));
        var details = new PonteUserDetails(user.userId(), user.username(), user.passwordHash(), user.role(), true,
                false);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockVaadin.setMockRequestFactory(session -> {
            var request = new FakeRequest(session);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> user.role().name().equals(role));
            return request;
        });
    }

    public static void out() {
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
    }
}
