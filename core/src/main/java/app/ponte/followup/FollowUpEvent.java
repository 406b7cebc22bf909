package app.ponte.followup;

import app.ponte.program.ProgramId;

/** Everything that can happen to a follow-up. Being overdue is not among them: readers derive it from the due date. */
public sealed interface FollowUpEvent
        permits FollowUpAssigned, FollowUpReassigned, FollowUpCompleted, FollowUpReopened {

    FollowUpId followUpId();

    ProgramId programId();
}
