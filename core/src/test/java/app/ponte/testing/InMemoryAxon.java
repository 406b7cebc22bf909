package app.ponte.testing;

import app.ponte.shared.Actor;
import app.ponte.shared.ActorProvider;
import app.ponte.shared.CommandMetadataInterceptor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.modelling.command.Repository;

/**
 * Plain Axon wiring as the ui is meant to set it up (command metadata interceptor, correlation data providers,
 * injectable domain resources), on a given or an in-memory event storage engine, for tests that need more than one
 * aggregate fixture.
 */
public final class InMemoryAxon implements AutoCloseable {

    private final EmbeddedEventStore eventStore;
    private final SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
    private final CommandGateway gateway;
    private final List<Object> resources;
    private final Map<Class<?>, Repository<?>> repositories = new HashMap<>();

    public InMemoryAxon(ActorProvider actors, Object... resources) {
        this(new InMemoryEventStorageEngine(), actors, resources);
    }

    public InMemoryAxon(EventStorageEngine storage, ActorProvider actors, Object... resources) {
        this.eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();
        this.resources = List.of(resources);
        commandBus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(
                new SimpleCorrelationDataProvider(Actor.METADATA_KEYS.toArray(String[]::new)),
                new MessageOriginProvider(Actor.CAUSATION_ID, Actor.TRACE_ID)));
        gateway = DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .dispatchInterceptors(new CommandMetadataInterceptor(actors))
                .build();
    }

    public <T> InMemoryAxon register(Class<T> aggregateType) {
        ParameterResolverFactory parameters = MultiParameterResolverFactory.ordered(
                new SimpleResourceParameterResolverFactory(resources),
                ClasspathParameterResolverFactory.forClass(aggregateType));
        EventSourcingRepository<T> repository = EventSourcingRepository.builder(aggregateType)
                .eventStore(eventStore)
                .parameterResolverFactory(parameters)
                .build();
        AggregateAnnotationCommandHandler.<T>builder()
                .aggregateType(aggregateType)
                .repository(repository)
                .parameterResolverFactory(parameters)
                .build()
                .subscribe(commandBus);
        repositories.put(aggregateType, repository);
        return this;
    }

    @SuppressWarnings("unchecked")
    public <T> Repository<T> repository(Class<T> aggregateType) {
        return (Repository<T>) repositories.get(aggregateType);
    }

    public CommandGateway gateway() {
        return gateway;
    }

    public List<? extends DomainEventMessage<?>> events(Object aggregateId) {
        return eventStore.readEvents(aggregateId.toString()).asStream().toList();
    }

    @Override
    public void close() {
        eventStore.shutDown();
    }
}
