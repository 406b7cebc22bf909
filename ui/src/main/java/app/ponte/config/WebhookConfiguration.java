package app.ponte.config;

import app.ponte.contact.PersonalDataVault;
import app.ponte.security.CurrentCaller;
import app.ponte.store.StoredTypes;
import app.ponte.webhook.WebhookEndpoint;
import app.ponte.webhooks.AddressPolicy;
import app.ponte.webhooks.WebhookAdministration;
import app.ponte.webhooks.WebhookDispatcher;
import app.ponte.webhooks.WebhookOutbox;
import app.ponte.webhooks.WebhookSecrets;
import app.ponte.webhooks.WebhookSettings;
import app.ponte.webhooks.WebhookStore;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Webhooks: the endpoint aggregate, the outbox in a streaming processor of one segment, and the dispatcher every
 * instance runs, which starts once the application is ready.
 */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    ConfigurerModule webhookAggregate(CachedAggregates aggregates) {
        return configurer -> configurer.configureAggregate(aggregates.of(WebhookEndpoint.class));
    }

    @Bean
    WebhookStore webhookStore(MongoDatabase readModels) {
        return new WebhookStore(readModels);
    }

    @Bean
    WebhookSecrets webhookSecrets(MongoDatabase readModels, Clock clock) {
        return new WebhookSecrets(readModels, clock);
    }

    @Bean
    AddressPolicy webhookAddressPolicy(@Value("${" + AddressPolicy.ALLOW_PROPERTY + ":false}") boolean allowPrivate) {
        return new AddressPolicy(allowPrivate);
    }

    @Bean
    WebhookOutbox webhookOutbox(WebhookStore store) {
        return new WebhookOutbox(store);
    }

    // One segment: the endpoints' registrations and the events they select must be handled in stream order.
    @Bean
    ConfigurerModule webhookOutboxProcessor(WebhookOutbox outbox, ObjectProvider<PromptEventSource> source) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerEventHandler(configuration -> outbox)
                .assignHandlerInstancesMatching(WebhookOutbox.PROCESSING_GROUP,
                        handler -> handler instanceof WebhookOutbox)
                .registerPooledStreamingEventProcessor(WebhookOutbox.PROCESSING_GROUP,
                        configuration -> source.getObject(),
                        (configuration, builder) -> builder.initialSegmentCount(1).maxClaimedSegments(1)
                                .batchSize(100)));
    }

    @Bean
    WebhookSettings webhookSettings(
            @Value("${ponte.webhooks.retry-base:5s}") Duration retryBase,
            @Value("${ponte.webhooks.retry-cap:1h}") Duration retryCap,
            @Value("${ponte.webhooks.retry-window:25h}") Duration retryWindow,
            @Value("${ponte.webhooks.disable-after-failures:100}") int disableAfterFailures,
            @Value("${ponte.webhooks.lease:60s}") Duration lease,
            @Value("${ponte.webhooks.timeout:10s}") Duration timeout,
            @Value("${ponte.webhooks.poll:500ms}") Duration poll,
            @Value("${ponte.webhooks.threads:4}") int threads,
            @Value("${ponte.webhooks.batch:32}") int batch) {
        return new WebhookSettings(retryBase, retryCap, retryWindow, disableAfterFailures, lease, timeout, poll,
                threads, batch);
    }

    @Bean(destroyMethod = "close")
    WebhookDispatcher webhookDispatcher(WebhookStore store, WebhookSecrets secrets, AddressPolicy addresses,
            ObjectProvider<PersonalDataVault> vault, CommandGateway commands, WebhookSettings settings, Clock clock) {
        return new WebhookDispatcher(store, secrets, addresses, vault.getIfAvailable(() -> NOTHING_OPENS),
                commands::sendAndWait, settings, clock);
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> webhookDispatcherStart(WebhookDispatcher dispatcher) {
        return ready -> dispatcher.start();
    }

    @Bean
    WebhookAdministration webhookAdministration(CommandGateway commands, CurrentCaller callers, WebhookStore store,
            WebhookSecrets secrets, AddressPolicy addresses, Clock clock) {
        return new WebhookAdministration(commands, callers, store, secrets, addresses, clock,
                StoredTypes.events().values());
    }

    /* Without the privacy wiring nothing can be opened, so contacts go out as erased rather than in clear. */
    private static final PersonalDataVault NOTHING_OPENS = new PersonalDataVault() {
        @Override
        public app.ponte.privacy.Sealed seal(app.ponte.contact.ContactId contactId, String plaintext) {
            throw new UnsupportedOperationException("No personal-data vault is configured");
        }

        @Override
        public Optional<String> open(app.ponte.contact.ContactId contactId, app.ponte.privacy.Sealed sealed) {
            return Optional.empty();
        }

        @Override
        public void destroy(app.ponte.contact.ContactId contactId) {
            throw new UnsupportedOperationException("No personal-data vault is configured");
        }
    };
}
