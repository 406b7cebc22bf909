package app.ponte.config;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.PonteApplication;
import app.ponte.access.AccessRebuild;
import app.ponte.access.ProgramAccessProjection;
import app.ponte.access.ProgramLookup;
import app.ponte.access.RecordKind;
import app.ponte.layout.ViewTestSupport;
import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Clock;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A data folder whose events the access read model has never seen (written before that read model existed) gets
 * it rebuilt at start-up; one that is current is left alone.
 */
class AccessRebuildTest {

    private static final MissionId DEMO_MISSION = MissionId.of(ViewTestSupport.DEMO_MISSION);
    private static final ProgramId DEMO_PROGRAM = ProgramId.of(ViewTestSupport.DEMO_PROGRAM);

    @TempDir
    Path dataDir;

    @Test
    void aStoreWhoseAccessReadModelIsMissingIsReplayedIntoItAtStartUp() {
        try (var app = start(dataDir)) {
            assertThat(lookup(app).programOf(RecordKind.MISSION, DEMO_MISSION)).contains(DEMO_PROGRAM);
            // What a data folder from before the access read model holds: the events, and nothing of this model.
            app.getBean(MongoDatabase.class).getCollection("access_program_of").deleteMany(new Document());
            assertThat(lookup(app).programOf(RecordKind.MISSION, DEMO_MISSION)).isEmpty();
        }

        try (var app = start(dataDir)) {
            assertThat(lookup(app).programOf(RecordKind.MISSION, DEMO_MISSION)).contains(DEMO_PROGRAM);
            assertThat(lookup(app).programs()).containsExactly(DEMO_PROGRAM);
            assertThat(rebuild(app).current()).isTrue();
        }
    }

    @Test
    void aCurrentReadModelIsNotReplayedAgain() {
        try (var app = start(dataDir)) {
            var rebuild = rebuild(app);

            assertThat(rebuild.current()).isTrue();
            assertThat(rebuild.rebuildIfStale()).isZero();
        }
    }

    private static ProgramLookup lookup(ConfigurableApplicationContext app) {
        return new ProgramLookup(app.getBean(MongoDatabase.class));
    }

    private static AccessRebuild rebuild(ConfigurableApplicationContext app) {
        return new AccessRebuild(app.getBean(MongoDatabase.class), app.getBean(ProgramAccessProjection.class),
                app.getBean(EventStorageEngine.class), Clock.systemUTC());
    }

    // Arguments rather than default properties, which application.properties would override.
    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(PonteApplication.class).run(
                "--server.port=0",
                "--ponte.mongodb.uri=",
                "--ponte.data-dir=" + dataDir,
                "--ponte.demo.enabled=true");
    }
}
