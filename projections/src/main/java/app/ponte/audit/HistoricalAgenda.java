package app.ponte.audit;

import app.ponte.agenda.EngagementSummary;
import app.ponte.agenda.MissionSummary;
import java.time.Instant;
import java.util.List;

/** The agenda as it stood at {@code asOf}, rebuilt from {@code events} events; historical, never live. */
public record HistoricalAgenda(Instant asOf, long events, List<MissionSummary> missions,
        List<EngagementSummary> engagements) {

    public HistoricalAgenda {
        missions = List.copyOf(missions);
        engagements = List.copyOf(engagements);
    }
}
