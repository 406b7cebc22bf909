package app.ponte.store;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The embedded file backend. H2's store left to itself commits about once a second, from a background thread and
 * at any moment, possibly in the middle of a write (a document stored, its index entries not yet): so its automatic
 * commits are off, and this backend commits itself, with no write under way, before it answers any command that
 * changes data. Every acknowledged write is durable, and writers waiting at the same time share one commit (see
 * {@link AtomicWrites}).
 */
final class DurableH2Backend extends H2Backend {

    private final AtomicWrites writes;

    DurableH2Backend(String fileName) {
        this(open(fileName));
    }

    private DurableH2Backend(MVStore store) {
        super(store);
        this.writes = new AtomicWrites(store::commit);
    }

    private static MVStore open(String fileName) {
        // No commit by time (a background thread) nor by the size of unsaved changes (the writing thread, in the
        // middle of a put): only the commits of AtomicWrites, between writes.
        return new MVStore.Builder().fileName(fileName).autoCommitDisabled().autoCommitBufferSize(0).open();
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        return writes.handle(command, () -> super.handleCommand(channel, databaseName, command, query));
    }

    AtomicWrites writes() {
        return writes;
    }
}
