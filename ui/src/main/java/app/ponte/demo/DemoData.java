package app.ponte.demo;

import app.ponte.shared.Actor;
import app.ponte.shared.DomainException;
import app.ponte.shared.Source;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Enters the seed scenario ({@link ShanghaiMission}) through the command gateway once the application is ready, as
 * the system importing data: every command, and through the correlation providers every event, carries
 * {@code source=IMPORT}, {@code userId=system}, {@code demo=true} and one correlation id per start.
 *
 * <p>A restart sends the same commands with the same ids; the aggregates refuse what was done before and the loader
 * skips it, so nothing is recorded twice and a start interrupted half-way is completed by the next one. Switched off
 * with {@code ponte.demo.enabled=false} ({@code PONTE_DEMO_ENABLED=false}).
 */
@Component
@ConditionalOnProperty(name = "ponte.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoData {

    /** Metadata key marking the demo's commands and events. */
    static final String DEMO = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CommandGateway commands;

    DemoData(CommandGateway commands) {
        this.commands = commands;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        load(ShanghaiMission.steps());
    }

    /** Sends the steps as the demo's import; what it did is returned for tests and logged. */
    Tally load(List<DemoStep> steps) {
        var actor = Actor.system(Source.IMPORT);
        var metadata = MetaData.from(Map.of(
                Actor.USER_ID, actor.userId(),
                Actor.ROLE, actor.role(),
                Actor.SOURCE, actor.source().name(),
                Actor.CORRELATION_ID, "demo-" + UUID.randomUUID(),
                DEMO, "true"));
        var tally = new Tally();
        try {
            send(steps, metadata, tally);
        } catch (RuntimeException e) {
            // Demo data is no reason to refuse to start; what was entered stays and the next start completes it.
            tally.stopped = true;
            log.error("Demo data: loading stopped after {} commands; the next start completes it", tally.accepted,
                    e);
            return tally;
        }
        // Accepted is not always new: a command asking for what is already so (the same organizer) records nothing.
        log.info("Demo data: {} commands accepted, {} found already done, {} refused", tally.accepted, tally.done,
                tally.refused);
        return tally;
    }

    private void send(List<DemoStep> steps, MetaData metadata, Tally tally) {
        for (DemoStep step : steps) {
            if (accepted(step, metadata, tally)) {
                send(step.thenIfNew(), metadata, tally);
            }
        }
    }

    private boolean accepted(DemoStep step, MetaData metadata, Tally tally) {
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage(step.command()).andMetaData(metadata);
        try {
            sendWithOneRetry(command);
            tally.accepted++;
            return true;
        } catch (DomainException rejection) {
            if (step.meansDone(rejection)) {
                tally.done++;
            } else {
                // Someone changed the demo data since (archived an organization, cancelled an engagement...):
                // their change stands, and the start goes on.
                tally.refused++;
                log.warn("Demo data: {} refused: {}", command.getPayloadType().getSimpleName(),
                        rejection.getMessage());
            }
            return false;
        }
    }

    /*
     * Instances that start together on one database load the demo together, and one of two appends to the same
     * aggregate fails. Sent again, the command meets what the other instance did, and is refused as already done.
     */
    private void sendWithOneRetry(CommandMessage<?> command) {
        try {
            commands.sendAndWait(command);
        } catch (DomainException rejection) {
            throw rejection;
        } catch (RuntimeException conflict) {
            log.info("Demo data: {} sent again after {}", command.getPayloadType().getSimpleName(),
                    conflict.toString());
            commands.sendAndWait(command);
        }
    }

    /** How many steps were accepted, found done or refused, and whether loading stopped on a failure. */
    static final class Tally {
        int accepted;
        int done;
        int refused;
        boolean stopped;
    }
}
