package app.ponte.layout;

import app.ponte.layout.Accessibility;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Not found", for an address that names no screen or a record that cannot exist (an id that is not an id). Such an
 * address is a typo or a stale link, not a failure of Ponte, so it is not answered as an internal error.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        setId("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(Accessibility.screenTitle(getTranslation("notFound.title")),
                new Paragraph(getTranslation("notFound.detail", event.getLocation().getPath())));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /**
     * The record id in the route parameter, or empty after sending the navigation to "not found" when the
     * parameter is missing or is not an id at all.
     */
    public static <T> Optional<T> recordId(BeforeEnterEvent event, String parameter, Function<String, T> parse) {
        var text = event.getRouteParameters().get(parameter);
        try {
            return Optional.of(parse.apply(text.orElseThrow(IllegalArgumentException::new)));
        } catch (RuntimeException notAnId) {
            event.rerouteToError(NotFoundException.class, parameter + " is not an id");
            return Optional.empty();
        }
    }
}
