package app.ponte.mission;

import java.time.ZoneId;

/** Engagements are kept as instants; a new zone would silently move their venue times. */
public class TimeZoneFixedOnceScheduled extends MissionRejection {

    public TimeZoneFixedOnceScheduled(ZoneId current, ZoneId requested) {
        super("The mission keeps its agenda in " + current + "; it cannot move to " + requested
                + " while engagements are scheduled. Cancel and reschedule them instead.");
    }
}
