package app.ponte.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.contact.ContactErased;
import app.ponte.contact.ErasureGround;
import app.ponte.mission.OutcomeKind;
import app.ponte.mission.OutcomeRetracted;
import app.ponte.program.ProgramId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk: erased personal data leaves its files, and deleting or rebuilding it gives the same answers. */
class SearchRebuildTest {

    private static final List<String> QUERIES = List.of("Fudan", "四川", "citta", "Fuden", "chronic", "malattia",
            "Conic", "brochure", "patient", "Shanghai", "opportunity", "universita milano");

    @TempDir
    Path folder;

    private final SearchStory story = new SearchStory();

    private SearchWorld world() {
        return new SearchWorld(() -> {
            try {
                return FSDirectory.open(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<SearchResults> answers(SearchWorld world) {
        var programs = Set.of(story.china, story.japan);
        return QUERIES.stream().map(q -> world.index.search(new Search(q, Set.of(), programs, 20, 1))).toList();
    }

    @Test
    void erasingAContactRemovesTheirNameFromTheIndexFilesAtOnce() throws Exception {
        try (var world = world()) {
            world.publish(story.events(world.vault));
            world.sync();
            // The name is there to be found before, in the stored title and as terms: the search below can see it.
            assertThat(filesContaining("Conicella")).isNotEmpty();
            assertThat(SearchIndexTest.titles(world.index.search(new Search("Conicella", Set.of(), Set.of(), 10, 1))))
                    .containsExactly("Fabrizio Conicella");

            world.vault.destroy(story.conicella);
            world.publish(new ContactErased(story.conicella, story.citta, ErasureGround.REQUESTED_BY_PERSON));
            world.sync();

            assertThat(world.index.search(new Search("Conicella", Set.of(), Set.of(), 10, 1)).groups()).isEmpty();
            assertThat(world.index.search(new Search("Fabrizio", Set.of(), Set.of(), 10, 1)).groups()).isEmpty();
            for (String trace : List.of("Conicella", "Fabrizio", "conicella", "fabrizio", "onicell")) {
                assertThat(filesContaining(trace)).as(trace).isEmpty();
            }
            // The rest of the index is still there.
            assertThat(SearchIndexTest.titles(world.index.search(new Search("Città", Set.of(), Set.of(), 10, 1))))
                    .containsExactly("Città della Scienza");
        }
    }

    @Test
    void aRebuildFromTheEventsGivesTheSameAnswers() throws Exception {
        try (var world = world()) {
            world.publish(story.events(world.vault));
            world.publish(new OutcomeRetracted(story.osaka, story.japan, story.osakaWorkshop, story.osakaOutcome,
                    OutcomeKind.INFORMATION_EXCHANGE, "Logged twice"));
            world.sync();
            var before = answers(world);
            assertThat(before).allSatisfy(results -> assertThat(results.groups()).isNotEmpty());
            int size = world.index.size();

            world.tracker.rebuild(Duration.ofSeconds(20));
            world.sync();

            assertThat(answers(world)).isEqualTo(before);
            assertThat(world.index.size()).isEqualTo(size);
        }
    }

    @Test
    void aDeletedIndexIsBuiltAgainAndAKeptOneResumesWhereItStopped() throws Exception {
        try (var world = world()) {
            world.publish(story.events(world.vault));
            world.sync();
            var before = answers(world);
            long position = world.index.position().orElseThrow();
            int size = world.index.size();

            // Restarted with its index kept: it resumes from the position in the index's last commit.
            world.stop();
            world.publish(new OutcomeRetracted(story.osaka, story.japan, story.osakaWorkshop, story.osakaOutcome,
                    OutcomeKind.INFORMATION_EXCHANGE, "Logged twice"));
            world.open();
            assertThat(world.index.position()).hasValue(position);
            world.sync();
            assertThat(world.index.position()).hasValue(position + 1);
            assertThat(world.index.size()).isEqualTo(size - 1);
            var retracted = "Exchange on the Italian vision of patient-centric healthcare";
            assertThat(SearchIndexTest.titles(world.index.search(new Search("patient", Set.of(),
                    Set.of(story.japan), 10, 1)))).doesNotContain(retracted);

            // Restarted with its folder emptied: it is built again from the first event.
            world.stop();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            world.open();
            assertThat(world.index.position()).isEmpty();
            world.sync();
            assertThat(world.index.size()).isEqualTo(size - 1);
            var after = answers(world);
            for (int i = 0; i < QUERIES.size(); i++) {
                var expected = SearchIndexTest.titles(before.get(i));
                expected = new ArrayList<>(expected);
                expected.remove(retracted);
                assertThat(SearchIndexTest.titles(after.get(i))).as(QUERIES.get(i)).isEqualTo(expected);
            }
        }
    }

    @Test
    void aContactErasedBeforeARebuildIsNotBroughtBack() throws Exception {
        try (var world = world()) {
            world.publish(story.events(world.vault));
            world.vault.destroy(story.conicella);
            world.publish(new ContactErased(story.conicella, story.citta, ErasureGround.REQUESTED_BY_PERSON));
            world.sync();
            world.tracker.rebuild(Duration.ofSeconds(20));
            world.sync();
            assertThat(world.index.search(new Search("Conicella", Set.of(), Set.of(ProgramId.random()), 10, 1))
                    .groups()).isEmpty();
            assertThat(filesContaining("onicell")).isEmpty();
        }
    }

    /** The index files whose bytes hold the text, in UTF-8 as Lucene writes terms and stored fields. */
    private List<String> filesContaining(String text) throws IOException {
        var needle = text.getBytes(StandardCharsets.UTF_8);
        var found = new ArrayList<String>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    found.add(file.getFileName().toString().toLowerCase(Locale.ROOT));
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
