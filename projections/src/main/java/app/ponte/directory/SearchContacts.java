package app.ponte.directory;

import app.ponte.live.LiveQuery;
import app.ponte.live.ReadModelChanges;
import app.ponte.organization.OrganizationId;
import app.ponte.shared.InvalidField;

/**
 * Asks for a page of contacts whose name, role or organization contains {@code text}, optionally at one
 * organization. Names are matched after opening them through the privacy vault; erased contacts match only by role
 * or organization.
 */
public record SearchContacts(String text, OrganizationId organizationId, int offset, int limit) implements LiveQuery {

    public SearchContacts {
        text = text == null ? "" : text.strip();
        if (offset < 0) {
            throw new InvalidField("offset", "must not be negative");
        }
        if (limit < 1 || limit > 500) {
            throw new InvalidField("limit", "must be between 1 and 500");
        }
    }

    @Override
    public boolean concerns(String topic) {
        return topic.equals(ReadModelChanges.DIRECTORY);
    }
}
