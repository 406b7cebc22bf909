package app.ponte.privilege;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One API token's life: issued once, revoked once. A token issued before tokens were recorded has no stream, so its
 * revocation starts one.
 */
public class ApiTokenGrant {

    @AggregateIdentifier
    private ApiTokenId tokenId;
    private boolean issued;
    private boolean revoked;

    protected ApiTokenGrant() {
        // for Axon to rebuild the token from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(IssueApiToken command) {
        if (issued || revoked) {
            throw new ApiTokenAlreadyIssued(command.tokenId());
        }
        apply(new ApiTokenIssued(command.tokenId(), command.userId(), command.label(), command.role(),
                command.programs(), command.expiresAt()));
    }

    /* Revoking a revoked token changes nothing: a second click, or two screens, must not log it twice. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RevokeApiToken command) {
        if (!revoked) {
            apply(new ApiTokenRevoked(command.tokenId(), command.userId()));
        }
    }

    @EventSourcingHandler
    void on(ApiTokenIssued event) {
        tokenId = event.tokenId();
        issued = true;
    }

    @EventSourcingHandler
    void on(ApiTokenRevoked event) {
        tokenId = event.tokenId();
        revoked = true;
    }
}
