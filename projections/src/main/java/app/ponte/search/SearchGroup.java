package app.ponte.search;

import java.util.List;

/** One kind's page of hits, best first; {@code total} counts every hit of that kind, {@code more} says more follow. */
public record SearchGroup(SearchKind kind, long total, boolean more, List<SearchHit> hits) {

    public SearchGroup {
        hits = List.copyOf(hits);
    }
}
