package app.ponte.config;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.shared.Actor;
import app.ponte.shared.ActorProvider;
import app.ponte.shared.CommandMetadataInterceptor;
import app.ponte.shared.Source;
import java.util.Optional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The fallback actor wiring stands in until sign-in provides its own, and then steps aside. */
class ActorMetadataConfigurationTest {

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActorMetadataConfiguration.class));

    @Test
    void withoutSignInEveryCommandIsTheSystemsFromTheViews() {
        app.run(context -> {
            var stamped = context.getBean(CommandMetadataInterceptor.class)
                    .handle(GenericCommandMessage.asCommandMessage("a command"));
            assertThat(stamped.getMetaData())
                    .containsEntry(Actor.USER_ID, "system")
                    .containsEntry(Actor.ROLE, "SYSTEM")
                    .containsEntry(Actor.SOURCE, "UI")
                    .containsEntry(Actor.CORRELATION_ID, stamped.getIdentifier());
            assertThat(context.getBeansOfType(CorrelationDataProvider.class)).hasSize(2);
        });
    }

    @Test
    void anActorProviderOfTheApplicationIsTheOneAsked() {
        app.withUserConfiguration(SignedIn.class).run(context -> {
            assertThat(context.getBeansOfType(ActorProvider.class)).containsOnlyKeys("officer");
            var stamped = context.getBean(CommandMetadataInterceptor.class)
                    .handle(GenericCommandMessage.asCommandMessage("a command"));
            assertThat(stamped.getMetaData())
                    .containsEntry(Actor.USER_ID, "u-17")
                    .containsEntry(Actor.SOURCE, "API")
                    .containsEntry(Actor.CORRELATION_ID, "request-9");
        });
    }

    @Test
    void aCommandInterceptorOfTheApplicationReplacesTheWholeFallback() {
        app.withUserConfiguration(OwnInterceptor.class).run(context -> {
            assertThat(context.getBeansOfType(CommandMetadataInterceptor.class)).containsOnlyKeys("ownInterceptor");
            assertThat(context.getBeansOfType(ActorProvider.class)).isEmpty();
            assertThat(context.getBeansOfType(CorrelationDataProvider.class)).isEmpty();
        });
    }

    private static ActorProvider actor(Actor actor, String correlationId) {
        return new ActorProvider() {
            @Override
            public Actor currentActor() {
                return actor;
            }

            @Override
            public Optional<String> correlationId() {
                return Optional.of(correlationId);
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    static class SignedIn {
        @Bean
        ActorProvider officer() {
            return actor(new Actor("u-17", "OFFICER", Source.API), "request-9");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnInterceptor {
        @Bean
        CommandMetadataInterceptor ownInterceptor() {
            return new CommandMetadataInterceptor(actor(new Actor("u-17", "OFFICER", Source.UI), "request-9"));
        }
    }
}
