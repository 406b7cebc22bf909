package app.ponte.program;

import app.ponte.shared.Check;
import app.ponte.shared.InvalidField;
import java.util.Comparator;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the targets of one indicator, period by period; defining it again replaces the earlier targets. */
public record DefineIndicator(
        @TargetAggregateIdentifier ProgramId programId, IndicatorKind kind, List<IndicatorTarget> targets) {

    public DefineIndicator {
        Check.present("programId", programId);
        Check.present("kind", kind);
        targets = Check.nonEmptyList("targets", targets).stream()
                .sorted(Comparator.comparing(t -> t.period().start()))
                .toList();
        for (int i = 1; i < targets.size(); i++) {
            if (targets.get(i).period().overlaps(targets.get(i - 1).period())) {
                throw new InvalidField("targets", "must have periods that do not overlap");
            }
        }
    }
}
