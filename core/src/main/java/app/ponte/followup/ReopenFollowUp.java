package app.ponte.followup;

import app.ponte.shared.Check;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A completed follow-up turned out not to be done; it is open again, due on {@code dueOn}. */
public record ReopenFollowUp(@TargetAggregateIdentifier FollowUpId followUpId, String reason, LocalDate dueOn) {

    public ReopenFollowUp {
        Check.present("followUpId", followUpId);
        reason = Check.text("reason", reason, Check.REASON_MAX);
        Check.present("dueOn", dueOn);
    }
}
