package app.ponte.directory;

import app.ponte.live.LiveQuery;
import app.ponte.live.ReadModelChanges;
import app.ponte.organization.OrganizationId;
import java.util.Objects;

/** Asks for everything Ponte knows of one organization, across programs and missions. */
public record GetOrganization360(OrganizationId organizationId) implements LiveQuery {

    public GetOrganization360 {
        Objects.requireNonNull(organizationId, "GetOrganization360 needs an organizationId");
    }

    @Override
    public boolean concerns(String topic) {
        return topic.equals(ReadModelChanges.DIRECTORY);
    }
}
