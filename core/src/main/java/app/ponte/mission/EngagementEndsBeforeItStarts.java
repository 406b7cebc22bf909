package app.ponte.mission;

import java.time.LocalDateTime;

/** An engagement whose end is not after its start. */
public class EngagementEndsBeforeItStarts extends MissionRejection {

    public EngagementEndsBeforeItStarts(LocalDateTime start, LocalDateTime end) {
        super("The engagement must end after it starts: it starts at " + start + " and ends at " + end + ".");
    }
}
