package app.ponte.config;

import app.ponte.agenda.AgendaProjection;
import app.ponte.live.ReadModelChanges;
import app.ponte.mission.Mission;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the aggregates and projections with Axon. Aggregates are registered here rather than annotated, because
 * the domain classes in core carry no Spring annotations.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    @Bean
    ConfigurerModule aggregates() {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Mission.class));
    }

    /*
     * Pooled streaming processors for every processing group: they tail the store from the first event, split work
     * into segments claimed through the token store, and so share the load across app instances. Axon's default
     * batch of one event writes a token per event, which makes a replay ten times slower (BENCHMARKS.md); a batch
     * is a maximum, so a single new event is still handled at once. They read through a PromptEventSource, which
     * tells them at once when events arrive instead of leaving them to look every 500 ms.
     */
    @Bean
    ConfigurerModule pooledStreamingProcessors(ObjectProvider<PromptEventSource> source) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors(
                        (config, builder) -> builder.batchSize(100).messageSource(source.getObject())));
    }

    @Bean(destroyMethod = "close")
    PromptEventSource promptEventSource(EventStore eventStore) {
        return new PromptEventSource(eventStore);
    }

    @Bean
    AgendaProjection agendaProjection(MongoDatabase readModels, QueryUpdateEmitter updates, ReadModelChanges changes) {
        return new AgendaProjection(readModels, updates, changes);
    }
}
