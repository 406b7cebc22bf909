package app.ponte.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {

    private static CandidateIndex<String> directory(int size) {
        var index = new CandidateIndex<String>();
        for (int i = 0; i < size; i++) {
            String name = "University of " + Integer.toString(i * 7919, 36) + " Studies " + i;
            index.add(name, List.of(Names.tokens(name)));
        }
        index.add("Fudan University", List.of(Names.tokens("Fudan University"), Names.tokens("复旦大学")));
        return index;
    }

    private static long scored(CandidateIndex<String> index, String name) {
        long before = CandidateIndex.COMPARISONS.sum();
        index.like(List.of(Names.tokens(name)), ImportPlanner.DUPLICATE_THRESHOLD, 5);
        return CandidateIndex.COMPARISONS.sum() - before;
    }

    @Test
    void findsAMisspeltNameAndANativeOneAmongThousands() {
        var index = directory(5_000);
        assertThat(index.like(List.of(Names.tokens("Fudan Univeristy")), 0.9, 5))
                .extracting(CandidateIndex.Scored::item).containsExactly("Fudan University");
        assertThat(index.like(List.of(Names.tokens("复旦大学")), 0.9, 5))
                .extracting(CandidateIndex.Scored::item).containsExactly("Fudan University");
    }

    @Test
    void aLookUpScoresAsManyPairsInALargeDirectoryAsInASmallOne() {
        long small = scored(directory(1_000), "Fudan Univeristy");
        long large = scored(directory(20_000), "Fudan Univeristy");
        assertThat(large).isLessThanOrEqualTo((long) CandidateIndex.KEYS_PER_LOOKUP * CandidateIndex.PER_KEY);
        assertThat(large).isLessThanOrEqualTo(small + CandidateIndex.PER_KEY);
    }
}
