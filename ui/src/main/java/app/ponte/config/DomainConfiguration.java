package app.ponte.config;

import app.ponte.contact.Contact;
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
import app.ponte.store.MongoKeyStore;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
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

    // Keys kept in the same database as the events: an in-memory store would make every contact unreadable after a
    // restart, which is erasure by accident.
    @Bean
    PersonalDataVault personalDataVault(MongoDatabase readModels) {
        return new CryptoShreddingVault(new CryptoShredder(new MongoKeyStore(readModels)));
    }

    /*
     * The lookups read other aggregates' event streams through Axon's repositories, which exist only once Axon's
     * configuration has started; the lazy proxy defers asking for them until a command is handled.
     */
    @Bean
    OrganizationDirectory organizationDirectory(@Lazy Configuration axon) {
        return new RepositoryOrganizationDirectory(() -> axon.repository(Organization.class));
    }

    @Bean
    OutcomeLookup outcomeLookup(@Lazy Configuration axon) {
        return new RepositoryOutcomeLookup(() -> axon.repository(Mission.class));
    }

    @Bean
    OpportunityLookup opportunityLookup(@Lazy Configuration axon) {
        return new RepositoryOpportunityLookup(() -> axon.repository(Opportunity.class));
    }

    /** Copies the demo-data loader's mark from its commands onto their events, so every reader can tell them apart. */
    @Bean
    CorrelationDataProvider demoMarker() {
        return new SimpleCorrelationDataProvider("demo");
    }
}
