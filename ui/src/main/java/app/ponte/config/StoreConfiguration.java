package app.ponte.config;

import app.ponte.store.MongoEventStorageEngine;
import app.ponte.store.MongoStore;
import app.ponte.store.PonteSerializer;
import app.ponte.store.Upcasters;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Duration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * One MongoDB database for events, processor tokens and read models: a real deployment when
 * {@code ponte.mongodb.uri} is set, otherwise the embedded server with its files in {@code ponte.data-dir}.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    MongoStore mongoStore(@Value("${ponte.mongodb.uri:}") String uri,
            @Value("${ponte.data-dir:./data}") Path dataDir,
            @Value("${ponte.mongodb.database:ponte}") String databaseName,
            @Value("${ponte.mongodb.timeout-ms:3000}") long timeoutMillis,
            @Value("${ponte.embedded.port:0}") int embeddedPort) {
        return MongoStore.open(uri, dataDir, databaseName, Duration.ofMillis(timeoutMillis), embeddedPort);
    }

    @Bean
    MongoDatabase readModels(MongoStore store) {
        return store.database();
    }

    // The same JSON serializer everywhere: stored events, snapshots, tokens and messages stay readable.
    @Bean
    @Primary
    Serializer serializer() {
        return PonteSerializer.jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return PonteSerializer.jackson();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return PonteSerializer.jackson();
    }

    /*
     * No aggregate is configured with a snapshot trigger, so the engine is built without snapshots: Axon asks for
     * a snapshot before loading any aggregate, and this spares that request. Configuring a snapshot trigger
     * requires snapshots(true) here, or storing the snapshot fails with an error that says so. The upcasters bring
     * events stored in an earlier shape to the one the code reads, on the embedded store and a replica set alike.
     */
    @Bean
    EventStorageEngine eventStorageEngine(MongoStore store, @Qualifier("eventSerializer") Serializer events,
            Serializer snapshots) {
        return MongoEventStorageEngine.builder()
                .database(store.database())
                .eventSerializer(events)
                .snapshotSerializer(snapshots)
                .upcasterChain(Upcasters.chain(store.database()))
                .snapshots(false)
                .build();
    }

    @Bean
    TokenStore tokenStore(MongoStore store, Serializer serializer) {
        return store.tokenStore(serializer);
    }
}
