package app.ponte.organization;

public enum OrganizationStatus {
    ACTIVE,
    ARCHIVED,
    MERGED
}
