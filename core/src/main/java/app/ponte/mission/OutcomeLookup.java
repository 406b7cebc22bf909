package app.ponte.mission;

import app.ponte.shared.OutcomeId;
import java.util.Optional;

/**
 * Finds an outcome logged in a mission while another aggregate decides, such as an opportunity opened from it. Axon
 * passes it into command handler methods as a parameter: the ui declares {@link RepositoryOutcomeLookup} as a Spring
 * bean; tests register it with {@code fixture.registerInjectableResource(...)}.
 */
public interface OutcomeLookup {

    Optional<OutcomeStanding> find(MissionId missionId, OutcomeId outcomeId);
}
