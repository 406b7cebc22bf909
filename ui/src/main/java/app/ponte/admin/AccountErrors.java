package app.ponte.admin;

import app.ponte.shared.InvalidField;
import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The account rules the directory and the token issuer enforce, worded in the screen's language. They state their rule
 * in English for the API; a rule this screen does not know is shown as the directory wrote it.
 */
final class AccountErrors {

    private static final Pattern LENGTH = Pattern.compile("must be (\\d+) to (\\d+) characters long");
    private static final Pattern ROLES = Pattern.compile("must be one of \\[(.*)] for this user");

    private AccountErrors() {
    }

    static String message(InvalidField invalid, Component on) {
        String rule = invalid.rule() == null ? "" : invalid.rule();
        var length = LENGTH.matcher(rule);
        if (length.matches()) {
            return on.getTranslation("admin.invalid.length", length.group(1), length.group(2));
        }
        var roles = ROLES.matcher(rule);
        if (roles.matches()) {
            var names = Arrays.stream(roles.group(1).split(",\\s*"))
                    .map(role -> on.getTranslation("admin.role." + role)).collect(Collectors.joining(", "));
            return on.getTranslation("admin.invalid.roleNotDelegable", names);
        }
        String key = switch (rule) {
            case "is required" -> "admin.invalid.required";
            case "is already taken" -> "admin.invalid.usernameTaken";
            case "must be 3 to 60 letters, digits, dots, dashes, underscores or @" -> "admin.invalid.username";
            case "must be program ids separated by commas" -> "admin.invalid.programIds";
            case "must be programs the user is a member of" -> "admin.invalid.programsNotMember";
            default -> null;
        };
        return key == null ? invalid.getMessage() : on.getTranslation(key);
    }
}
