package app.ponte.report;

import app.ponte.dashboard.GetProgramResults;
import app.ponte.dashboard.ProgramResults;
import app.ponte.program.ProgramId;
import app.ponte.shared.Futures;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Writes IATI activity files for the caller: each program's results and profile are asked through the scoped
 * query gateway, so a program the caller is not a member of is refused as its dashboard would be.
 */
@Service
public class IatiService {

    private final QueryGateway queries;
    private final IatiActivityFile file;
    private final Clock clock;

    public IatiService(QueryGateway queries, Clock clock,
            @Value("${ponte.iati.reporting-org-ref:" + IatiPublisher.DEFAULT_REF + "}") String ref,
            @Value("${ponte.iati.reporting-org-type:" + IatiPublisher.DEFAULT_TYPE + "}") String type,
            @Value("${ponte.iati.reporting-org-name:}") String name) {
        this.queries = queries;
        this.clock = clock;
        this.file = new IatiActivityFile(new IatiPublisher(ref, type, name));
    }

    /** Empty when no such program was ever launched. */
    public Optional<byte[]> program(ProgramId programId) {
        return activity(programId).map(activity -> file.write(List.of(activity), clock.instant()));
    }

    /** Every program of {@code programs} that was launched, by name. */
    public byte[] programs(Collection<ProgramId> programs) {
        var activities = new ArrayList<IatiActivity>();
        for (ProgramId programId : programs) {
            activity(programId).ifPresent(activities::add);
        }
        activities.sort(Comparator.comparing((IatiActivity a) -> a.profile().name())
                .thenComparing(a -> a.profile().programId().toString()));
        return file.write(activities, clock.instant());
    }

    /** The activity of a program already read, for callers that hold it (tests, benchmarks). */
    public byte[] write(List<IatiActivity> activities) {
        return file.write(activities, clock.instant());
    }

    public Optional<IatiActivity> activity(ProgramId programId) {
        ProgramResults results = Futures.join(queries.query(GetProgramResults.whole(programId),
                ResponseTypes.instanceOf(ProgramResults.class)));
        if (!results.known()) {
            return Optional.empty();
        }
        var missions = results.missions().stream().map(ProgramResults.MissionResult::missionId).toList();
        Optional<ProgramProfile> profile = Futures.join(queries.query(new GetProgramProfile(programId, missions),
                ResponseTypes.optionalInstanceOf(ProgramProfile.class)));
        return profile.map(p -> new IatiActivity(p, results));
    }
}
