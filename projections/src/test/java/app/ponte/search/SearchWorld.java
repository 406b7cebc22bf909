package app.ponte.search;

import app.ponte.contact.CryptoShreddingVault;
import app.ponte.contact.PersonalDataVault;
import app.ponte.privacy.CryptoShredder;
import app.ponte.privacy.InMemoryKeyStore;
import app.ponte.program.ProgramId;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.store.Directory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

/** An event store, the privacy vault and a search index kept by its tracker, as one instance of Ponte has them. */
final class SearchWorld implements AutoCloseable {

    final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    final PersonalDataVault vault = new CryptoShreddingVault(new CryptoShredder(new InMemoryKeyStore()));
    private final Supplier<Directory> directories;
    SearchIndex index;
    SearchTracker tracker;

    SearchWorld(Supplier<Directory> directories) {
        this.directories = directories;
        open();
    }

    /** Opens the index on a directory from the supplier, and its tracker, as an instance does when it starts. */
    void open() {
        index = new SearchIndex(directories.get());
        tracker = new SearchTracker(store, index, new SearchIndexer(index, vault)).start();
    }

    /** Stops as an instance does: the tracker first, then the index (whatever was not committed is dropped). */
    void stop() throws Exception {
        tracker.close();
        index.close();
    }

    void publish(Object... events) {
        store.publish(Arrays.stream(events).map(GenericEventMessage::asEventMessage).toList());
    }

    void publish(List<Object> events) {
        publish(events.toArray());
    }

    /** Waits until the index holds every event published so far. */
    void sync() throws InterruptedException {
        var head = store.createHeadToken();
        long target = head == null ? -1 : head.position().orElse(-1);
        if (!tracker.awaitPosition(target, Duration.ofSeconds(20))) {
            throw new AssertionError("The search index did not reach position " + target + " (at "
                    + tracker.position() + ")");
        }
    }

    SearchResults search(String text, Set<ProgramId> programs, SearchKind... kinds) {
        return index.search(new Search(text, Set.of(kinds), programs, 20, 1));
    }

    @Override
    public void close() throws Exception {
        stop();
        store.shutDown();
    }

    static void closeQuietly(Directory directory) {
        try {
            directory.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
