package app.ponte.store;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Axon's conformance suite again, on the H2 file backend that the application uses by default. */
class MongoEventStorageEngineOnFileTest
        extends BatchingEventStorageEngineTest<MongoEventStorageEngine, MongoEventStorageEngine.Builder> {

    @TempDir
    Path dataDir;

    private MongoStore store;

    @BeforeEach
    void setUp() {
        store = MongoStore.open("", dataDir, "conformance");
        setTestSubject(createEngine());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Override
    protected MongoEventStorageEngine createEngine(UnaryOperator<MongoEventStorageEngine.Builder> customization) {
        MongoEventStorageEngine.Builder builder = MongoEventStorageEngine.builder()
                .database(store.database())
                .eventSerializer(PonteSerializer.jackson())
                .snapshotSerializer(PonteSerializer.jackson())
                // The suites store and read snapshots; the application builds its engine without them.
                .snapshots(true);
        return customization.apply(builder).build();
    }
}
