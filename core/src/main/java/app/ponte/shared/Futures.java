package app.ponte.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one way Ponte takes a failure out of an asynchronous answer: gateways complete their futures with the domain's
 * own exception wrapped in {@link CompletionException} (sometimes twice, or in an {@link ExecutionException}), and
 * every caller wants the domain's exception itself, to word it or map it to a status.
 */
public final class Futures {

    private Futures() {
    }

    /** The failure itself, out of every wrapper an asynchronous result puts around it. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * Waits for the answer; a failure is thrown as the unwrapped exception when that is unchecked, so callers catch
     * the domain's own types, and as it came otherwise.
     */
    public static <T> T join(CompletableFuture<T> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
