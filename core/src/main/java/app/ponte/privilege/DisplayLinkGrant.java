package app.ponte.privilege;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/** One display link's life; a link created before links were recorded starts its stream when it is revoked. */
public class DisplayLinkGrant {

    @AggregateIdentifier
    private DisplayLinkId linkId;
    private boolean revoked;

    protected DisplayLinkGrant() {
        // for Axon to rebuild the link from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateDisplayLink command) {
        if (linkId != null) {
            throw new DisplayLinkAlreadyCreated(command.linkId());
        }
        apply(new DisplayLinkCreated(command.linkId(), command.name(), command.program(), command.expiresAt(),
                command.rotationSeconds()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RevokeDisplayLink command) {
        if (!revoked) {
            apply(new DisplayLinkRevoked(command.linkId()));
        }
    }

    @EventSourcingHandler
    void on(DisplayLinkCreated event) {
        linkId = event.linkId();
    }

    @EventSourcingHandler
    void on(DisplayLinkRevoked event) {
        linkId = event.linkId();
        revoked = true;
    }
}
