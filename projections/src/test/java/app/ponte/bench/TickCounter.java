package app.ponte.bench;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * The benchmark's aggregate: as small as an aggregate gets, so that the benchmark measures loading, deciding and
 * appending rather than domain logic.
 */
class TickCounter {

    @AggregateIdentifier
    private String counterId;
    private long ticks;

    /** Axon rebuilds a counter from its events, starting from this empty state. */
    protected TickCounter() {
    }

    @CommandHandler
    TickCounter(OpenCounter command) {
        apply(new CounterOpened(command.counterId(), command.label()));
    }

    @CommandHandler
    void handle(RecordTick command) {
        apply(new TickRecorded(command.counterId(), ticks + 1, command.note()));
    }

    @EventSourcingHandler
    void on(CounterOpened event) {
        counterId = event.counterId();
    }

    @EventSourcingHandler
    void on(TickRecorded event) {
        ticks = event.tick();
    }
}
