package app.ponte.config;

import app.ponte.followup.FollowUp;
import app.ponte.mission.Mission;
import app.ponte.mission.OutcomeLookup;
import app.ponte.mission.RepositoryOutcomeLookup;
import app.ponte.opportunity.Opportunity;
import app.ponte.organization.Organization;
import app.ponte.organization.OrganizationDirectory;
import app.ponte.organization.RepositoryOrganizationDirectory;
import app.ponte.program.Program;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The aggregates besides the mission, and the look-ups their command handlers take as parameters (Axon resolves
 * handler parameters from Spring beans). Contacts are not wired yet: their personal-data vault needs a key store that
 * survives a restart, which the store does not offer yet.
 */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    @Bean
    ConfigurerModule domainAggregates() {
        return configurer -> configurer
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Program.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Organization.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Opportunity.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(FollowUp.class));
    }

    // Taken lazily: the repositories exist only once Axon's configuration has been built.
    @Bean
    OrganizationDirectory organizationDirectory(ObjectProvider<org.axonframework.config.Configuration> axon) {
        return new RepositoryOrganizationDirectory(() -> axon.getObject().repository(Organization.class));
    }

    @Bean
    OutcomeLookup outcomeLookup(ObjectProvider<org.axonframework.config.Configuration> axon) {
        return new RepositoryOutcomeLookup(() -> axon.getObject().repository(Mission.class));
    }
}
