package app.ponte.mission;

import app.ponte.organization.OrganizationId;
import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a diplomatic post (embassy, consulate) that supports the mission. */
public record AddSupportingPost(@TargetAggregateIdentifier MissionId missionId, OrganizationId postId) {

    public AddSupportingPost {
        Check.present("missionId", missionId);
        Check.present("postId", postId);
    }
}
