package app.ponte.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Stands in for the MongoDB event store until the store package lands: everything lives in memory. */
@Configuration(proxyBeanMethods = false)
class InterimStoreConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    MongoServer interimMongoServer() {
        var server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient interimMongoClient(MongoServer server) {
        var address = server.getLocalAddress();
        return MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    @Bean
    MongoDatabase readModels(MongoClient client) {
        return client.getDatabase("ponte");
    }

    @Bean
    EventStorageEngine eventStorageEngine() {
        return new InMemoryEventStorageEngine();
    }
}
