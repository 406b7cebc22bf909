package app.ponte.config;

import app.ponte.contact.PersonalDataVault;
import app.ponte.dashboard.ProgramDashboardProjection;
import app.ponte.dashboard.DashboardVersion;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import app.ponte.directory.DirectoryProjection;
import app.ponte.followups.FollowUpListProjection;
import app.ponte.live.ChangeRelay;
import app.ponte.live.ReadModelChanges;
import app.ponte.opportunities.OpportunityBoardProjection;
import app.ponte.privacy.Sealed;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The officers' workspace read models, and the relay that carries their changes to live screens on this instance
 * whichever instance wrote them.
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ReadModelChanges readModelChanges(MongoDatabase readModels) {
        return new ReadModelChanges(readModels);
    }

    @Bean
    ChangeRelay changeRelay(ReadModelChanges changes, QueryUpdateEmitter emitter) {
        return new ChangeRelay(changes, emitter);
    }

    /*
     * Polled rather than pushed: the embedded server has no change streams, and a poll works the same on both. A
     * change written on this instance also nudges a poll at once, so local screens skip the wait for the next tick.
     */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService changePolling(ChangeRelay relay, ReadModelChanges changes,
            @Value("${ponte.live.poll-millis:300}") long pollMillis) {
        var polling = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "read-model-changes");
            thread.setDaemon(true);
            return thread;
        });
        polling.scheduleWithFixedDelay(relay::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        changes.afterTouch(() -> relay.nudge(polling));
        return polling;
    }

    /*
     * A dashboard read model built by older handlers lacks what the query now reads (see
     * ProgramDashboardProjection.VERSION): its processor is reset once, replaying every stored event. Another
     * instance still holding segments refuses the reset; that instance then does it when it restarts.
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> dashboardRebuild(MongoDatabase readModels,
            EventProcessingConfiguration processing, Clock clock) {
        return ready -> {
            var version = new DashboardVersion(readModels);
            if (version.current()) {
                return;
            }
            var processor = processing.eventProcessor(ProgramDashboardProjection.PROCESSING_GROUP,
                    StreamingEventProcessor.class);
            if (processor.isEmpty()) {
                return;
            }
            try {
                processor.get().shutDown();
                processor.get().resetTokens();
                version.markCurrent(clock.instant());
                LoggerFactory.getLogger(WorkspaceConfiguration.class).info(
                        "Rebuilding the dashboard read model from the stored events (version {})",
                        ProgramDashboardProjection.VERSION);
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(WorkspaceConfiguration.class).warn(
                        "Could not rebuild the dashboard read model now; it will be tried at the next start", e);
            } finally {
                processor.get().start();
            }
        };
    }

    @Bean
    ProgramDashboardProjection programDashboardProjection(MongoDatabase readModels, ReadModelChanges changes,
            Clock clock) {
        return new ProgramDashboardProjection(readModels, changes, clock);
    }

    /*
     * The vault is the privacy wiring's to declare; until it is, no personal data can be opened, so every contact
     * reads as erased rather than in clear.
     */
    @Bean
    DirectoryProjection directoryProjection(MongoDatabase readModels, ReadModelChanges changes,
            ObjectProvider<PersonalDataVault> vault) {
        return new DirectoryProjection(readModels, vault.getIfAvailable(() -> NO_VAULT), changes);
    }

    @Bean
    FollowUpListProjection followUpListProjection(MongoDatabase readModels, ReadModelChanges changes, Clock clock) {
        return new FollowUpListProjection(readModels, changes, clock);
    }

    @Bean
    OpportunityBoardProjection opportunityBoardProjection(MongoDatabase readModels, ReadModelChanges changes) {
        return new OpportunityBoardProjection(readModels, changes);
    }

    private static final PersonalDataVault NO_VAULT = new PersonalDataVault() {
        @Override
        public Sealed seal(app.ponte.contact.ContactId contactId, String plaintext) {
            throw new UnsupportedOperationException("No personal-data vault is configured");
        }

        @Override
        public Optional<String> open(app.ponte.contact.ContactId contactId, Sealed sealed) {
            return Optional.empty();
        }

        @Override
        public void destroy(app.ponte.contact.ContactId contactId) {
            throw new UnsupportedOperationException("No personal-data vault is configured");
        }
    };
}
