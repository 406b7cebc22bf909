package app.ponte.config;

import app.ponte.privilege.ApiTokenGrant;
import app.ponte.privilege.CalendarLinkGrant;
import app.ponte.privilege.DisplayLinkGrant;
import app.ponte.privilege.UserAccess;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The aggregates that record changes of access: users, API tokens, display links, calendar links. */
@Configuration(proxyBeanMethods = false)
class PrivilegeConfiguration {

    @Bean
    ConfigurerModule privilegeAggregates(CachedAggregates aggregates) {
        return configurer -> configurer
                .configureAggregate(aggregates.of(UserAccess.class))
                .configureAggregate(aggregates.of(ApiTokenGrant.class))
                .configureAggregate(aggregates.of(DisplayLinkGrant.class))
                .configureAggregate(aggregates.of(CalendarLinkGrant.class));
    }
}
