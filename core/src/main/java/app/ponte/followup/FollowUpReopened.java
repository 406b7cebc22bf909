package app.ponte.followup;

import app.ponte.program.ProgramId;
import java.time.LocalDate;

public record FollowUpReopened(
        FollowUpId followUpId, ProgramId programId, String ownerUserId, LocalDate dueOn, String reason)
        implements FollowUpEvent {
}
