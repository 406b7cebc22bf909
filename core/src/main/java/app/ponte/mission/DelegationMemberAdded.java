package app.ponte.mission;

import app.ponte.contact.ContactId;
import app.ponte.organization.OrganizationId;
import app.ponte.program.ProgramId;

public record DelegationMemberAdded(
        MissionId missionId, ProgramId programId, ContactId contactId, OrganizationId organizationId)
        implements MissionEvent {
}
