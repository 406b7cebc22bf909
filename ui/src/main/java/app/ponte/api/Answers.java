package app.ponte.api;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Waits for a query's answer and lets its own exception through, so the problem details can name it. */
final class Answers {

    private Answers() {
    }

    static <T> List<T> list(QueryGateway queries, Object query, Class<T> entry) {
        return join(queries.query(query, ResponseTypes.multipleInstancesOf(entry)));
    }

    static <T> T one(QueryGateway queries, Object query, Class<T> answer) {
        return join(queries.query(query, answer));
    }

    private static <T> T join(CompletableFuture<T> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
