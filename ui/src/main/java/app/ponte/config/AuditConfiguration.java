package app.ponte.config;

import app.ponte.audit.AsOf;
import app.ponte.audit.AuditLogProjection;
import app.ponte.audit.ChainVerification;
import app.ponte.audit.HistoricalViews;
import app.ponte.audit.RecordHistories;
import app.ponte.contact.PersonalDataAudit;
import app.ponte.contact.PersonalDataVault;
import app.ponte.dashboard.DashboardCheckpoints;
import app.ponte.store.HashChain;
import app.ponte.store.MongoEventStorageEngine;
import app.ponte.store.MongoStore;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The audit's wiring: the audit log in a streaming processor of its own, record histories read from the event
 * store, time travel over the storage engine with the dashboard checkpoints, and the hash chain; the chain and the
 * checkpoints start with the application so that they follow every append.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuditConfiguration.class);

    @Bean
    AuditLogProjection auditLogProjection(MongoDatabase readModels) {
        return new AuditLogProjection(readModels);
    }

    // The log takes every event as a message rather than through annotated handlers, so it is registered by hand.
    @Bean
    ConfigurerModule auditLogProcessor(AuditLogProjection auditLog) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerEventHandler(configuration -> auditLog)
                .assignHandlerInstancesMatching(AuditLogProjection.PROCESSING_GROUP,
                        handler -> handler instanceof AuditLogProjection));
    }

    @Bean
    RecordHistories recordHistories(EventStore eventStore, MongoDatabase readModels,
            ObjectProvider<PersonalDataVault> vault) {
        return new RecordHistories(eventStore, readModels, vault.getIfAvailable());
    }

    // Closed with the application: its throwaway server for replays must not outlive it.
    @Bean(destroyMethod = "close")
    AsOf asOf(EventStorageEngine engine) {
        return new AsOf(engine);
    }

    @Bean
    HistoricalViews historicalViews(AsOf asOf, DashboardCheckpoints checkpoints) {
        return new HistoricalViews(asOf, checkpoints);
    }

    /** Checkpoints of the program dashboards, so "as of" folds only the events after the nearest one. */
    @Bean
    DashboardCheckpoints dashboardCheckpoints(MongoDatabase readModels, EventStorageEngine engine,
            @Value("${ponte.dashboard-checkpoints.every:10000}") long every) {
        return new DashboardCheckpoints(readModels, engine, every);
    }

    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskScheduler dashboardCheckpointsFollower(DashboardCheckpoints checkpoints,
            @Value("${ponte.dashboard-checkpoints.period-ms:5000}") long periodMillis) {
        var follower = new ThreadPoolTaskScheduler();
        follower.setThreadNamePrefix("dashboard-checkpoints-");
        follower.setDaemon(true);
        follower.initialize();
        follower.scheduleWithFixedDelay(() -> {
            try {
                checkpoints.extend();
            } catch (RuntimeException e) {
                // The next round resumes from the last stored checkpoint; meanwhile "as of" folds a longer tail.
                log.warn("Extending the dashboard checkpoints failed; retrying", e);
            }
        }, Duration.ofMillis(periodMillis));
        return follower;
    }

    @Bean(destroyMethod = "close")
    HashChain hashChain(MongoStore store, EventStorageEngine engine,
            @Value("${ponte.hash-chain.period-ms:500}") long periodMillis, ObjectProvider<PersonalDataVault> vault) {
        // The vault first: on the first start after an upgrade it rewrites the embedded store's file, which the
        // chain's follower is better not writing to at that moment.
        vault.getIfAvailable();
        var chain = new HashChain(store.database(), (MongoEventStorageEngine) engine);
        chain.start(periodMillis);
        return chain;
    }

    // The verify also opens every contact's sealed data: an altered wrapped key is outside the hash chain's reach.
    @Bean
    ChainVerification chainVerification(HashChain chain, EventStorageEngine engine,
            ObjectProvider<PersonalDataVault> vault) {
        var personalData = vault.getIfAvailable();
        return new ChainVerification(chain, Clock.systemUTC(), personalData == null ? null
                : new PersonalDataAudit(() -> engine.readEvents(null, false).map(event -> event.getPayload()),
                        personalData));
    }
}
