package app.ponte.store;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command again when its append was rejected as a concurrency conflict, so that a user never sees a conflict
 * that only arose because this node decided on an outdated aggregate (a cached one another node has changed since,
 * or two nodes deciding at once). The rejected unit of work dropped the cached aggregate, so the retry decides on
 * fresh state.
 *
 * <p>A domain rejection is an answer, but a cached copy may be stale without any conflict showing: the aggregate
 * refuses on state another node has changed since, and nothing is appended for the unique key to reject. Such a
 * rejection is decided once more, on fresh state (the rollback dropped the copy), and that second answer is
 * returned whatever it is. Rejections are rare, so the extra load costs little; it is what keeps a cache on several
 * nodes from ever answering a user from outdated state.
 *
 * <p>The retry runs in the thread that met the conflict, which with Axon's local command bus is the sender's own
 * thread, waiting for the result anyway: no thread pool to size or to shut down.
 */
public final class ConflictRetryScheduler implements RetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(ConflictRetryScheduler.class);

    /** A few milliseconds of random wait, so that two nodes racing on one aggregate do not collide again. */
    private static final long MAX_BACKOFF_MILLIS = 5;

    private final int maxRetries;
    private final Predicate<Throwable> isRejection;

    /**
     * @param maxRetries  how many times a command is sent again after conflicts
     * @param isRejection tells the domain's rejections, which are decided once more on fresh state
     */
    public ConflictRetryScheduler(int maxRetries, Predicate<Throwable> isRejection) {
        if (maxRetries < 1) {
            throw new IllegalArgumentException("The conflict retries must be at least 1, was " + maxRetries);
        }
        this.maxRetries = maxRetries;
        this.isRejection = isRejection;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
            List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        // One entry per failed attempt, the first dispatch included.
        boolean freshDecision = failures.size() == 1 && isRejection.test(lastFailure);
        if (!freshDecision && (failures.size() > maxRetries || !isConflict(lastFailure))) {
            return false;
        }
        log.debug("Command {} was refused ({}); sending it again, retry {} of {}",
                commandMessage.getCommandName(), lastFailure.getMessage(), failures.size(), maxRetries);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(MAX_BACKOFF_MILLIS * failures.size() + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        commandDispatch.run();
        return true;
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
