package app.ponte.config.ops;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the screens open on this instance: every Vaadin UI keeps a push connection (the application is
 * {@code @Push}) through which live updates reach it, wall screens included. A UI counts from its creation until
 * it is detached (closed, or dropped when its session ends).
 */
public final class LiveScreens implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            open.incrementAndGet();
            init.getUI().addDetachListener(detach -> open.decrementAndGet());
        });
    }

    /** How many screens are open now. */
    public int open() {
        return open.get();
    }
}
