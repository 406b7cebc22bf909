package app.ponte.mission;

import app.ponte.shared.OutcomeId;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Answers from the mission's own event stream, so an outcome retracted a moment ago is seen as retracted. The mission
 * is loaded into the caller's unit of work and only read.
 */
public class RepositoryOutcomeLookup implements OutcomeLookup {

    private final Supplier<Repository<Mission>> missions;

    public RepositoryOutcomeLookup(Repository<Mission> missions) {
        this(() -> missions);
    }

    /**
     * For wiring where the repository exists only once Axon's configuration has started, such as a Spring bean.
     * The application gives it a repository that reads past the aggregate cache ({@code LookupRepositories}).
     */
    public RepositoryOutcomeLookup(Supplier<Repository<Mission>> missions) {
        this.missions = missions;
    }

    @Override
    public Optional<OutcomeStanding> find(MissionId missionId, OutcomeId outcomeId) {
        try {
            return missions.get().load(missionId.toString()).invoke(mission -> mission.outcomeStanding(outcomeId));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
