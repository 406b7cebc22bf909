package app.ponte.layout;

import app.ponte.security.AccessDenied;
import app.ponte.security.UnknownRecord;
import com.vaadin.flow.component.HasComponents;
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
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * "Not found", for an address that names no screen, a record that cannot exist (an id that is not an id), a record
 * that does not exist, and a record the signed-in user may not see. The last two give the very same page, as the API
 * gives the same 404: telling them apart would confirm to a member of one program that another's record exists.
 * Such an address is a typo or a stale link, not a failure of Ponte, so it is not answered as an internal error.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        setId("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(this, event);
    }

    /**
     * Fills {@code page} with the one "not found" text, which names the address asked for and nothing else (no
     * exception, no reason), and answers its status. Every error screen that stands for "not found" uses it.
     */
    static int show(HasComponents page, BeforeEnterEvent event) {
        page.removeAll();
        var component = (com.vaadin.flow.component.Component) page;
        page.add(Accessibility.screenTitle(component.getTranslation("notFound.title")),
                new Paragraph(component.getTranslation("notFound.detail", event.getLocation().getPath())));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /**
     * The record a screen opens, loaded by {@code load}; or empty, after sending the navigation to "not found", when
     * it does not exist ({@code exists} says no, or the gateway finds no program for it) or when the caller may not
     * see it. Both end on the same page.
     */
    public static <T> Optional<T> visibleRecord(BeforeEnterEvent event, Supplier<T> load, Predicate<T> exists) {
        T record;
        try {
            record = load.get();
        } catch (AccessDenied | UnknownRecord hidden) {
            record = null;
        } catch (CompletionException failed) {
            if (!(failed.getCause() instanceof AccessDenied || failed.getCause() instanceof UnknownRecord)) {
                throw failed;
            }
            record = null;
        }
        if (record == null || !exists.test(record)) {
            event.rerouteToError(NotFoundException.class, "no such record");
            return Optional.empty();
        }
        return Optional.of(record);
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
