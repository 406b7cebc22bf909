package app.ponte.followup;

import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import app.ponte.shared.Check;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives someone an action to take by a date, arising from an outcome or an opportunity. */
public record AssignFollowUp(
        @TargetAggregateIdentifier FollowUpId followUpId,
        ProgramId programId,
        MissionId missionId,
        FollowUpOrigin origin,
        String ownerUserId,
        LocalDate dueOn,
        String description) {

    public AssignFollowUp {
        Check.present("followUpId", followUpId);
        Check.present("programId", programId);
        Check.present("missionId", missionId);
        Check.present("origin", origin);
        ownerUserId = Check.text("ownerUserId", ownerUserId, Check.NAME_MAX);
        Check.present("dueOn", dueOn);
        description = Check.text("description", description, Check.TEXT_MAX);
    }
}
