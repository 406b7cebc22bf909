package app.ponte.config;

import app.ponte.contact.PersonalDataVault;
import app.ponte.report.MissionReports;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reports' reading side: mission records read from the event store, names opened through the vault. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    MissionReports missionReports(EventStore eventStore, MongoDatabase readModels,
            ObjectProvider<PersonalDataVault> vault, Clock clock) {
        return new MissionReports(eventStore, readModels, vault.getIfAvailable(), clock);
    }
}
