package app.ponte.organization;

/** What kind of party an organization is. */
public enum OrganizationType {
    CLUSTER,
    UNIVERSITY,
    COMPANY,
    AGENCY,
    DIPLOMATIC_POST,
    CHAMBER_OF_COMMERCE,
    RESEARCH_BODY,
    MINISTRY,
    HOSPITAL,
    ASSOCIATION,
    OTHER
}
