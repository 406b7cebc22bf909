package app.ponte.calendar;

import app.ponte.agenda.EngagementSummary;
import java.util.List;

/** One engagement as a calendar shows it: with its mission's title and its counterparts' names. */
record CalendarEntry(EngagementSummary engagement, String missionTitle, List<String> counterparts) {

    CalendarEntry {
        counterparts = List.copyOf(counterparts);
    }
}
