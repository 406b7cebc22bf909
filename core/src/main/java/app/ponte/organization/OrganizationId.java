package app.ponte.organization;

import java.util.Objects;
import java.util.UUID;

/** Identifies one organization (cluster, university, company, agency, diplomatic post, chamber, research body). */
public record OrganizationId(UUID value) {

    public OrganizationId {
        Objects.requireNonNull(value, "OrganizationId needs a value");
    }

    public static OrganizationId random() {
        return new OrganizationId(UUID.randomUUID());
    }

    public static OrganizationId of(String text) {
        return new OrganizationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
