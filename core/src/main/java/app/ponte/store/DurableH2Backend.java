package app.ponte.store;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The embedded file backend. Its H2 store commits only about once a second, so a write that was acknowledged could
 * be lost by a {@code kill -9}: this backend commits before it answers any command that changes data, which makes
 * every acknowledged write durable. Writes are also made atomic (see {@link AtomicWrites}).
 */
final class DurableH2Backend extends H2Backend {

    private final AtomicWrites writes = new AtomicWrites();

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        return writes.handle(command, () -> super.handleCommand(channel, databaseName, command, query), this::commit);
    }
}
