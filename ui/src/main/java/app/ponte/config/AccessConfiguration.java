package app.ponte.config;

import app.ponte.access.ProgramAccessProjection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read model behind program-level access checks. Its processor is subscribing, unlike the others: it records
 * a new mission's program while the command that planned it commits, so the very next command about that mission
 * can be checked.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    ProgramAccessProjection programAccessProjection(MongoDatabase readModels) {
        return new ProgramAccessProjection(readModels);
    }

    @Bean
    ConfigurerModule subscribingAccessProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(ProgramAccessProjection.PROCESSING_GROUP));
    }
}
