package app.ponte.followup;

import app.ponte.shared.Check;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The action was done on {@code completedOn}, given by the caller so the decision needs no clock. */
public record CompleteFollowUp(
        @TargetAggregateIdentifier FollowUpId followUpId, LocalDate completedOn, String note) {

    public CompleteFollowUp {
        Check.present("followUpId", followUpId);
        Check.present("completedOn", completedOn);
        note = Check.optionalText("note", note, Check.TEXT_MAX);
    }
}
