package app.ponte.layout;

import app.ponte.security.AccessDenied;
import app.ponte.security.UnknownRecord;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a screen shows when opening it failed. Vaadin's own page names the exception, its message and, outside
 * production mode, its stack: enough to learn which query was refused and why. Here a refusal or an unknown record
 * anywhere in the cause is "not found", the same page as for a mistyped address; anything else is a plain apology,
 * and the exception goes to the log only.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    public UnexpectedErrorView() {
        setId("error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (hidden(parameter.getCaughtException())) {
            setId("not-found");
            return NotFoundView.show(this, event);
        }
        log.error("Opening {} failed", event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        add(Accessibility.screenTitle(getTranslation("errorPage.title")),
                new Paragraph(getTranslation("error.unexpected")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private static boolean hidden(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AccessDenied || cause instanceof UnknownRecord) {
                return true;
            }
        }
        return false;
    }
}
