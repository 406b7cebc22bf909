package app.ponte.store;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.Repository;

/**
 * Repositories for what a command reads from other aggregates (the organization directory, the outcome and
 * opportunity lookups). Axon's repository for a type answers from this node's aggregate cache, and a cached copy is
 * stale once another node has changed the aggregate. A command's own aggregate is safe with a stale copy: its append
 * is refused by the store and the command decided again. A fact read from another aggregate is checked by nothing,
 * so these repositories read the aggregate's events on every load.
 */
public final class LookupRepositories {

    private LookupRepositories() {
    }

    public static <T> Repository<T> uncached(Class<T> type, EventStore events, ParameterResolverFactory resolvers,
            HandlerDefinition handlers) {
        return EventSourcingRepository.builder(type)
                .eventStore(events)
                .parameterResolverFactory(resolvers)
                .handlerDefinition(handlers)
                .build();
    }
}
