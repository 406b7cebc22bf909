package app.ponte.config;

import app.ponte.access.AccessRebuild;
import app.ponte.access.ProgramAccessProjection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read model behind program-level access checks. Its processor is subscribing, unlike the others: it records
 * a new mission's program while the command that planned it commits, so the very next command about that mission
 * can be checked. Being subscribing, it would never catch up with events stored before it existed, so it is rebuilt
 * from the store at start-up when its marker says it has not seen them all (see {@link AccessRebuild}).
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    ProgramAccessProjection programAccessProjection(MongoDatabase readModels) {
        return new ProgramAccessProjection(readModels);
    }

    /*
     * After every bean exists but before anything starts: the web server does not yet accept requests and the
     * processors are not running, so no check runs on a half-built read model.
     */
    @Bean
    SmartInitializingSingleton accessRebuildAtStartUp(MongoDatabase readModels, ProgramAccessProjection projection,
            EventStorageEngine events, Clock clock) {
        return () -> new AccessRebuild(readModels, projection, events, clock).rebuildIfStale();
    }

    @Bean
    ConfigurerModule subscribingAccessProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(ProgramAccessProjection.PROCESSING_GROUP));
    }
}
