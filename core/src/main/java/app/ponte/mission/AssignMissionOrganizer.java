package app.ponte.mission;

import app.ponte.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Names the organization that organizes the mission, such as Città della Scienza. */
public record AssignMissionOrganizer(@TargetAggregateIdentifier MissionId missionId, OrganizationId organizerId) {

    public AssignMissionOrganizer {
        Fields.required("missionId", missionId);
        Fields.required("organizerId", organizerId);
    }
}
