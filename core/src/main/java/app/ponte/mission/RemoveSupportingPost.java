package app.ponte.mission;

import app.ponte.organization.OrganizationId;
import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that a diplomatic post no longer supports the mission. */
public record RemoveSupportingPost(@TargetAggregateIdentifier MissionId missionId, OrganizationId postId) {

    public RemoveSupportingPost {
        Check.present("missionId", missionId);
        Check.present("postId", postId);
    }
}
