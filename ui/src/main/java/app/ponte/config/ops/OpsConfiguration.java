package app.ponte.config.ops;

import app.ponte.store.MongoEventStorageEngine;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health indicators ({@code store}, {@code processors}, both part of readiness) and Ponte's own meters: each
 * processor segment's lag, the stream's head, the event store's appends and reads, and the open screens. Axon's
 * command, query and processor timers come from {@code axon-micrometer}, tagged by message type.
 */
@Configuration(proxyBeanMethods = false)
class OpsConfiguration {

    @Bean
    ProcessorPositions processorPositions(MongoDatabase database, Serializer serializer,
            EventStorageEngine engine, EventProcessingConfiguration processing) {
        MongoEventStorageEngine store = (MongoEventStorageEngine) engine;
        var positions = new ProcessorPositions(database, serializer, store::head,
                () -> streamingProcessors(processing), () -> heldPositions(processing), Clock.systemUTC());
        positions.failingFrom(() -> errors(processing));
        return positions;
    }

    @Bean("store")
    StoreHealth storeHealth(MongoDatabase database, @Value("${ponte.health.store-timeout-ms:1000}") long timeout) {
        if (timeout < 1) {
            throw new IllegalArgumentException("ponte.health.store-timeout-ms must be at least 1, not " + timeout);
        }
        return new StoreHealth(database, Duration.ofMillis(timeout));
    }

    @Bean("processors")
    ProcessorsHealth processorsHealth(ProcessorPositions positions,
            @Value("${ponte.health.processors.max-lag:1000}") long maxLag) {
        if (maxLag < 0) {
            throw new IllegalArgumentException("ponte.health.processors.max-lag may not be negative, not " + maxLag);
        }
        return new ProcessorsHealth(positions, maxLag, positions::errorsOnThisNode);
    }

    @Bean
    LiveScreens liveScreens() {
        return new LiveScreens();
    }

    @Bean
    MeterBinder ponteMeters(ProcessorPositions positions, EventStorageEngine engine, LiveScreens screens) {
        MongoEventStorageEngine store = (MongoEventStorageEngine) engine;
        return registry -> {
            FunctionCounter.builder("ponte.events.appended", store, MongoEventStorageEngine::eventsAppended)
                    .description("Events this instance stored").baseUnit("events").register(registry);
            FunctionCounter.builder("ponte.events.read", store, MongoEventStorageEngine::eventsReadForAggregates)
                    .description("Events this instance read from the store").tag("reader", "aggregates")
                    .baseUnit("events").register(registry);
            FunctionCounter.builder("ponte.events.read", store, MongoEventStorageEngine::eventsReadForProcessors)
                    .description("Events this instance read from the store").tag("reader", "processors")
                    .baseUnit("events").register(registry);
            Gauge.builder("ponte.events.head", positions, p -> p.read().head())
                    .description("The global number of the last stored event").register(registry);
            Gauge.builder("ponte.live.screens", screens, LiveScreens::open)
                    .description("Screens open on this instance, each with a push connection").register(registry);
        };
    }

    @Bean(destroyMethod = "close")
    SegmentLag segmentLag(ProcessorPositions positions) {
        return new SegmentLag(positions, Duration.ofSeconds(2));
    }

    static Set<String> streamingProcessors(EventProcessingConfiguration processing) {
        Set<String> names = new TreeSet<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                names.add(name);
            }
        });
        return names;
    }

    /** Each processor's segments that this node holds, with the position the processor has reached in each. */
    static Map<String, Map<Integer, Long>> heldPositions(EventProcessingConfiguration processing) {
        Map<String, Map<Integer, Long>> held = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Map<Integer, Long> segments = new TreeMap<>();
                streaming.processingStatus().forEach((segment, status) ->
                        status.getCurrentPosition().ifPresent(position -> segments.put(segment, position)));
                held.put(name, segments);
            }
        });
        return held;
    }

    /** The processors whose segments on this instance are failing, with the error of each failing segment. */
    static Map<String, String> errors(EventProcessingConfiguration processing) {
        Map<String, String> errors = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                streaming.processingStatus().forEach((segment, status) -> {
                    if (status.isErrorState()) {
                        errors.put(name + "[" + segment + "]", String.valueOf(status.getError()));
                    }
                });
            }
        });
        return errors;
    }
}
