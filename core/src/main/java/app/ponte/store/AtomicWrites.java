package app.ponte.store;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.bson.Document;

/**
 * MongoDB applies each single-document write atomically; the embedded server does not: two concurrent
 * {@code findAndModify} with {@code $inc} can both read the old value, and two conditional updates can both match.
 * Counters and token claims rely on that atomicity, so the embedded backends run data-changing commands one at a
 * time. Reads still run concurrently.
 */
final class AtomicWrites {

    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
            "createindexes", "dropindexes", "drop", "dropdatabase", "create", "renamecollection");

    private final ReentrantLock lock = new ReentrantLock();

    private static boolean changesData(String command) {
        return WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT));
    }

    /** Runs a command; a data-changing one alone, followed by {@code afterWrite} before it is answered. */
    Document handle(String command, Supplier<Document> handler, Runnable afterWrite) {
        if (!changesData(command)) {
            return handler.get();
        }
        lock.lock();
        try {
            // The memory backend answers with its live document; copied here, before the next write changes it.
            Document result = handler.get().cloneDeeply();
            afterWrite.run();
            return result;
        } finally {
            lock.unlock();
        }
    }
}
