package app.ponte.mission;

import app.ponte.organization.OrganizationId;

public class NotASupportingPost extends MissionRejection {

    public NotASupportingPost(OrganizationId postId) {
        super("The post " + postId + " does not support this mission.");
    }
}
