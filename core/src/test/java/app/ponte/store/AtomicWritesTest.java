package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.Document;

class AtomicWritesTest {

    /** A fake store: counts writes applied and what each commit made durable. */
    private static final class Store {
        final AtomicInteger applied = new AtomicInteger();
        volatile int durable;
        final AtomicInteger inWrite = new AtomicInteger();
        volatile boolean committedDuringWrite;

        Document write() {
            inWrite.incrementAndGet();
            int n = applied.incrementAndGet();
            inWrite.decrementAndGet();
            return new Document("n", n);
        }

        void commit() {
            committedDuringWrite |= inWrite.get() != 0;
            durable = applied.get();
        }
    }

    @Test
    void writersWaitingTogetherShareOneCommitAndEachIsAnsweredOnlyOnceDurable() throws Exception {
        Store store = new Store();
        CountDownLatch firstCommitStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstCommit = new CountDownLatch(1);
        AtomicInteger commitCalls = new AtomicInteger();
        AtomicWrites writes = new AtomicWrites(() -> {
            if (commitCalls.incrementAndGet() == 1) {
                firstCommitStarted.countDown();
                await(releaseFirstCommit);
            }
            store.commit();
        });
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            List<Boolean> durableWhenAnswered = new ArrayList<>();
            Future<Boolean> first = pool.submit(() -> {
                int n = (Integer) writes.handle("insert", store::write).get("n");
                return store.durable >= n;
            });
            assertThat(firstCommitStarted.await(10, TimeUnit.SECONDS)).isTrue();
            // Eight more writers arrive while the first commit is under way: they queue for the lock, which the
            // committing writer holds.
            List<Future<Boolean>> others = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                others.add(pool.submit(() -> {
                    int n = (Integer) writes.handle("update", store::write).get("n");
                    return store.durable >= n;
                }));
            }
            Thread.sleep(200);
            releaseFirstCommit.countDown();
            durableWhenAnswered.add(first.get(10, TimeUnit.SECONDS));
            for (Future<Boolean> other : others) {
                durableWhenAnswered.add(other.get(10, TimeUnit.SECONDS));
            }

            assertThat(writes.writes()).isEqualTo(9);
            assertThat(store.durable).as("every write is durable").isEqualTo(9);
            assertThat(durableWhenAnswered).as("no write was answered before a commit covered it")
                    .containsOnly(true);
            assertThat(writes.commits()).as("nine writes, shared commits").isLessThan(9).isGreaterThanOrEqualTo(2);
            assertThat(store.committedDuringWrite).as("no commit while a write is half applied").isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneWriterAtATimeCommitsEachWriteBeforeItIsAnswered() {
        Store store = new Store();
        AtomicWrites writes = new AtomicWrites(store::commit);

        for (int i = 1; i <= 5; i++) {
            writes.handle("findAndModify", store::write);
            assertThat(store.durable).isEqualTo(i);
        }
        assertThat(writes.commits()).isEqualTo(5);
    }

    @Test
    void readsAreNeitherSerializedNorCommitted() {
        Store store = new Store();
        AtomicWrites writes = new AtomicWrites(store::commit);

        writes.handle("find", () -> new Document("ok", 1));

        assertThat(writes.writes()).isZero();
        assertThat(writes.commits()).isZero();
    }

    @Test
    void aFailedWriteIsCommittedBeforeItsErrorIsAnswered() {
        Store store = new Store();
        AtomicWrites writes = new AtomicWrites(store::commit);

        try {
            writes.handle("insert", () -> {
                store.write();
                throw new IllegalStateException("duplicate key in the second document");
            });
        } catch (IllegalStateException expected) {
            // the first document was applied before the failure
        }

        assertThat(store.durable).isEqualTo(1);
    }

    @Test
    void manyConcurrentWritersAreAllDurableWithFewerCommitsThanWrites() throws Exception {
        Store store = new Store();
        AtomicWrites writes = new AtomicWrites(() -> {
            store.commit();
            sleep(1);
        });
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 1_600; i++) {
                results.add(pool.submit(() -> {
                    int n = (Integer) writes.handle("insert", store::write).get("n");
                    // Answered: this writer's write is durable.
                    return store.durable >= n;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.durable).isEqualTo(1_600);
        assertThat(writes.commits()).isLessThan(1_600);
        assertThat(store.committedDuringWrite).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
