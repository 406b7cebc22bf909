package app.ponte.mission;

import app.ponte.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a diplomatic post (embassy, consulate) that supports the mission. */
public record AddSupportingPost(@TargetAggregateIdentifier MissionId missionId, OrganizationId postId) {

    public AddSupportingPost {
        Fields.required("missionId", missionId);
        Fields.required("postId", postId);
    }
}
