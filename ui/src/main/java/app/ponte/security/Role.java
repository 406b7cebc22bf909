package app.ponte.security;

import java.util.EnumSet;
import java.util.Set;

/** What a user may do: administrators everything, officers change their programs, the others only read. */
public enum Role {
    ADMINISTRATOR,
    PROGRAM_OFFICER,
    /** Reads and audits history; changes nothing. */
    CLUSTER_MANAGER,
    VIEWER;

    public boolean changesRecords() {
        return this == ADMINISTRATOR || this == PROGRAM_OFFICER;
    }

    /** May read the audit log and records' histories (the audit screen and its API). */
    public boolean audits() {
        return this == ADMINISTRATOR || this == CLUSTER_MANAGER;
    }

    public boolean seesEveryProgram() {
        return this == ADMINISTRATOR;
    }

    /** The roles a token issued to a user in this role may carry: never more than the user has. */
    public Set<Role> delegable() {
        return switch (this) {
            case ADMINISTRATOR -> EnumSet.allOf(Role.class);
            case PROGRAM_OFFICER -> EnumSet.of(PROGRAM_OFFICER, VIEWER);
            case CLUSTER_MANAGER -> EnumSet.of(CLUSTER_MANAGER, VIEWER);
            case VIEWER -> EnumSet.of(VIEWER);
        };
    }

    /** The Spring Security authority, as {@code @RolesAllowed} names it without the prefix. */
    public String authority() {
        return "ROLE_" + name();
    }
}
