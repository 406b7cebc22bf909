package app.ponte.security;

import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

/**
 * Reloads the open screens of a session whose role {@link LiveAuthorities} found changed: a view already on screen
 * was let in under the old role, and only a new navigation decides its access again (Vaadin's view annotations are
 * checked when a view is entered). Screens the user may still see come back as they were; the others give way to
 * the access-denied page.
 */
class LiveUiAccess implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new ReloadChanged());
    }

    private static final class ReloadChanged implements RequestHandler {

        @Override
        public boolean handleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response) {
            WrappedSession http = request.getWrappedSession(false);
            if (http != null && http.getAttribute(LiveAuthorities.CHANGED) != null) {
                http.removeAttribute(LiveAuthorities.CHANGED);
                session.access(() -> session.getUIs().forEach(ui -> ui.getPage().reload()));
            }
            return false;
        }
    }
}
