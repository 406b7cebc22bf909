package app.ponte.followup;

import app.ponte.shared.Check;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hands an open follow-up to someone else or moves its due date. */
public record ReassignFollowUp(
        @TargetAggregateIdentifier FollowUpId followUpId, String ownerUserId, LocalDate dueOn) {

    public ReassignFollowUp {
        Check.present("followUpId", followUpId);
        ownerUserId = Check.text("ownerUserId", ownerUserId, Check.NAME_MAX);
        Check.present("dueOn", dueOn);
    }
}
