package app.ponte.api;

import app.ponte.PonteApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One running Ponte for the API tests, JUnit and jqwik alike (jqwik properties cannot use Spring's test context),
 * on a free port with a fresh embedded store. It stops when the test JVM does.
 */
final class PonteServer {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "correct horse battery staple";

    private static PonteServer running;
    /**
     * Spring Security's static holder strategy as this server installed it. Another application started later in
     * the same JVM (a test of start-up or of a lost store) installs its own, which this server's filter chain does
     * not read: every API request would then lose its authentication. It is put back whenever a test asks for the
     * server.
     */
    private static SecurityContextHolderStrategy strategy;

    final ConfigurableApplicationContext context;
    final int port;

    private PonteServer(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static synchronized PonteServer get() {
        if (running == null) {
            Path data;
            try {
                data = Files.createTempDirectory("ponte-api-test");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            // As arguments, which outrank application.properties (default properties would not).
            running = new PonteServer(new SpringApplicationBuilder(PonteApplication.class).run(
                    "--server.port=0",
                    "--ponte.mongodb.uri=",
                    "--ponte.data-dir=" + data,
                    "--ponte.demo.enabled=false",
                    "--ponte.admin.username=" + ADMIN,
                    "--ponte.admin.password=" + ADMIN_PASSWORD,
                    "--ponte.api.rate-limit.per-minute=1000000",
                    "--ponte.api.rate-limit.per-address-per-minute=1000000",
                    "--vaadin.launch-browser=false"));
            strategy = SecurityContextHolder.getContextHolderStrategy();
            World.create(running);
        }
        if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
        return running;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** How many events the store holds: a refused command must leave it unchanged. */
    long events() {
        return bean(com.mongodb.client.MongoDatabase.class).getCollection("events")
                .countDocuments(new org.bson.Document());
    }
}
