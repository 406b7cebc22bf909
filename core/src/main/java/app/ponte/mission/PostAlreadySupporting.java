package app.ponte.mission;

import app.ponte.organization.OrganizationId;

public class PostAlreadySupporting extends MissionRejection {

    public PostAlreadySupporting(OrganizationId postId) {
        super("The post " + postId + " already supports this mission.");
    }
}
