package app.ponte.store;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.bson.Document;

/**
 * MongoDB applies each single-document write atomically; the embedded server does not: two concurrent
 * {@code findAndModify} with {@code $inc} can both read the old value, and two conditional updates can both match.
 * Counters and token claims rely on that atomicity, so the embedded backends run data-changing commands one at a
 * time. Reads still run concurrently.
 *
 * <p>A durable backend must also commit a write before it is answered. Committing is what costs (it writes a chunk
 * to the file), so writes are committed in groups: a writer applies its change under the lock, lets go of it and
 * waits until a commit covers its change. The first waiter not yet covered commits, with the lock held so that no
 * write is half applied in what it stores, every write applied up to then; the writers that queued behind it meanwhile
 * are covered by the next commit. One writer alone commits as before; sixteen share a commit.
 */
final class AtomicWrites {

    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
            "createindexes", "dropindexes", "drop", "dropdatabase", "create", "renamecollection");

    /** Makes every write applied so far durable; runs with the write lock held. */
    interface Commit {
        void run();
    }

    private static final Commit NONE = () -> {
    };

    // Fair: a writer about to commit queues behind the writers already waiting to apply theirs, so that its commit
    // covers them too (an unfair lock let it barge ahead and commit its write alone).
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Commit commit;

    /** Writes applied so far; guarded by {@link #lock}. */
    private long applied;

    private final Object durability = new Object();
    /** Writes covered by a finished commit; guarded by {@link #durability}. */
    private long durable;
    /** Whether a writer is committing right now; guarded by {@link #durability}. */
    private boolean committing;

    private final LongAdder writes = new LongAdder();
    private final LongAdder commits = new LongAdder();

    /** Atomic writes that need no commit (the memory backend). */
    AtomicWrites() {
        this(NONE);
    }

    AtomicWrites(Commit commit) {
        this.commit = commit;
    }

    private static boolean changesData(String command) {
        return WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT));
    }

    /**
     * Runs a command; a data-changing one alone, and answered only once a commit covers it (also when it fails: a
     * write of several documents may have applied some of them before it failed).
     */
    Document handle(String command, Supplier<Document> handler) {
        if (!changesData(command)) {
            return handler.get();
        }
        long ticket;
        Document result = null;
        RuntimeException failure = null;
        lock.lock();
        try {
            // The memory backend answers with its live document; copied here, before the next write changes it.
            result = handler.get().cloneDeeply();
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            ticket = ++applied;
            lock.unlock();
        }
        writes.increment();
        if (commit != NONE) {
            awaitCommitted(ticket);
        }
        if (failure != null) {
            throw failure;
        }
        return result;
    }

    /**
     * Runs {@code work} with no write under way, then commits it and every write before it: for maintenance of
     * the store's file.
     */
    void exclusively(Runnable work) {
        lock.lock();
        try {
            work.run();
            commitHoldingLock();
        } finally {
            lock.unlock();
        }
    }

    private void awaitCommitted(long ticket) {
        boolean interrupted = false;
        try {
            synchronized (durability) {
                while (durable < ticket && committing) {
                    try {
                        durability.wait();
                    } catch (InterruptedException e) {
                        // The write is applied: it must not be answered before it is durable.
                        interrupted = true;
                    }
                }
                if (durable >= ticket) {
                    return;
                }
                committing = true;
            }
            long covered = 0;
            try {
                lock.lock();
                try {
                    covered = applied;
                    commit.run();
                    commits.increment();
                } finally {
                    lock.unlock();
                }
            } finally {
                synchronized (durability) {
                    committing = false;
                    durable = Math.max(durable, covered);
                    durability.notifyAll();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void commitHoldingLock() {
        long covered = applied;
        commit.run();
        commits.increment();
        synchronized (durability) {
            durable = Math.max(durable, covered);
            durability.notifyAll();
        }
    }

    /** Data-changing commands handled so far. */
    long writes() {
        return writes.sum();
    }

    /** Commits made so far (none for a backend that needs none). */
    long commits() {
        return commits.sum();
    }
}
