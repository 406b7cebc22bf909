package app.ponte.mission;

import app.ponte.organization.OrganizationId;
import app.ponte.shared.Money;
import app.ponte.shared.OutcomeId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Corrects what was logged about an outcome; carries the outcome's whole description. */
public record AmendOutcome(
        @TargetAggregateIdentifier MissionId missionId,
        OutcomeId outcomeId,
        OutcomeKind kind,
        String description,
        List<OrganizationId> counterparts,
        List<String> themes,
        Money expectedValue) {

    public AmendOutcome {
        Fields.required("missionId", missionId);
        Fields.required("outcomeId", outcomeId);
        Fields.required("kind", kind);
        description = Fields.longText("description", description);
        counterparts = Fields.list("counterparts", counterparts).stream().distinct().toList();
        themes = Fields.themes("themes", themes);
    }
}
