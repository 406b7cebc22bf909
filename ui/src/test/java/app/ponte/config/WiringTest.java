package app.ponte.config;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.agenda.AgendaProjection;
import app.ponte.store.MongoEventStorageEngine;
import java.nio.file.Path;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application runs on the real store classes and pooled streaming processors, not on Axon's defaults. */
@SpringBootTest(properties = "ponte.demo.enabled=false")
class WiringTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void freshStore(DynamicPropertyRegistry properties) {
        properties.add("ponte.mongodb.uri", () -> "");
        properties.add("ponte.data-dir", () -> dataDir.toString());
    }

    @Autowired
    private EventStorageEngine storageEngine;

    @Autowired
    private TokenStore tokenStore;

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void eventsAndTokensAreKeptInMongoDbAsJson() {
        assertThat(storageEngine).isInstanceOf(MongoEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(MongoTokenStore.class);
        assertThat(eventSerializer).isInstanceOf(JacksonSerializer.class);
    }

    @Test
    void theAgendaIsBuiltByAPooledStreamingProcessor() {
        assertThat(processing.eventProcessor(AgendaProjection.PROCESSING_GROUP, PooledStreamingEventProcessor.class))
                .isPresent();
    }
}
