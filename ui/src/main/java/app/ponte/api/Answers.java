package app.ponte.api;

import app.ponte.shared.Futures;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Waits for a query's answer and lets its own exception through, so the problem details can name it. */
final class Answers {

    private Answers() {
    }

    static <T> List<T> list(QueryGateway queries, Object query, Class<T> entry) {
        return Futures.join(queries.query(query, ResponseTypes.multipleInstancesOf(entry)));
    }

    static <T> T one(QueryGateway queries, Object query, Class<T> answer) {
        return Futures.join(queries.query(query, answer));
    }
}
