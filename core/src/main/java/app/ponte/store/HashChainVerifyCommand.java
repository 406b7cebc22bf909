package app.ponte.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies the hash chain of a Ponte store from the command line, without starting the application:
 * {@code --uri <connection string>} for a MongoDB deployment, or {@code --data-dir <folder>} (default {@code ./data})
 * for the embedded store's file, which must not be open in a running Ponte at the same time. The exit status is 0
 * when every linked event verifies, 1 when the chain breaks, 2 on bad arguments.
 */
public final class HashChainVerifyCommand {

    private static final Logger log = LoggerFactory.getLogger(HashChainVerifyCommand.class);

    private HashChainVerifyCommand() {
    }

    public static void main(String[] args) {
        String uri = System.getenv().getOrDefault("PONTE_MONGODB_URI", "");
        Path dataDir = Path.of(System.getenv().getOrDefault("PONTE_DATA_DIR", "./data"));
        String database = "ponte";
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--uri" -> uri = value;
                case "--data-dir" -> dataDir = Path.of(value);
                case "--database" -> database = value;
                default -> {
                    log.error("Unknown argument {}; use --uri <connection string> or --data-dir <folder>, "
                            + "and optionally --database <name>", args[i]);
                    System.exit(2);
                }
            }
            if (value == null) {
                log.error("{} needs a value", args[i]);
                System.exit(2);
            }
            i++;
        }
        System.exit(run(uri, dataDir, database).intact() ? 0 : 1);
    }

    static HashChainReport run(String uri, Path dataDir, String database) {
        try (MongoStore store = MongoStore.open(uri, dataDir, database)) {
            MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                    .database(store.database())
                    .eventSerializer(PonteSerializer.jackson())
                    .snapshotSerializer(PonteSerializer.jackson())
                    .upcasterChain(Upcasters.chain(store.database()))
                    .build();
            try (HashChain chain = new HashChain(store.database(), engine)) {
                Instant started = Instant.now();
                HashChainReport report = chain.verify();
                Duration took = Duration.between(started, Instant.now());
                if (report.intact()) {
                    log.info("{} Verified in {} ms.", report.summary(), took.toMillis());
                } else {
                    log.error("{} Verified in {} ms.", report.summary(), took.toMillis());
                }
                return report;
            }
        }
    }
}
