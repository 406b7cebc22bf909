package app.ponte.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The sign-in page; Spring Security checks the form it posts to {@code /login}. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Ponte")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setId("sign-in");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new H1("Ponte"), form);
        // Outside the main layout, the screen names its own main region.
        getElement().setAttribute("role", "main");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Spring Security sends a failed or locked sign-in back here with ?error; it does not say which, on purpose.
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
