package app.ponte.demo;

import app.ponte.shared.Actor;
import app.ponte.shared.DomainException;
import app.ponte.shared.Source;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
        var actor = Actor.system(Source.IMPORT);
        var metadata = MetaData.from(Map.of(
                Actor.USER_ID, actor.userId(),
                Actor.ROLE, actor.role(),
                Actor.SOURCE, actor.source().name(),
                Actor.CORRELATION_ID, "demo-" + UUID.randomUUID(),
                DEMO, "true"));
        var tally = new Tally();
        send(ShanghaiMission.steps(), metadata, tally);
        // Accepted is not always new: a command asking for what is already so (the same organizer) records nothing.
        log.info("Demo data: {} commands accepted, {} found already done, {} refused", tally.accepted, tally.done,
                tally.refused);
    }

    private void send(List<DemoStep> steps, MetaData metadata, Tally tally) {
        for (DemoStep step : steps) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(step.command()).andMetaData(metadata));
                tally.accepted++;
                send(step.thenIfNew(), metadata, tally);
            } catch (DomainException rejection) {
                if (step.meansDone(rejection)) {
                    tally.done++;
                } else {
                    // Someone changed the demo data since (archived an organization, cancelled an engagement...):
                    // their change stands, and the start goes on.
                    tally.refused++;
                    log.warn("Demo data: {} refused: {}", step.command().getClass().getSimpleName(),
                            rejection.getMessage());
                }
            }
        }
    }

    private static final class Tally {
        private int accepted;
        private int done;
        private int refused;
    }
}
