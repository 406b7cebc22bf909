package app.ponte.followup;

import app.ponte.program.ProgramId;
import java.time.LocalDate;

/** {@code dueOn} is repeated so readers can tell on-time from late completion without looking back. */
public record FollowUpCompleted(
        FollowUpId followUpId, ProgramId programId, String ownerUserId, LocalDate dueOn, LocalDate completedOn,
        String note) implements FollowUpEvent {
}
