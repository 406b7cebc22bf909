package app.ponte.followup;

import app.ponte.program.ProgramId;
import java.time.LocalDate;

public record FollowUpReassigned(
        FollowUpId followUpId,
        ProgramId programId,
        String ownerUserId,
        LocalDate dueOn,
        String previousOwnerUserId,
        LocalDate previousDueOn) implements FollowUpEvent {
}
