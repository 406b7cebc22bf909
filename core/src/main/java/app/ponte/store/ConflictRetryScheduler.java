package app.ponte.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
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
 * <p>Conflicts are retried with a jittered, growing backoff until a configured time has passed since the command's
 * first conflict (10 s by default); only then does the conflict reach the sender.
 *
 * <p>The retry runs in the thread that met the conflict, which with Axon's local command bus is the sender's own
 * thread, waiting for the result anyway: no thread pool to size or to shut down.
 */
public final class ConflictRetryScheduler implements RetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(ConflictRetryScheduler.class);

    /** The first retry waits up to this long; each further one up to twice as long as the one before. */
    private static final long BASE_BACKOFF_MILLIS = 5;
    /** No single wait is longer, so that a burst that has passed is noticed soon. */
    private static final long MAX_BACKOFF_MILLIS = 250;
    /** What a command gives up after unless configured otherwise: the 409 comes only after this long. */
    public static final Duration DEFAULT_GIVE_UP_AFTER = Duration.ofSeconds(10);

    private final int maxRetries;
    private final long giveUpAfterNanos;
    private final LongSupplier nanoTime;
    private final Predicate<Throwable> isRejection;
    /** When each command still being retried met its first conflict, by command identifier. */
    private final Map<String, Long> firstConflict = new ConcurrentHashMap<>();

    /**
     * @param maxRetries  how many times a command is sent again after conflicts
     * @param isRejection tells the domain's rejections, which are decided once more on fresh state
     */
    public ConflictRetryScheduler(int maxRetries, Predicate<Throwable> isRejection) {
        this(maxRetries, DEFAULT_GIVE_UP_AFTER, System::nanoTime, isRejection);
    }

    /**
     * Sends a conflicting command again, with a jittered backoff, for as long as {@code giveUpAfter} from its first
     * conflict: a burst of commands on one aggregate settles well within that, so the user sees no conflict.
     */
    public static ConflictRetryScheduler givingUpAfter(Duration giveUpAfter, Predicate<Throwable> isRejection) {
        return new ConflictRetryScheduler(Integer.MAX_VALUE, giveUpAfter, System::nanoTime, isRejection);
    }

    ConflictRetryScheduler(int maxRetries, Duration giveUpAfter, LongSupplier nanoTime,
            Predicate<Throwable> isRejection) {
        if (maxRetries < 1) {
            throw new IllegalArgumentException("The conflict retries must be at least 1, was " + maxRetries);
        }
        if (giveUpAfter.isNegative() || giveUpAfter.isZero()) {
            throw new IllegalArgumentException("ponte.commands.conflict-give-up-ms must be positive, was "
                    + giveUpAfter.toMillis());
        }
        this.maxRetries = maxRetries;
        this.giveUpAfterNanos = giveUpAfter.toNanos();
        this.nanoTime = nanoTime;
        this.isRejection = isRejection;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
            List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        // One entry per failed attempt, the first dispatch included.
        boolean freshDecision = failures.size() == 1 && isRejection.test(lastFailure);
        String command = commandMessage.getIdentifier();
        if (!freshDecision && !isConflict(lastFailure)) {
            firstConflict.remove(command);
            return false;
        }
        long now = nanoTime.getAsLong();
        long since = now - firstConflict.computeIfAbsent(command, id -> now);
        if (!freshDecision && (failures.size() > maxRetries || since >= giveUpAfterNanos)) {
            firstConflict.remove(command);
            log.info("Command {} still met conflicts after {} attempts in {} ms; giving up",
                    commandMessage.getCommandName(), failures.size(), since / 1_000_000);
            return false;
        }
        log.debug("Command {} was refused ({}); sending it again, retry {}",
                commandMessage.getCommandName(), lastFailure.getMessage(), failures.size());
        try {
            Thread.sleep(backoffMillis(failures.size()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            firstConflict.remove(command);
            return false;
        }
        try {
            commandDispatch.run();
        } finally {
            // The dispatch ran the retry to its end here, in this thread: it succeeded, or its own retries ended.
            firstConflict.remove(command);
        }
        return true;
    }

    /*
     * "Full jitter": a random wait up to an exponentially growing bound, so that commands that collided spread out
     * instead of colliding again in step.
     */
    static long backoffMillis(int attempt) {
        long bound = Math.min(MAX_BACKOFF_MILLIS, BASE_BACKOFF_MILLIS << Math.min(attempt - 1, 20));
        return ThreadLocalRandom.current().nextLong(bound + 1);
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
