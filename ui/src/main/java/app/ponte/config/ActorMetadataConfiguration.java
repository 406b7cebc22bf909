package app.ponte.config;

import app.ponte.shared.Actor;
import app.ponte.shared.ActorProvider;
import app.ponte.shared.CommandMetadataInterceptor;
import app.ponte.shared.Source;
import java.util.Optional;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Stamps every command, and through the correlation providers every event, with who caused it, from where and a
 * correlation id, for as long as no sign-in wiring does it instead.
 *
 * <p>An auto-configuration (listed in {@code META-INF/spring/...AutoConfiguration.imports}) rather than a scanned
 * configuration, because only then are its conditions decided after every application bean is known, whatever
 * package that bean lives in. It runs before Axon's own, whose default {@code MessageOriginProvider} would otherwise
 * overwrite {@value Actor#CORRELATION_ID}.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@ConditionalOnMissingBean(CommandMetadataInterceptor.class)
public class ActorMetadataConfiguration {

    /*
     * Until someone signs in, every change is the application's own. The views are then the only way in, hence the
     * source; the demo-data loader names its own actor on each command.
     */
    @Bean
    @ConditionalOnMissingBean
    ActorProvider systemActorProvider() {
        return new ActorProvider() {
            @Override
            public Actor currentActor() {
                return Actor.system(Source.UI);
            }

            @Override
            public Optional<String> correlationId() {
                return Optional.empty();
            }
        };
    }

    @Bean
    CommandMetadataInterceptor commandMetadataInterceptor(ActorProvider actors) {
        return new CommandMetadataInterceptor(actors);
    }

    @Bean
    CorrelationDataProvider actorMetadata() {
        return new SimpleCorrelationDataProvider(Actor.METADATA_KEYS.toArray(String[]::new));
    }

    @Bean
    CorrelationDataProvider messageLineage() {
        return new MessageOriginProvider(Actor.CAUSATION_ID, Actor.TRACE_ID);
    }
}
