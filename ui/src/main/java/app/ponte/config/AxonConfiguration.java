package app.ponte.config;

import app.ponte.agenda.AgendaProjection;
import app.ponte.agenda.AgendaVersion;
import app.ponte.live.ReadModelChanges;
import app.ponte.mission.Mission;
import app.ponte.readmodel.ReadModelBatch;
import app.ponte.shared.DomainException;
import app.ponte.store.ConflictRetryScheduler;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the aggregates and projections with Axon. Aggregates are registered here rather than annotated, because
 * the domain classes in core carry no Spring annotations.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    @Bean
    CachedAggregates cachedAggregates(@Value("${" + CachedAggregates.SIZE_PROPERTY + ":1000}") int size) {
        return new CachedAggregates(size);
    }

    @Bean
    ConfigurerModule aggregates(CachedAggregates aggregates) {
        return configurer -> configurer.configureAggregate(aggregates.of(Mission.class));
    }

    /*
     * Replaces Axon's default gateway to retry commands whose append met a concurrency conflict: with cached
     * aggregates and several nodes, a node may decide on state another node has changed since. The unique key in
     * the event store rejects that append, the rollback drops the cached aggregate, and the retry decides afresh.
     * Axon registers the dispatch interceptors (access checks, actor metadata) on whichever gateway is the bean.
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus,
            @Value("${ponte.commands.conflict-give-up-ms:10000}") long giveUpMillis) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(ConflictRetryScheduler.givingUpAfter(Duration.ofMillis(giveUpMillis),
                        DomainException.class::isInstance))
                .build();
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

    /*
     * Projections hold a batch's read-model writes in memory (ReadModelBatch); this sends them once the batch's last
     * event is handled, before the processor stores its token, so a crash cannot leave a token ahead of its writes.
     */
    @Bean
    ConfigurerModule readModelBatches() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultHandlerInterceptor((config, name) -> ReadModelBatch.flushAtEndOfBatch()));
    }

    @Bean(destroyMethod = "close")
    PromptEventSource promptEventSource(EventStore eventStore) {
        return new PromptEventSource(eventStore);
    }

    @Bean
    AgendaProjection agendaProjection(MongoDatabase readModels, QueryUpdateEmitter updates, ReadModelChanges changes) {
        return new AgendaProjection(readModels, updates, changes);
    }

    /*
     * An agenda read model built by older handlers lacks what calendars read (see AgendaProjection.VERSION): its
     * processor is reset once, replaying every stored event, as the dashboard's is. Another instance still holding
     * segments refuses the reset; that instance then does it when it restarts.
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> agendaRebuild(MongoDatabase readModels,
            EventProcessingConfiguration processing, Clock clock) {
        return ready -> {
            var version = new AgendaVersion(readModels);
            if (version.current()) {
                return;
            }
            var processor = processing.eventProcessor(AgendaProjection.PROCESSING_GROUP,
                    StreamingEventProcessor.class);
            if (processor.isEmpty()) {
                return;
            }
            var log = LoggerFactory.getLogger(AxonConfiguration.class);
            try {
                processor.get().shutDown();
                processor.get().resetTokens();
                version.markCurrent(clock.instant());
                log.info("Rebuilding the agenda read model from the stored events (version {})",
                        AgendaProjection.VERSION);
            } catch (RuntimeException e) {
                log.warn("Could not rebuild the agenda read model now; it will be tried at the next start", e);
            } finally {
                processor.get().start();
            }
        };
    }
}
