package app.ponte.mission;

import java.time.LocalDate;

/** A mission's last day comes before its first. */
public class MissionEndsBeforeItStarts extends MissionRejection {

    public MissionEndsBeforeItStarts(LocalDate startDate, LocalDate endDate) {
        super("The mission cannot end on " + endDate + ", before it starts on " + startDate + ".");
    }
}
