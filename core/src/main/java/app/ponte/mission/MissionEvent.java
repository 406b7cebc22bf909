package app.ponte.mission;

/** Everything that can happen to a mission; sealed so that readers handle every kind or say why not. */
public sealed interface MissionEvent
        permits MissionPlanned, MissionConfirmed, MissionAmended, MissionCancelled, MissionCompleted,
        MissionOrganizerAssigned, DelegationMemberAdded, DelegationMemberRemoved, SupportingPostAdded,
        SupportingPostRemoved, EngagementScheduled, EngagementRescheduled, EngagementCancelled, AttendanceRecorded,
        EngagementHeld, OutcomeLogged, OutcomeAmended, OutcomeRetracted {

    MissionId missionId();
}
