package app.ponte.privilege;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import app.ponte.program.ProgramId;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A user's access: role, memberships, enabled or not. Users created before access was recorded have no stream, so
 * every change creates one if it is missing; such a stream starts at the first change, and its first change is
 * recorded whatever it is, since nothing says what it was before.
 */
public class UserAccess {

    @AggregateIdentifier
    private UserId userId;
    private String role;
    private List<ProgramId> programs;
    private Boolean enabled;

    protected UserAccess() {
        // for Axon to rebuild the user's access from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateUser command) {
        if (userId != null) {
            throw new UserAlreadyCreated(command.userId());
        }
        apply(new UserCreated(command.userId(), command.username(), command.role(), command.programs()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ChangeUserAccess command) {
        if (!command.role().equals(role)) {
            apply(new UserRoleChanged(command.userId(), command.role()));
        }
        if (!Objects.equals(command.programs(), programs)) {
            apply(new UserProgramsChanged(command.userId(), command.programs()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DisableUser command) {
        if (!Boolean.FALSE.equals(enabled)) {
            apply(new UserDisabled(command.userId()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EnableUser command) {
        if (!Boolean.TRUE.equals(enabled)) {
            apply(new UserEnabled(command.userId()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RemoveUser command) {
        apply(new UserRemoved(command.userId(), command.reason()));
    }

    @EventSourcingHandler
    void on(UserCreated event) {
        userId = event.userId();
        role = event.role();
        programs = event.programs();
        enabled = true;
    }

    @EventSourcingHandler
    void on(UserRoleChanged event) {
        userId = event.userId();
        role = event.role();
    }

    @EventSourcingHandler
    void on(UserProgramsChanged event) {
        userId = event.userId();
        programs = event.programs();
    }

    @EventSourcingHandler
    void on(UserDisabled event) {
        userId = event.userId();
        enabled = false;
    }

    @EventSourcingHandler
    void on(UserEnabled event) {
        userId = event.userId();
        enabled = true;
    }

    @EventSourcingHandler
    void on(UserRemoved event) {
        userId = event.userId();
        markDeleted();
    }
}
