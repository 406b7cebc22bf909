package app.ponte.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first administrator from {@code ponte.admin.username} and {@code ponte.admin.password} (or the
 * environment variables PONTE_ADMIN_USERNAME and PONTE_ADMIN_PASSWORD) when there are no users at all. There is no
 * default password: without configuration nobody can sign in, and the log says how to fix that.
 */
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserDirectory users;
    private final String username;
    private final String password;

    FirstAdministrator(UserDirectory users, String username, String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    void createIfNoUsers() {
        if (users.count() > 0) {
            return;
        }
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            log.warn("Ponte has no users and nobody can sign in. Set PONTE_ADMIN_USERNAME and PONTE_ADMIN_PASSWORD "
                    + "(at least {} characters) and restart to create the first administrator.",
                    UserDirectory.PASSWORD_MIN);
            return;
        }
        try {
            users.create(username.strip(), password, Role.ADMINISTRATOR, List.of());
            log.info("Created the first administrator, {}", username.strip());
        } catch (InvalidAccountInput invalid) {
            log.error("Cannot create the first administrator: {}", invalid.getMessage());
        }
    }
}
