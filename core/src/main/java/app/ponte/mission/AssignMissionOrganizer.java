package app.ponte.mission;

import app.ponte.organization.OrganizationId;
import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Names the organization that organizes the mission, such as Città della Scienza. */
public record AssignMissionOrganizer(@TargetAggregateIdentifier MissionId missionId, OrganizationId organizerId) {

    public AssignMissionOrganizer {
        Check.present("missionId", missionId);
        Check.present("organizerId", organizerId);
    }
}
