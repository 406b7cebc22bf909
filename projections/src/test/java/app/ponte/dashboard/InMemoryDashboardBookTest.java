package app.ponte.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.program.ProgramId;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** What the book tells the checkpoints: the slots written since the last checkpoint, and every entry, and back. */
class InMemoryDashboardBookTest {

    private final ProgramId program = ProgramId.random();
    private final String space = program.toString();
    private final InMemoryDashboardBook book = new InMemoryDashboardBook(3);

    @Test
    void onlyTheSlotsWrittenSinceTheLastCheckpointAreChanged() {
        book.header(program, new Document("name", "Busy"));
        book.put(program, DashboardBook.ENGAGEMENTS, "e1", new Document("t", "Fudan"));
        book.put(program, DashboardBook.ENGAGEMENTS, "e2", new Document("t", "Bracco"));
        book.drainChanged();

        book.merge(program, DashboardBook.ENGAGEMENTS, "e2", new Document("s", "HELD"));
        book.remove(program, DashboardBook.ENGAGEMENTS, "e1");
        book.missionOf("m1", program);
        var changed = book.drainChanged();

        assertThat(book.entries(space, changed.get(space))).containsExactlyInAnyOrder(
                new Document("s", DashboardBook.ENGAGEMENTS).append("i", "e1").append("x", true),
                new Document("s", DashboardBook.ENGAGEMENTS).append("i", "e2")
                        .append("v", new Document("t", "Bracco").append("s", "HELD")));
        assertThat(book.entries(InMemoryDashboardBook.SHARED, changed.get(InMemoryDashboardBook.SHARED)))
                .containsExactly(new Document("s", "m").append("i", "m1").append("v", space));
    }

    @Test
    void aBookRestoredFromItsEntriesReadsAlike() {
        book.header(program, new Document("name", "Busy"));
        book.put(program, DashboardBook.MISSIONS, "m1", new Document("t", "Shanghai"));
        book.put(program, DashboardBook.ENGAGEMENTS, "e1", new Document("t", "Fudan"));
        book.record(program, new Document("id", "a1").append("at", new Date(0)).append("what", "MISSION_PLANNED"));
        book.missionOf("m1", program);
        book.organization("o1", new Document("name", "复旦大学"));

        var restored = new InMemoryDashboardBook(3);
        book.entries(space).forEach(entry -> restored.restore(space, entry));
        book.entries(InMemoryDashboardBook.SHARED)
                .forEach(entry -> restored.restore(InMemoryDashboardBook.SHARED, entry));

        assertThat(restored.read(program)).isEqualTo(book.read(program));
        assertThat(restored.programOf("m1")).isEqualTo(program);
        assertThat(restored.organizations(List.of("o1"))).isEqualTo(book.organizations(List.of("o1")));
        assertThat(restored.drainChanged()).as("restoring changes nothing").isEmpty();
    }

    @Test
    void aResetEmptiesEverySlotAsAChange() {
        book.header(program, new Document("name", "Busy"));
        book.put(program, DashboardBook.ENGAGEMENTS, "e1", new Document("t", "Fudan"));
        book.organization("o1", new Document("name", "Fudan"));
        book.drainChanged();

        book.reset();
        var changed = book.drainChanged();

        assertThat(book.entries(space, changed.get(space))).hasSize(2).allMatch(entry -> entry.getBoolean("x"));
        assertThat(book.entries(InMemoryDashboardBook.SHARED, changed.get(InMemoryDashboardBook.SHARED)))
                .containsExactly(new Document("s", "o").append("i", "o1").append("x", true));
    }
}
