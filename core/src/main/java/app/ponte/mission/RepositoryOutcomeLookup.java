package app.ponte.mission;

import app.ponte.shared.OutcomeId;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Answers from the mission's own event stream, so an outcome retracted a moment ago is seen as retracted. The mission
 * is loaded into the caller's unit of work and only read.
 */
public class RepositoryOutcomeLookup implements OutcomeLookup {

    private final Repository<Mission> missions;

    public RepositoryOutcomeLookup(Repository<Mission> missions) {
        this.missions = missions;
    }

    @Override
    public Optional<OutcomeStanding> find(MissionId missionId, OutcomeId outcomeId) {
        try {
            return missions.load(missionId.toString()).invoke(mission -> mission.outcomeStanding(outcomeId));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
