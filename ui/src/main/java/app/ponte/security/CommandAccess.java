package app.ponte.security;

import app.ponte.contact.EraseContact;
import app.ponte.privilege.ChangeUserAccess;
import app.ponte.privilege.CreateCalendarLink;
import app.ponte.privilege.CreateDisplayLink;
import app.ponte.privilege.CreateUser;
import app.ponte.privilege.DisableUser;
import app.ponte.privilege.EnableUser;
import app.ponte.privilege.IssueApiToken;
import app.ponte.privilege.RemoveUser;
import app.ponte.privilege.RevokeApiToken;
import app.ponte.privilege.RevokeCalendarLink;
import app.ponte.privilege.RevokeDisplayLink;
import app.ponte.program.LaunchProgram;
import app.ponte.webhook.DisableWebhookEndpoint;
import app.ponte.webhook.EnableWebhookEndpoint;
import app.ponte.webhook.RegisterWebhookEndpoint;
import app.ponte.webhook.RotateWebhookSecret;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Refuses, before it is dispatched, every command the caller may not send: by role (only administrators and program
 * officers change records; some changes are the administrators' alone) and by program (only the programs the caller
 * is a member of). A refused command reaches no aggregate, so nothing is written.
 */
public class CommandAccess implements MessageDispatchInterceptor<CommandMessage<?>> {

    /**
     * Launching a program gives it its first members; erasing a person's data is a legal act of its own; a webhook
     * endpoint decides where the record's data goes.
     */
    static final Set<Class<?>> ADMINISTRATORS_ONLY = Set.of(LaunchProgram.class, EraseContact.class,
            RegisterWebhookEndpoint.class, RotateWebhookSecret.class, DisableWebhookEndpoint.class,
            EnableWebhookEndpoint.class, CreateUser.class, ChangeUserAccess.class, DisableUser.class,
            EnableUser.class, RemoveUser.class, CreateDisplayLink.class, RevokeDisplayLink.class);

    private final CurrentCaller callers;
    private final ProgramScopes scopes;

    public CommandAccess(CurrentCaller callers, ProgramScopes scopes) {
        this.callers = callers;
        this.scopes = scopes;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            callers.current().ifPresent(caller -> check(caller, command.getPayload()));
            return command;
        };
    }

    /** Throws {@link AccessDenied} or {@link UnknownRecord} when the caller may not send this command. */
    public void check(Caller caller, Object command) {
        String what = command.getClass().getSimpleName();
        String owner = ownerOf(command);
        if (owner != null) {
            // A user's own tokens and calendar link are theirs to manage whatever their role; the account stores
            // check how wide a token may be. Nobody else's but an administrator's.
            if (caller.role() != Role.ADMINISTRATOR && !owner.equals(caller.userId())) {
                throw new AccessDenied("Only an administrator may " + what + " for another user");
            }
            return;
        }
        if (!caller.role().changesRecords()) {
            throw new AccessDenied("Your role (" + caller.role() + ") may read but not change records (" + what + ")");
        }
        if (ADMINISTRATORS_ONLY.contains(command.getClass()) && caller.role() != Role.ADMINISTRATOR) {
            throw new AccessDenied("Only an administrator may " + what);
        }
        if (caller.everyProgram()) {
            return;
        }
        var scope = scopes.of(command);
        var outside = scope.programs().stream().filter(p -> !caller.mayAccess(p)).findFirst();
        if (outside.isPresent()) {
            throw new AccessDenied("You are not a member of the program this " + what + " belongs to");
        }
        if (scope.programs().isEmpty() && scope.unresolved() > 0) {
            throw new UnknownRecord("The record " + what + " refers to does not exist");
        }
    }

    /** The user whose own access a self-service command changes, or null for any other command. */
    private static String ownerOf(Object command) {
        if (command instanceof IssueApiToken issue) {
            return issue.userId().toString();
        }
        if (command instanceof RevokeApiToken revoke) {
            return revoke.userId().toString();
        }
        if (command instanceof CreateCalendarLink create) {
            return create.ownerUserId().toString();
        }
        if (command instanceof RevokeCalendarLink revoke) {
            return revoke.ownerUserId().toString();
        }
        return null;
    }
}
