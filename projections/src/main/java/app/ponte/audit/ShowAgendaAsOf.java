package app.ponte.audit;

import app.ponte.mission.MissionId;
import java.time.Instant;
import java.util.Objects;

/**
 * Asks for the agenda as it stood at {@code at}: of one mission when {@code missionId} is given, else of every
 * mission (which rebuilds every mission's events, and costs accordingly on a large record).
 */
public record ShowAgendaAsOf(Instant at, MissionId missionId) {

    public ShowAgendaAsOf {
        Objects.requireNonNull(at, "ShowAgendaAsOf needs the moment, at");
    }

    public static ShowAgendaAsOf allMissions(Instant at) {
        return new ShowAgendaAsOf(at, null);
    }
}
