package app.ponte.program;

public record IndicatorDropped(ProgramId programId, IndicatorKind kind, String reason) implements ProgramEvent {
}
