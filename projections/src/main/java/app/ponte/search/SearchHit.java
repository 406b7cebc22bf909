package app.ponte.search;

import app.ponte.program.ProgramId;
import java.util.List;

/**
 * One record the search found: its kind and id, its program (null for the shared organizations and contacts), the
 * record it is shown within ({@code parentId}: an engagement's, outcome's, opportunity's or follow-up's mission, a
 * contact's organization; null otherwise), a display title, and fragments of its text with the matching words
 * between {@code <mark>} and {@code </mark>}, everything else HTML-escaped.
 */
public record SearchHit(SearchKind kind, String id, ProgramId programId, String parentId, String title,
        String highlightedTitle, List<String> fragments, float score) {

    public SearchHit {
        fragments = List.copyOf(fragments);
    }
}
