package app.ponte.program;

import java.util.List;

public record IndicatorDefined(ProgramId programId, IndicatorKind kind, List<IndicatorTarget> targets)
        implements ProgramEvent {
}
