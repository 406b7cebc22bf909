package app.ponte.privilege;

import app.ponte.program.ProgramId;
import app.ponte.shared.Check;
import app.ponte.shared.InvalidField;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** The rules the privilege commands share: a role is a role's name, programs a sorted list without repeats. */
final class Access {

    private static final Pattern ROLE = Pattern.compile("^[A-Z][A-Z_]{0,39}$");

    private Access() {
    }

    static String role(String field, String role) {
        if (role == null || !ROLE.matcher(role).matches()) {
            throw new InvalidField(field, "must be a role's name, such as PROGRAM_OFFICER");
        }
        return role;
    }

    /* Sorted so that the same memberships always make the same event, whatever order the screen listed them in. */
    static List<ProgramId> programs(String field, Collection<ProgramId> programs) {
        return Check.list(field, programs).stream().distinct()
                .sorted(Comparator.comparing(ProgramId::toString)).toList();
    }
}
