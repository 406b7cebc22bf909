package app.ponte.mission;

import app.ponte.organization.OrganizationId;
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
        Fields.required("missionId", missionId);
        Fields.required("engagementId", engagementId);
        Fields.required("outcomeId", outcomeId);
        Fields.required("kind", kind);
        description = Fields.longText("description", description);
        counterparts = Fields.list("counterparts", counterparts).stream().distinct().toList();
        themes = Fields.themes("themes", themes);
    }
}
