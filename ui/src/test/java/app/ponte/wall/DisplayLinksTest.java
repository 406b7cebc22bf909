package app.ponte.wall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.program.ProgramId;
import app.ponte.store.MongoStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DisplayLinksTest {

    private static final ProgramId ITALY_CHINA = new ProgramId(UUID.fromString("6f1c2f0e-0000-4000-8000-000000000001"));

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-26T09:00:00Z"));
    private final MongoStore store = MongoStore.inMemory("wall-" + UUID.randomUUID());
    // The store alone, without an event store: that every change is recorded is PrivilegeAuditTest's.
    private final DisplayLinks links = new DisplayLinks(store.database(), clock, command -> { });

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aNewLinkHasALongUrlSafeTokenThatOpensIt() {
        var issued = links.create("Lobby screen", ITALY_CHINA, null, null);

        assertThat(issued.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(issued.path()).isEqualTo("display/" + issued.token());
        var link = links.resolve(issued.token()).orElseThrow();
        assertThat(link.name()).isEqualTo("Lobby screen");
        assertThat(link.program()).contains(ITALY_CHINA);
        assertThat(link.rotation()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void theTokenIsStoredOnlyAsItsHash() {
        var issued = links.create("Lobby screen", null, null, Duration.ofSeconds(20));

        var stored = store.database().getCollection(DisplayLinks.COLLECTION).find().first();
        assertThat(stored.toJson()).doesNotContain(issued.token());
        assertThat(stored.getString("_id")).isEqualTo(DisplayLinks.hash(issued.token())).hasSize(64);
        assertThat(links.resolve(issued.token()).orElseThrow().showsEveryProgram()).isTrue();
    }

    @Test
    void anUnknownTokenOpensNothing() {
        links.create("Lobby screen", ITALY_CHINA, null, null);

        assertThat(links.resolve("not-a-token")).isEmpty();
        assertThat(links.resolve("")).isEmpty();
        assertThat(links.resolve(null)).isEmpty();
    }

    @Test
    void aRevokedLinkOpensNothing() {
        var issued = links.create("Event booth", ITALY_CHINA, null, null);

        links.revoke(issued.link().linkId());

        assertThat(links.resolve(issued.token())).isEmpty();
        assertThat(links.list()).singleElement().satisfies(l -> assertThat(l.revokedAt()).isPresent());
    }

    @Test
    void anExpiredLinkOpensNothing() {
        var issued = links.create("Event booth", ITALY_CHINA, clock.instant().plus(Duration.ofHours(8)), null);
        assertThat(links.resolve(issued.token())).isPresent();

        clock.advance(Duration.ofHours(8));

        assertThat(links.resolve(issued.token())).isEmpty();
    }

    @Test
    void cannotCreateALinkWithoutAName() {
        assertThatThrownBy(() -> links.create("  ", ITALY_CHINA, null, null))
                .isInstanceOfSatisfying(InvalidDisplayLink.class, invalid -> assertThat(invalid.field())
                        .isEqualTo("name"))
                .hasMessageContaining("name").hasMessageContaining("required");
    }

    @Test
    void cannotCreateALinkThatHasAlreadyExpired() {
        assertThatThrownBy(() -> links.create("Booth", ITALY_CHINA, clock.instant(), null))
                .isInstanceOfSatisfying(InvalidDisplayLink.class, invalid -> assertThat(invalid.field())
                        .isEqualTo("expiresAt"));
    }

    @Test
    void cannotRotateFasterThanAScreenCanBeRead() {
        assertThatThrownBy(() -> links.create("Booth", ITALY_CHINA, null, Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(InvalidDisplayLink.class, invalid -> assertThat(invalid.field())
                        .isEqualTo("rotation"))
                .hasMessageContaining("between 3 and 600 seconds");
    }

    @Test
    void theListShowsNewestFirst() {
        links.create("First", ITALY_CHINA, null, null);
        clock.advance(Duration.ofMinutes(1));
        links.create("Second", null, null, null);

        assertThat(links.list()).extracting(DisplayLink::name).containsExactly("Second", "First");
        assertThat(store.database().getCollection(DisplayLinks.COLLECTION).countDocuments(new Document()))
                .isEqualTo(2);
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
