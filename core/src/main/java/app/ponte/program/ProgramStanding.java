package app.ponte.program;

/** What another aggregate's decision needs to know about a program: its name and whether it is closed. */
public record ProgramStanding(ProgramId programId, String name, boolean closed) {}
