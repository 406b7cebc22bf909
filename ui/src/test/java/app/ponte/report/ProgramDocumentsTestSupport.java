package app.ponte.report;

import app.ponte.dashboard.GetProgramResults;
import app.ponte.dashboard.ProgramResults;
import app.ponte.program.ProgramId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Reads what the program documents are written from, past the scoping (tests and benchmarks have no caller). */
final class ProgramDocumentsTestSupport {

    private ProgramDocumentsTestSupport() {
    }

    static ProgramProfile profile(QueryGateway queries, ProgramId program) {
        return queries.query(new GetProgramProfile(program, java.util.List.of()),
                ResponseTypes.optionalInstanceOf(ProgramProfile.class)).join().orElseThrow();
    }

    static IatiActivity activity(QueryGateway queries, ProgramId program) {
        ProgramResults results = queries.query(GetProgramResults.whole(program),
                ResponseTypes.instanceOf(ProgramResults.class)).join();
        var missions = results.missions().stream().map(ProgramResults.MissionResult::missionId).toList();
        ProgramProfile profile = queries.query(new GetProgramProfile(program, missions),
                ResponseTypes.optionalInstanceOf(ProgramProfile.class)).join().orElseThrow();
        return new IatiActivity(profile, results);
    }
}
