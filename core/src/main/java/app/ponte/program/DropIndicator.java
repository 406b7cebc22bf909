package app.ponte.program;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stops measuring a program against one indicator. */
public record DropIndicator(@TargetAggregateIdentifier ProgramId programId, IndicatorKind kind, String reason) {

    public DropIndicator {
        Check.present("programId", programId);
        Check.present("kind", kind);
        reason = Check.text("reason", reason, Check.REASON_MAX);
    }
}
