package app.ponte.config;

import java.nio.file.Path;
import java.util.function.Supplier;

import app.ponte.contact.Contact;
import app.ponte.contact.ContactDirectory;
import app.ponte.contact.RepositoryContactDirectory;
import app.ponte.contact.CryptoShreddingVault;
import app.ponte.contact.PersonalDataVault;
import app.ponte.followup.FollowUp;
import app.ponte.mission.Mission;
import app.ponte.mission.OutcomeLookup;
import app.ponte.mission.RepositoryOutcomeLookup;
import app.ponte.opportunity.Opportunity;
import app.ponte.opportunity.OpportunityLookup;
import app.ponte.opportunity.RepositoryOpportunityLookup;
import app.ponte.organization.Organization;
import app.ponte.organization.OrganizationDirectory;
import app.ponte.organization.RepositoryOrganizationDirectory;
import app.ponte.privacy.CryptoShredder;
import app.ponte.program.Program;
import app.ponte.program.ProgramDirectory;
import app.ponte.program.RepositoryProgramDirectory;
import app.ponte.store.LookupRepositories;
import app.ponte.store.MongoKeyStore;
import app.ponte.store.MongoStore;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/**
 * The rest of the domain beside the mission: its aggregates, and the services their command handlers take as
 * parameters (Axon resolves those from the Spring beans declared here). Who-did-it metadata is wired in
 * {@link ActorMetadataConfiguration}, which gives way to the sign-in's own wiring.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    @Bean
    ConfigurerModule domainAggregates(CachedAggregates aggregates) {
        return configurer -> configurer
                .configureAggregate(aggregates.of(Program.class))
                .configureAggregate(aggregates.of(Organization.class))
                .configureAggregate(aggregates.of(Contact.class))
                .configureAggregate(aggregates.of(Opportunity.class))
                .configureAggregate(aggregates.of(FollowUp.class));
    }

    // Keys kept in the same database as the events (an in-memory store would make every contact unreadable after a
    // restart, which is erasure by accident), wrapped by the key-encryption key in a file outside it.
    @Bean
    PersonalDataVault personalDataVault(MongoStore store, @Value("${ponte.kek-file:}") String kekFile,
            @Value("${ponte.mongodb.uri:}") String mongoUri, @Value("${ponte.data-dir:./data}") Path dataDir) {
        var keys = MongoKeyStore.open(store.database(), MongoKeyStore.kekFile(kekFile, mongoUri, dataDir));
        if (keys.migratedClearKeys() > 0) {
            // The clear keys an earlier version wrote are still in the file's old pages until it is rewritten; this
            // runs while the context starts, before any processor or request writes.
            store.rewriteEmbeddedFile();
        }
        return new CryptoShreddingVault(new CryptoShredder(keys));
    }

    /*
     * The lookups read other aggregates' event streams, on every load and past the aggregate cache, which may hold a
     * copy another node has changed since (see LookupRepositories). The lazy proxy defers asking for Axon's
     * configuration until a command is handled: it exists only once Axon has started.
     */
    @Bean
    OrganizationDirectory organizationDirectory(@Lazy Configuration axon) {
        return new RepositoryOrganizationDirectory(uncached(axon, Organization.class));
    }

    @Bean
    ProgramDirectory programDirectory(@Lazy Configuration axon) {
        return new RepositoryProgramDirectory(uncached(axon, Program.class));
    }

    @Bean
    ContactDirectory contactDirectory(@Lazy Configuration axon) {
        return new RepositoryContactDirectory(uncached(axon, Contact.class));
    }

    @Bean
    OutcomeLookup outcomeLookup(@Lazy Configuration axon) {
        return new RepositoryOutcomeLookup(uncached(axon, Mission.class));
    }

    @Bean
    OpportunityLookup opportunityLookup(@Lazy Configuration axon) {
        return new RepositoryOpportunityLookup(uncached(axon, Opportunity.class));
    }

    /** Builds the lookup repository on first use, from the configuration the lazy proxy then reaches. */
    private static <T> Supplier<Repository<T>> uncached(Configuration axon, Class<T> type) {
        return new Supplier<>() {
            private Repository<T> repository;

            @Override
            public synchronized Repository<T> get() {
                if (repository == null) {
                    repository = LookupRepositories.uncached(type, axon.eventStore(), axon.parameterResolverFactory(),
                            axon.handlerDefinition(type));
                }
                return repository;
            }
        };
    }

    /** Copies the demo-data loader's mark from its commands onto their events, so every reader can tell them apart. */
    @Bean
    CorrelationDataProvider demoMarker() {
        return new SimpleCorrelationDataProvider("demo");
    }
}
