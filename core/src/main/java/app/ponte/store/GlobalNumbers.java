package app.ponte.store;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The global numbers of one instance's {@link MongoEventStorageEngine}: handing them out to writers without asking
 * the server, finding the head after a number known to be taken, and the readers' gap tracking, which waits for a
 * number in flight and claims one that stayed empty past the gap timeout. See the engine's description for why a
 * number is filled by exactly one of writer or claim.
 */
final class GlobalNumbers {

    private static final Logger log = LoggerFactory.getLogger(GlobalNumbers.class);
    /** Numbers one search request asks about (see {@link #firstFreeAfter}). */
    private static final int SEARCH_POINTS = 63;
    /** Numbers a tracking read looks at beyond the highest one this instance knows to be handed out. */
    static final int HEAD_PROBE = 16;

    private final MongoCollection<Document> events;
    private final Duration gapTimeout;
    private final Clock clock;
    /**
     * The highest global number this instance knows to be taken: handed out to its own writers, or seen stored.
     * Readers wait for a missing number at or below it; beyond it is the head of the stream.
     */
    private final AtomicLong highestKnown = new AtomicLong();
    /** Whether this instance has looked for the head since it started; before that it knows of no number taken. */
    private volatile boolean headFound;
    /** When this instance first saw each number that it is waiting for. */
    private final Map<Long, Instant> missingSince = new ConcurrentHashMap<>();

    GlobalNumbers(MongoCollection<Document> events, Duration gapTimeout, Clock clock) {
        this.events = events;
        this.gapTimeout = gapTimeout;
        this.clock = clock;
    }

    Duration gapTimeout() {
        return gapTimeout;
    }

    /** A reader saw this number stored: it was taken, so a missing one before it is a gap. */
    void seen(long number) {
        highestKnown.accumulateAndGet(number, Math::max);
    }

    /** A reader has delivered every number below this one: it waits for none of them any more. */
    void reached(long next) {
        missingSince.keySet().removeIf(number -> number < next);
    }

    /** The last number taken before the first free one: the head of the stream as far as the store shows it. */
    long head() {
        return learnHeadAfter(highestKnown.get());
    }

    /**
     * Hands out {@code count} consecutive numbers after every number this instance knows to be taken, and returns
     * the first. Only the first call asks the server (for the head); after that it is a local step, so a command
     * costs a single request to store.
     */
    long take(int count) {
        if (!headFound) {
            synchronized (highestKnown) {
                if (!headFound) {
                    learnHeadAfter(highestKnown.get());
                    headFound = true;
                }
            }
        }
        // The numbers handed out are those after the highest known, which then becomes the last of them.
        return highestKnown.accumulateAndGet(count, Long::sum) - count + 1;
    }

    /** Finds the head after a number known to be taken, remembers it as the highest known, and returns it. */
    long learnHeadAfter(long taken) {
        long head = firstFreeAfter(taken) - 1;
        highestKnown.accumulateAndGet(head, Math::max);
        return head;
    }

    /**
     * A number after {@code taken} that is free while the number before it is taken: where a writer can commit
     * without leaving a hole. Numbers are taken from the bottom up, so the search first doubles its step until it
     * meets a free number, then narrows the span between the last taken and the first free one; each step asks
     * about up to {@value #SEARCH_POINTS} numbers in one {@code $in} read, so a store of a million events is searched
     * in five reads. A number in flight may make the answer lower than the true head; the insert then fails again
     * and the search goes on from there.
     */
    long firstFreeAfter(long taken) {
        long low = taken;
        long high = Long.MAX_VALUE;
        List<Long> probes = LongStream.range(0, 62).map(power -> taken + (1L << power)).boxed().toList();
        while (true) {
            // Probes ascend strictly between low and high: the last taken one raises low, the first free one is high.
            Set<Long> present = present(probes);
            for (long number : probes) {
                if (!present.contains(number)) {
                    high = number;
                    break;
                }
                low = number;
            }
            if (high == Long.MAX_VALUE) {
                throw new IllegalStateException("No free global number after " + taken);
            }
            if (high - low == 1) {
                return high;
            }
            long span = high - low;
            int points = (int) Math.min(SEARCH_POINTS, span - 1);
            List<Long> between = new ArrayList<>(points);
            for (int i = 1; i <= points; i++) {
                between.add(low + span * i / (points + 1));
            }
            probes = between;
        }
    }

    /** Which of the given numbers are taken, by events or a claim. */
    private Set<Long> present(List<Long> numbers) {
        Set<Long> present = new HashSet<>();
        for (Document commit : events.find(in("g", numbers))) {
            for (Number number : commit.getList("g", Number.class)) {
                present.add(number.longValue());
            }
        }
        present.retainAll(numbers);
        return present;
    }

    /** Fills numbers that will never hold events, so that no reader waits for them. */
    void claimAll(List<Long> numbers) {
        for (Long number : numbers) {
            claim(number);
        }
    }

    /** Returns true when this call claimed the number, false when it was already taken (by events or a claim). */
    private boolean claim(long number) {
        try {
            events.insertOne(new Document("_id", number).append("g", List.of(number)));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /**
     * How many numbers a tracking read asks for: the ones known to be taken, and a few beyond them, up to the
     * batch size. At the head of the stream most of a full batch would be numbers nobody holds yet, and each
     * number in an {@code $in} costs the server a lookup (the embedded server also sorts them), so a tail that
     * follows the writers asks only for the numbers they took plus a probe for other nodes' commits.
     */
    int windowSize(long next, int batchSize) {
        long pending = Math.max(0, highestKnown.get() - next + 1);
        return (int) Math.min(batchSize, pending + HEAD_PROBE);
    }

    /**
     * Decides what to do about a number the reader cannot see. A number with nothing known beyond it is the head
     * of the stream: whoever holds it will store it, or, if that writer died, the next writer takes it. A number
     * below one known to be taken is waited for, and claimed once it has been missing for the gap timeout.
     */
    boolean claimIfAbandoned(long number, List<Long> window, Set<Long> present) {
        long reserved = highestKnown.get();
        if (number > reserved) {
            return false;
        }
        Instant now = clock.instant();
        // Start the clock for every number of the window that is missing now, so that when a dead writer left
        // several, they are all due together instead of one gap timeout after another.
        for (Long candidate : window) {
            if (candidate <= reserved && !present.contains(candidate)) {
                missingSince.putIfAbsent(candidate, now);
            }
        }
        Instant since = missingSince.computeIfAbsent(number, n -> now);
        if (Duration.between(since, now).compareTo(gapTimeout) < 0) {
            return false;
        }
        if (claim(number)) {
            log.warn("Global number {} was handed out but stayed empty for {}; claimed it as empty", number,
                    gapTimeout);
        }
        missingSince.remove(number);
        return true;
    }
}
