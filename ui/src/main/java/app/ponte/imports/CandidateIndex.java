package app.ponte.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the records whose names are like a given name without comparing it with every record: each record is filed
 * under blocking keys (each name token, and its first three letters, which catches most misspellings), and a name
 * is compared only with the records filed under its {@value #KEYS_PER_LOOKUP} rarest keys, each filed under by at
 * most {@value #PER_KEY} records; a commoner key ("university") is not used at all. The cost of a look-up so does
 * not grow with the directory.
 *
 * @param <T> what is filed: a directory record or an earlier row
 */
final class CandidateIndex<T> {

    static final int KEYS_PER_LOOKUP = 3;
    static final int PER_KEY = 64;

    /** A filed record and its name forms (its name, and its native name read in Latin letters), as tokens. */
    record Entry<T>(T item, List<List<String>> forms) {}

    /** A record found like the name, with the best similarity between any of their forms. */
    record Scored<T>(T item, double score) {}

    /** How many pairs were scored, over all indexes: what the benchmark reports. */
    static final java.util.concurrent.atomic.LongAdder COMPARISONS = new java.util.concurrent.atomic.LongAdder();

    private final Map<String, List<Entry<T>>> postings = new HashMap<>();

    void add(T item, List<List<String>> forms) {
        var entry = new Entry<>(item, forms.stream().filter(f -> !f.isEmpty()).toList());
        for (String key : keys(entry.forms())) {
            postings.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        }
    }

    /** The records at least {@code threshold} alike, best first, at most {@code max}. */
    List<Scored<T>> like(List<List<String>> forms, double threshold, int max) {
        var query = forms.stream().filter(f -> !f.isEmpty()).toList();
        var keys = new ArrayList<>(keys(query));
        // A key filed under by more than PER_KEY records ("university", "uni…") says nothing about duplicates: two
        // names alike only in it are not alike, and a misspelt distinctive token still shares its first letters.
        keys.removeIf(key -> !postings.containsKey(key) || postings.get(key).size() > PER_KEY);
        keys.sort(Comparator.comparingInt((String key) -> postings.get(key).size()).thenComparing(key -> key));
        Set<Entry<T>> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Scored<T>> found = new ArrayList<>();
        for (String key : keys.subList(0, Math.min(KEYS_PER_LOOKUP, keys.size()))) {
            var posting = postings.get(key);
            for (Entry<T> entry : posting) {
                if (!seen.add(entry)) {
                    continue;
                }
                COMPARISONS.increment();
                double score = best(query, entry.forms());
                if (score >= threshold) {
                    found.add(new Scored<>(entry.item(), score));
                }
            }
        }
        found.sort(Comparator.comparingDouble((Scored<T> s) -> -s.score()));
        return found.size() > max ? List.copyOf(found.subList(0, max)) : found;
    }

    /** How many records were compared in total is bounded; this tells the largest posting, for tests. */
    int largestPosting() {
        return postings.values().stream().mapToInt(List::size).max().orElse(0);
    }

    private static double best(List<List<String>> a, List<List<String>> b) {
        double best = 0;
        for (var x : a) {
            for (var y : b) {
                best = Math.max(best, Names.similarity(x, y));
            }
        }
        return best;
    }

    private static Set<String> keys(List<List<String>> forms) {
        Set<String> keys = new LinkedHashSet<>();
        for (var tokens : forms) {
            for (String token : tokens) {
                keys.add("t:" + token);
                if (token.length() > 3) {
                    keys.add("p:" + token.substring(0, 3));
                }
            }
        }
        return keys;
    }
}
