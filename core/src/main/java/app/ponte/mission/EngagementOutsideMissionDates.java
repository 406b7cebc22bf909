package app.ponte.mission;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An engagement that would happen on a day the delegation is not there. */
public class EngagementOutsideMissionDates extends MissionRejection {

    public EngagementOutsideMissionDates(LocalDateTime start, LocalDateTime end, LocalDate first, LocalDate last) {
        super("The engagement (" + start + " to " + end + ") must take place during the mission, from " + first
                + " to " + last + ", in venue time.");
    }
}
