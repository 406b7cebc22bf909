package app.ponte.layout;

import app.ponte.live.LiveQuery;
import app.ponte.live.ReadModelChanged;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps a view fresh: while it is attached, a live query tells it whenever its read model changed (on any instance),
 * and the view reloads what it shows.
 */
@Service
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final QueryGateway queries;

    LiveUpdates(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * Calls {@code refresh} in the view's UI after each change concerning {@code query}, from attach to detach.
     * {@code answer} is what the query's handler answers, which a subscription must name.
     */
    public void keepFresh(Component view, LiveQuery query, ResponseType<?> answer, Runnable refresh) {
        SubscriptionQueryResult<?, ReadModelChanged>[] open = new SubscriptionQueryResult[1];
        view.addAttachListener(attach -> {
            var ui = attach.getUI();
            open[0] = queries.subscriptionQuery(query, answer, ResponseTypes.instanceOf(ReadModelChanged.class));
            open[0].updates().subscribe(change -> access(ui, refresh), LiveUpdates::ended);
        });
        view.addDetachListener(detach -> {
            if (open[0] != null) {
                open[0].cancel();
                open[0] = null;
            }
        });
    }

    private static void access(UI ui, Runnable refresh) {
        if (ui.isAttached()) {
            ui.access(refresh::run);
        }
    }

    private static void ended(Throwable reason) {
        log.debug("A live query ended: {}", reason.toString());
    }
}
