package app.ponte.mission;

import app.ponte.organization.OrganizationId;
import app.ponte.shared.Check;
import app.ponte.shared.Money;
import app.ponte.shared.OutcomeId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records what a held engagement produced. The expected value is optional. */
public record LogOutcome(
        @TargetAggregateIdentifier MissionId missionId,
        EngagementId engagementId,
        OutcomeId outcomeId,
        OutcomeKind kind,
        String description,
        List<OrganizationId> counterparts,
        List<String> themes,
        Money expectedValue) {

    public LogOutcome {
        Check.present("missionId", missionId);
        Check.present("engagementId", engagementId);
        Check.present("outcomeId", outcomeId);
        Check.present("kind", kind);
        description = Check.text("description", description, Check.TEXT_MAX);
        counterparts = Check.list("counterparts", counterparts);
        themes = Check.themes("themes", themes);
    }
}
