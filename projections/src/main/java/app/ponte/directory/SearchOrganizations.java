package app.ponte.directory;

import app.ponte.live.LiveQuery;
import app.ponte.live.ReadModelChanges;
import app.ponte.organization.OrganizationType;
import app.ponte.shared.InvalidField;

/**
 * Asks for a page of organizations whose name (Latin or native script) or city contains {@code text}, optionally of
 * one type and in one country (ISO code); null filters match everything. Sorted by name.
 */
public record SearchOrganizations(String text, OrganizationType type, String country, int offset, int limit)
        implements LiveQuery {

    public SearchOrganizations {
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
