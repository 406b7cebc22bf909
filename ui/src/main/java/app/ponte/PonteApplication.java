package app.ponte;

import app.ponte.config.TokenCommand;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;

/**
 * Starts Ponte. Spring Boot's own MongoDB client is switched off: the store configuration owns the one client,
 * embedded or real, that events, tokens and read models share.
 */
@SpringBootApplication(exclude = MongoAutoConfiguration.class)
@Push
@PWA(name = "Ponte", shortName = "Ponte")
public class PonteApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        // `token create …` issues an API token and exits, without starting the server (README, "API tokens").
        if (TokenCommand.asked(args)) {
            System.exit(TokenCommand.run(args));
        }
        SpringApplication.run(PonteApplication.class, args);
    }
}
