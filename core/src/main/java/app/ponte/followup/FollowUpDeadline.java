package app.ponte.followup;

import app.ponte.shared.Check;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether a follow-up is overdue, worked out for a given day. Overdue is never recorded as an event: it changes with
 * the calendar, not with anything anyone does, so read models keep the due date and ask this on each read.
 */
public record FollowUpDeadline(LocalDate dueOn, LocalDate completedOn) {

    public FollowUpDeadline {
        Check.present("dueOn", dueOn);
    }

    public static FollowUpDeadline open(LocalDate dueOn) {
        return new FollowUpDeadline(dueOn, null);
    }

    /** Open and past its due day; a follow-up due today is not overdue yet. */
    public boolean isOverdue(LocalDate today) {
        return completedOn == null && today.isAfter(dueOn);
    }

    /** How many days past due an open follow-up is on {@code today}; zero when it is not overdue. */
    public long daysOverdue(LocalDate today) {
        return isOverdue(today) ? ChronoUnit.DAYS.between(dueOn, today) : 0;
    }

    /** Completed after its due day. */
    public boolean completedLate() {
        return completedOn != null && completedOn.isAfter(dueOn);
    }
}
