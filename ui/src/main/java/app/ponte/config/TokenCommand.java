package app.ponte.config;

import app.ponte.security.ApiTokens;
import app.ponte.security.PrivilegeRecord;
import app.ponte.security.Role;
import app.ponte.security.UserDirectory;
import app.ponte.shared.InvalidField;
import app.ponte.store.MongoStore;
import ch.qos.logback.classic.Level;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code token create}: issues an API token from the command line, without starting the web server, so that a
 * script can get its first token with no browser. The token goes to standard output alone, once; everything else
 * goes to standard error. The user must exist and be enabled, except on a store with no users at all: there the
 * user is created as the first administrator, with the password in {@code PONTE_ADMIN_PASSWORD}, as the first
 * start of the server would. Like the server, it reads {@code PONTE_MONGODB_URI} or {@code PONTE_DATA_DIR}; the
 * embedded store's folder must not be open in a running Ponte at the same time. Exit status: 0 issued, 1 refused,
 * 2 bad arguments.
 */
public final class TokenCommand {

    static final String USAGE = "usage: token create --user <name> [--role ADMINISTRATOR] --label <label> "
            + "[--data-dir <folder> | --uri <connection string>] [--database <name>]";

    private TokenCommand() {
    }

    /** Whether the command line asks for this command rather than the server. */
    public static boolean asked(String[] args) {
        return args.length > 0 && args[0].equals("token");
    }

    /** Runs the command with the process's streams; the token is printed on the real standard output only. */
    public static int run(String[] args) {
        PrintStream stdout = System.out;
        // Logback's default set-up, outside Spring, writes to standard output: the token must be alone there.
        System.setOut(System.err);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        try {
            return run(args, System.getenv(), stdout, System.err);
        } finally {
            System.setOut(stdout);
        }
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length < 2 || !args[1].equals("create")) {
            err.println(USAGE);
            return 2;
        }
        String user = null;
        String label = null;
        String role = Role.ADMINISTRATOR.name();
        String uri = env.getOrDefault("PONTE_MONGODB_URI", "");
        String dataDir = env.getOrDefault("PONTE_DATA_DIR", "./data");
        String database = "ponte";
        for (int i = 2; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                err.println(args[i] + " needs a value; " + USAGE);
                return 2;
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--user" -> user = value;
                case "--label" -> label = value;
                case "--role" -> role = value;
                case "--uri" -> uri = value;
                case "--data-dir" -> dataDir = value;
                case "--database" -> database = value;
                default -> {
                    err.println("Unknown option " + args[i] + "; " + USAGE);
                    return 2;
                }
            }
        }
        if (user == null || user.isBlank() || label == null) {
            err.println("--user and --label are required; " + USAGE);
            return 2;
        }
        Role asked;
        try {
            asked = Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            err.println("--role must be one of " + List.of(Role.values()) + ", not " + role);
            return 2;
        }
        try (MongoStore store = MongoStore.open(uri, Path.of(dataDir), database)) {
            var clock = Clock.systemUTC();
            // Run with the application stopped, without its command gateway: what this creates is not yet recorded as events.
            PrivilegeRecord unrecorded = command -> { };
            var users = new UserDirectory(store.database(), UserDirectory.passwordEncoder(), clock, unrecorded);
            var account = users.byUsername(user.strip());
            if (account.isEmpty() && users.count() == 0) {
                String password = env.getOrDefault("PONTE_ADMIN_PASSWORD", "");
                if (password.isBlank()) {
                    err.println("There are no users yet: set PONTE_ADMIN_PASSWORD (at least "
                            + UserDirectory.PASSWORD_MIN_LENGTH + " characters) to create " + user.strip()
                            + " as the first administrator");
                    return 1;
                }
                account = java.util.Optional.of(users.create(user.strip(), password, Role.ADMINISTRATOR, List.of()));
                err.println("Created the first administrator, " + user.strip());
            }
            if (account.isEmpty()) {
                err.println("There is no user " + user.strip() + "; an administrator creates users on the users page");
                return 1;
            }
            if (!account.get().enabled()) {
                err.println("The user " + user.strip() + " is disabled");
                return 1;
            }
            var tokens = new ApiTokens(store.database(), users, clock, unrecorded);
            var issued = tokens.issue(account.get().userId(), label, asked, Set.of());
            err.println("Issued token " + issued.info().tokenId() + " (" + asked + ", \"" + issued.info().label()
                    + "\") for " + account.get().username() + ", expiring " + issued.info().expiresAt()
                    + ". It is shown once:");
            out.println(issued.secret());
            out.flush();
            return 0;
        } catch (InvalidField invalid) {
            err.println("Refused: " + invalid.getMessage());
            return 1;
        }
    }
}
