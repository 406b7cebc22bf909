package app.ponte.search;

import java.util.List;

/** The answer to a {@link Search}: the kinds with hits, the kind with the best hit first. */
public record SearchResults(String text, int limit, int page, List<SearchGroup> groups) {

    public SearchResults {
        groups = List.copyOf(groups);
    }
}
