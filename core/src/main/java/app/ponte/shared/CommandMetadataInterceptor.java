package app.ponte.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Stamps every dispatched command with who caused it ({@value Actor#USER_ID}, {@value Actor#ROLE}), where from
 * ({@value Actor#SOURCE}) and a {@value Actor#CORRELATION_ID}, so no caller has to remember to.
 *
 * <p>Metadata a command already carries is kept: a command sent while handling another message, or by the demo-data
 * loader acting as the system, already knows its actor and correlation. Commands reach this interceptor only from
 * server code, so a client cannot choose its own identity this way.
 *
 * <p>With Axon's Spring Boot auto-configuration, declaring this interceptor as a bean is enough: every
 * {@code MessageDispatchInterceptor} bean is registered on the {@code CommandGateway} (commands sent straight to the
 * {@code CommandBus} bypass it). The {@link ActorProvider} must answer outside any request too, with
 * {@link Actor#system} for start-up work such as the demo data.
 *
 * <p>Axon copies command metadata onto the events applied while handling the command only for the keys its
 * correlation data providers name. The ui configuration must therefore register exactly these provider beans
 * (declaring any replaces Axon's default {@code MessageOriginProvider}):
 * <ul>
 *   <li>{@code new SimpleCorrelationDataProvider(Actor.METADATA_KEYS.toArray(String[]::new))}, which copies the four
 *   keys stamped here;</li>
 *   <li>{@code new MessageOriginProvider(Actor.CAUSATION_ID, Actor.TRACE_ID)}, if the message lineage is wanted. Left
 *   with its default keys it would overwrite {@value Actor#CORRELATION_ID} with the id of the command itself.</li>
 * </ul>
 */
public class CommandMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final ActorProvider actors;

    public CommandMetadataInterceptor(ActorProvider actors) {
        this.actors = actors;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(missingMetadata(command));
    }

    private Map<String, Object> missingMetadata(CommandMessage<?> command) {
        Map<String, Object> added = new HashMap<>();
        var present = command.getMetaData();
        if (!present.containsKey(Actor.USER_ID)) {
            Actor actor = actors.currentActor();
            added.put(Actor.USER_ID, actor.userId());
            added.put(Actor.ROLE, actor.role());
            added.put(Actor.SOURCE, actor.source().name());
        }
        if (!present.containsKey(Actor.CORRELATION_ID)) {
            added.put(Actor.CORRELATION_ID, actors.correlationId().orElse(command.getIdentifier()));
        }
        return added;
    }
}
