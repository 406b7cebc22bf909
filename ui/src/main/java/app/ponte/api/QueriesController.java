package app.ponte.api;

import app.ponte.agenda.EngagementSummary;
import app.ponte.agenda.ListEngagements;
import app.ponte.agenda.ListMissions;
import app.ponte.agenda.MissionSummary;
import app.ponte.mission.MissionId;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read side over HTTP. Each endpoint is one query through the scoped query gateway, which checks the program and
 * drops entries of programs the caller is not a member of; adding a read model's query is one method here.
 */
@RestController
class QueriesController {

    private final QueryGateway queries;

    QueriesController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/missions")
    List<MissionSummary> missions() {
        return list(new ListMissions(), MissionSummary.class);
    }

    @GetMapping("/api/v1/missions/{missionId}/engagements")
    List<EngagementSummary> engagements(@PathVariable MissionId missionId) {
        return list(new ListEngagements(missionId), EngagementSummary.class);
    }

    private <T> List<T> list(Object query, Class<T> entry) {
        try {
            return queries.query(query, ResponseTypes.multipleInstancesOf(entry)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while answering " + query.getClass().getSimpleName(), e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new CompletionException(e.getCause());
        }
    }
}
