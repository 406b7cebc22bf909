package app.ponte.store;

import java.util.function.UnaryOperator;

import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Axon's own conformance suite for batching storage engines (which includes the abstract and the basic engine
 * suites), run against the engine on the embedded server. Every inherited test runs; none is overridden.
 */
class MongoEventStorageEngineTest
        extends BatchingEventStorageEngineTest<MongoEventStorageEngine, MongoEventStorageEngine.Builder> {

    private MongoStore store;

    @BeforeEach
    void setUp() {
        store = MongoStore.inMemory("conformance");
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
