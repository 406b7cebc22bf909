package app.ponte.dashboard;

/**
 * Asks for every known program's id, answered as {@link ProgramIds}. Only for filling an access scope until
 * sign-in decides it: what a user may see is for the access rules, not the dashboard, to say.
 */
public record ListAllProgramIds() {}
