package app.ponte.mission;

import app.ponte.organization.OrganizationId;
import app.ponte.shared.Check;
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
        Check.present("missionId", missionId);
        Check.present("outcomeId", outcomeId);
        Check.present("kind", kind);
        description = Check.text("description", description, Check.TEXT_MAX);
        counterparts = Check.list("counterparts", counterparts);
        themes = Check.themes("themes", themes);
    }
}
