package app.ponte.opportunity;

import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import app.ponte.shared.Check;
import app.ponte.shared.OutcomeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Starts pursuing an outcome as an opportunity; it starts at {@link OpportunityStage#IDENTIFIED}. */
public record OpenOpportunity(
        @TargetAggregateIdentifier OpportunityId opportunityId,
        OutcomeId outcomeId,
        MissionId missionId,
        ProgramId programId,
        String title,
        String description) {

    public OpenOpportunity {
        Check.present("opportunityId", opportunityId);
        Check.present("outcomeId", outcomeId);
        Check.present("missionId", missionId);
        Check.present("programId", programId);
        title = Check.text("title", title, Check.TITLE_MAX);
        description = Check.optionalText("description", description, Check.TEXT_MAX);
    }
}
