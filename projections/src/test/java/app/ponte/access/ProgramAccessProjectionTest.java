package app.ponte.access;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.followup.FollowUpAssigned;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpOrigin;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionId;
import app.ponte.mission.MissionPlanned;
import app.ponte.program.ProgramId;
import app.ponte.shared.OutcomeId;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgramAccessProjectionTest {

    private static final ProgramId PROGRAM = ProgramId.random();
    private static final MissionId MISSION = MissionId.random();
    private static final EngagementId ENGAGEMENT = EngagementId.random();

    private MongoServer server;
    private MongoClient client;
    private ProgramAccessProjection projection;
    private ProgramLookup lookup;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        var database = client.getDatabase("ponte");
        projection = new ProgramAccessProjection(database);
        lookup = new ProgramLookup(database);
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private static MissionPlanned planned() {
        return new MissionPlanned(MISSION, PROGRAM, "ALISEI mission to Shanghai", "Shanghai", "CN",
                ZoneId.of("Asia/Shanghai"), LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17));
    }

    @Test
    void aMissionAndItsEngagementsBelongToTheMissionsProgram() {
        projection.on(planned());
        projection.on(new EngagementScheduled(MISSION, PROGRAM, ENGAGEMENT, EngagementKind.MEETING, "Meeting", "Fudan",
                Instant.parse("2017-05-16T01:30:00Z"), Instant.parse("2017-05-16T02:30:00Z"),
                ZoneId.of("Asia/Shanghai"), List.of(), List.of()));

        assertThat(lookup.programOf(RecordKind.MISSION, MISSION)).contains(PROGRAM);
        assertThat(lookup.programOf(RecordKind.ENGAGEMENT, ENGAGEMENT)).contains(PROGRAM);
        assertThat(lookup.programOf(RecordKind.MISSION, MissionId.random())).isEmpty();
    }

    @Test
    void anEngagementBelongsToTheProgramItsEventNamesWithoutLookingTheMissionUp() {
        projection.on(new EngagementScheduled(MISSION, PROGRAM, ENGAGEMENT, EngagementKind.MEETING, "Meeting", "Fudan",
                Instant.parse("2017-05-16T01:30:00Z"), Instant.parse("2017-05-16T02:30:00Z"),
                ZoneId.of("Asia/Shanghai"), List.of(), List.of()));

        assertThat(lookup.programOf(RecordKind.MISSION, MISSION)).as("the mission was never seen").isEmpty();
        assertThat(lookup.programOf(RecordKind.ENGAGEMENT, ENGAGEMENT)).contains(PROGRAM);
    }

    @Test
    void replayingEventsLeavesTheSameAnswers() {
        projection.on(planned());
        projection.on(planned());
        var followUp = FollowUpId.random();
        var assigned = new FollowUpAssigned(followUp, PROGRAM, MISSION, new FollowUpOrigin(OutcomeId.random(), null),
                "officer", LocalDate.of(2017, 6, 30), "Send the draft");
        projection.on(assigned);
        projection.on(assigned);

        assertThat(lookup.programOf(RecordKind.MISSION, MISSION)).contains(PROGRAM);
        assertThat(lookup.programOf(RecordKind.FOLLOW_UP, followUp)).contains(PROGRAM);
    }

    @Test
    void aResetForgetsEverything() {
        projection.on(planned());

        projection.reset();

        assertThat(lookup.programOf(RecordKind.MISSION, MISSION)).isEmpty();
    }
}
