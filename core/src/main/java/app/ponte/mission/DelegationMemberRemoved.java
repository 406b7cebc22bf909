package app.ponte.mission;

import app.ponte.contact.ContactId;
import app.ponte.program.ProgramId;

public record DelegationMemberRemoved(
        MissionId missionId, ProgramId programId, ContactId contactId)
        implements MissionEvent {
}
