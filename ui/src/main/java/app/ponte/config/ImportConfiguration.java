package app.ponte.config;

import app.ponte.imports.ImportReports;
import app.ponte.imports.ImportService;
import app.ponte.shared.Actor;

import app.ponte.security.CurrentCaller;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The import (app.ponte.imports)'s service and report store, and the metadata its events inherit from its commands. */
@Configuration
class ImportConfiguration {

    @Bean
    ImportReports importReports(MongoDatabase database) {
        return new ImportReports(database);
    }

    @Bean
    ImportService importService(CommandGateway commands, QueryGateway queries, CurrentCaller callers,
            ImportReports reports, EventStore events, Clock clock,
            @Value("${ponte.imports.concurrency:" + ImportService.DEFAULT_CONCURRENCY + "}") int concurrency) {
        // Undo may archive a record only while every event it has came from the import being undone.
        ImportService.Origins origins = (aggregateId, correlationId) -> {
            var stream = events.readEvents(aggregateId);
            while (stream.hasNext()) {
                if (!correlationId.equals(stream.next().getMetaData().get(Actor.CORRELATION_ID))) {
                    return false;
                }
            }
            return true;
        };
        return new ImportService(commands, queries, callers, reports, origins, clock, concurrency);
    }

    /** Copies the file's name and the row's number from an import's commands onto their events, for the audit. */
    @Bean
    CorrelationDataProvider importOrigin() {
        return new SimpleCorrelationDataProvider(ImportService.FILE_KEY, ImportService.ROW_KEY);
    }
}
