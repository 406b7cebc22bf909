package app.ponte.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The embedded file backend. H2's store left to itself commits about once a second, from a background thread and
 * at any moment, possibly in the middle of a write (a document stored, its index entries not yet): so its automatic
 * commits are off, and this backend commits itself, with no write under way, before it answers any command that
 * changes data. Every acknowledged write is durable, and writers waiting at the same time share one commit (see
 * {@link AtomicWrites}).
 *
 * <p>The file follows the data: every commit writes a new chunk, and an old chunk's space is only reused once none
 * of its pages is live, so a few live pages keep whole old chunks (and old copies of documents) in the file. Every
 * few seconds the live pages of sparse chunks are written again (between writes, as a commit),
 * which frees those chunks; at start a large file is copied, live data only, into a fresh file that replaces it.
 */
final class DurableH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

    /** Chunks whose live share is under this are rewritten. */
    static final int TARGET_FILL_RATE = 75;
    /** At most this much is rewritten in one step, so that writers wait for it no longer than for a few commits. */
    private static final int REWRITE_BYTES_PER_STEP = 2 << 20;
    private static final long MAINTENANCE_PERIOD_MS = 2_000;

    private final MVStore store;
    private final AtomicWrites writes;
    private final ScheduledExecutorService maintenance;

    DurableH2Backend(String fileName) {
        this(open(rewritten(fileName)));
    }

    private DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
        this.writes = new AtomicWrites(store::commit);
        this.maintenance = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-store-compaction");
            thread.setDaemon(true);
            return thread;
        });
        maintenance.scheduleWithFixedDelay(this::compact, MAINTENANCE_PERIOD_MS, MAINTENANCE_PERIOD_MS,
                TimeUnit.MILLISECONDS);
    }

    private static MVStore open(String fileName) {
        // No commit by time (a background thread) nor by the size of unsaved changes (the writing thread, in the
        // middle of a put): only the commits of AtomicWrites, between writes. Pages are not compressed: the erasure
        // tests search every byte of the file for what it must no longer hold, and compressed pages would hide old
        // copies from that search without removing them; compaction is what keeps the file small.
        return new MVStore.Builder().fileName(fileName).autoCommitDisabled().autoCommitBufferSize(0).open();
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        return writes.handle(command, () -> super.handleCommand(channel, databaseName, command, query));
    }

    /** Rewrites the live pages of sparse chunks, a step at a time, between writes. */
    void compact() {
        try {
            FileStore<?> file = store.getFileStore();
            if (!store.isClosed() && file.getChunksFillRate() < TARGET_FILL_RATE) {
                writes.exclusively(() -> store.compact(TARGET_FILL_RATE, REWRITE_BYTES_PER_STEP));
            }
        } catch (RuntimeException e) {
            // Compaction is housekeeping: a failure must not stop the store, the next round tries again.
            log.warn("Compacting the embedded store failed", e);
        }
    }

    /**
     * Copies the live data of a file left by an earlier run into a fresh file that replaces it, before the store opens
     * it: moving chunks inside the file (H2's compactFile) still left it many times its data, and old copies of
     * documents with it. The copy is written beside the file and renamed over it, so a crash leaves one or the other.
     */
    private static String rewritten(String fileName) {
        Path file = Path.of(fileName);
        try {
            if (!Files.exists(file) || Files.size(file) < 4 << 20) {
                return fileName;
            }
            long before = Files.size(file);
            MVStoreTool.compact(fileName, false);
            log.info("Rewrote the embedded store's file from {} to {} bytes", before, Files.size(file));
            return fileName;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + file, e);
        }
    }

    @Override
    public void close() {
        maintenance.shutdown();
        try {
            // A compaction step under way finishes before the store closes under it.
            maintenance.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        super.close();
    }

    AtomicWrites writes() {
        return writes;
    }
}
