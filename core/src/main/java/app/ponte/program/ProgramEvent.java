package app.ponte.program;

/** Everything that can happen to a program. */
public sealed interface ProgramEvent
        permits ProgramLaunched, ProgramAmended, IndicatorDefined, IndicatorDropped, ProgramClosed {

    ProgramId programId();
}
