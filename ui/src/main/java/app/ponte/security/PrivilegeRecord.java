package app.ponte.security;

/**
 * Where a change of access is recorded as an event before the account stores write it: the users' directory, the
 * API tokens, display links and calendar links each send their privilege command here first, so a change the event
 * store refused (or a caller the command gateway refused) is never written to the lookup documents. In the
 * application this is the command gateway, so the event carries the acting user, role, source and correlation id.
 */
@FunctionalInterface
public interface PrivilegeRecord {

    /** Records the change; throws when it cannot be recorded, and then nothing may be written. */
    void record(Object command);
}
