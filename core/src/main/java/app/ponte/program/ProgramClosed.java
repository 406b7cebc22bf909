package app.ponte.program;

public record ProgramClosed(ProgramId programId, String name, String closingNote) implements ProgramEvent {
}
