package app.ponte.store;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/** The embedded in-memory backend, for tests and benchmarks, with atomic writes (see {@link AtomicWrites}). */
final class AtomicMemoryBackend extends MemoryBackend {

    private final AtomicWrites writes = new AtomicWrites();

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        return writes.handle(command, () -> super.handleCommand(channel, databaseName, command, query));
    }

    AtomicWrites writes() {
        return writes;
    }
}
