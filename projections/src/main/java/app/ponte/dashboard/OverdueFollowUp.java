package app.ponte.dashboard;

import app.ponte.followup.FollowUpId;
import java.time.LocalDate;

/** An open follow-up past its due day. */
public record OverdueFollowUp(FollowUpId followUpId, String ownerUserId, String description, LocalDate dueOn,
        long daysOverdue) {}
