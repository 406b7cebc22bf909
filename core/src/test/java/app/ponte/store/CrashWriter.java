package app.ponte.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * The child process of {@link CrashRecoveryIT}: four threads append commits of one to three events to the embedded
 * store in the given folder, and print the identifiers of each commit once the engine has acknowledged it, until
 * killed. Several writers at once, so that their writes share commits of the store's file.
 */
public final class CrashWriter {

    private static final int WRITERS = 4;

    private CrashWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        try (MongoStore store = MongoStore.open("", Path.of(args[0]), "crash")) {
            MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                    .database(store.database())
                    .eventSerializer(PonteSerializer.jackson())
                    .snapshotSerializer(PonteSerializer.jackson())
                    .build();
            out.println("READY");
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                Thread writer = new Thread(() -> write(engine, out), "crash-writer-" + w);
                writer.start();
                writers.add(writer);
            }
            for (Thread writer : writers) {
                try {
                    writer.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void write(MongoEventStorageEngine engine, PrintStream out) {
        for (long commit = 0; ; commit++) {
            String aggregate = UUID.randomUUID().toString();
            int size = 1 + (int) (commit % 3);
            List<EventMessage<?>> events = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                events.add(new GenericDomainEventMessage<>("Crash", aggregate, i, "event " + i + " of " + size));
            }
            engine.appendEvents(events);
            StringBuilder ack = new StringBuilder("ACK");
            events.forEach(event -> ack.append(' ').append(event.getIdentifier()));
            // PrintStream.println is synchronized: a line is never mixed with another writer's.
            out.println(ack);
        }
    }
}
