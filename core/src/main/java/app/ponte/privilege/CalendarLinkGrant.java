package app.ponte.privilege;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/** One calendar link's life; a link created before links were recorded starts its stream when it is revoked. */
public class CalendarLinkGrant {

    @AggregateIdentifier
    private CalendarLinkId linkId;
    private boolean revoked;

    protected CalendarLinkGrant() {
        // for Axon to rebuild the link from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateCalendarLink command) {
        if (linkId != null) {
            throw new CalendarLinkAlreadyCreated(command.linkId());
        }
        apply(new CalendarLinkCreated(command.linkId(), command.ownerUserId()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RevokeCalendarLink command) {
        if (!revoked) {
            apply(new CalendarLinkRevoked(command.linkId(), command.ownerUserId()));
        }
    }

    @EventSourcingHandler
    void on(CalendarLinkCreated event) {
        linkId = event.linkId();
    }

    @EventSourcingHandler
    void on(CalendarLinkRevoked event) {
        linkId = event.linkId();
        revoked = true;
    }
}
