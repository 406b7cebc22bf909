package app.ponte.agenda;

import java.util.List;

/** A mission and its engagements in time order; {@code mission} is absent for a mission not (yet) known. */
public record MissionAgenda(MissionSummary mission, List<EngagementSummary> engagements) {

    public MissionAgenda {
        engagements = List.copyOf(engagements);
    }
}
