package app.ponte.security;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When an action on a screen fails because the data store cannot be reached, the screen says so in a banner across
 * its top, in the user's language, rather than failing silently or with a generic error: nothing was saved, and
 * trying again later is the remedy. Every other error goes to Vaadin's default handling.
 */
@Component
public class StoreUnavailableBanner implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(StoreUnavailableBanner.class);
    static final String BANNER_ID = "store-unavailable";

    private final transient ErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (!StoreUnavailable.causedBy(event.getThrowable()) || ui == null) {
            fallback.error(event);
            return;
        }
        log.warn("A screen action failed: the data store cannot be reached ({})", event.getThrowable().toString());
        show(ui);
    }

    /** Shows the banner on {@code ui}, once: a second failure while it is up adds nothing. */
    public static void show(UI ui) {
        // The notification joins the UI only with the next response, so the open one is remembered on the UI.
        if (ComponentUtil.getData(ui, BANNER_ID) != null) {
            return;
        }
        var banner = new Notification(ui.getTranslation("store.unavailable"), 0, Notification.Position.TOP_STRETCH);
        banner.setId(BANNER_ID);
        banner.addThemeVariants(NotificationVariant.LUMO_ERROR);
        banner.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                ComponentUtil.setData(ui, BANNER_ID, null);
                banner.removeFromParent();
            }
        });
        banner.getElement().addEventListener("click", click -> banner.close());
        ComponentUtil.setData(ui, BANNER_ID, banner);
        banner.open();
    }
}
