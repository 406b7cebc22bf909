package app.ponte.followups;

import app.ponte.followup.FollowUpId;
import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import java.time.LocalDate;

/** One follow-up as the list shows it; {@code daysOverdue} is worked out for the day of the query. */
public record FollowUpItem(FollowUpId followUpId, ProgramId programId, MissionId missionId, String ownerUserId,
        String description, LocalDate dueOn, LocalDate completedOn, long daysOverdue) {

    public boolean overdue() {
        return daysOverdue > 0;
    }
}
