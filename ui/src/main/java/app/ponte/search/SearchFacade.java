package app.ponte.search;

import app.ponte.programs.ProgramScope;
import java.util.List;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

/** What the search box and the results page may ask: a search within the signed-in user's programs. */
@Service
public class SearchFacade {

    static final int SUGGESTIONS = 3;
    static final int PER_KIND = 10;

    private final QueryGateway queries;
    private final ProgramScope scope;

    SearchFacade(QueryGateway queries, ProgramScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    /** True when the text is long enough to search: shorter texts get no suggestions and no results page. */
    public static boolean searchable(String text) {
        var words = text == null ? "" : text.strip();
        return words.codePointCount(0, words.length()) >= Search.MIN_TEXT && text.length() <= Search.MAX_TEXT;
    }

    public SearchResults search(String text, Set<SearchKind> kinds, int limit, int page) {
        return queries.query(new Search(text, kinds, scope.visiblePrograms(), limit, page), SearchResults.class)
                .join();
    }

    /** The best few hits of each kind, best kind first, for the box's drop-down; none under two characters. */
    public List<SearchHit> suggestions(String text) {
        if (!searchable(text)) {
            return List.of();
        }
        return search(text, Set.of(), SUGGESTIONS, 1).groups().stream()
                .flatMap(group -> group.hits().stream()).toList();
    }

    /** The screen that shows a hit's record, as a path of this application. */
    public static String route(SearchHit hit) {
        return switch (hit.kind()) {
            case ORGANIZATION -> "organizations/" + hit.id();
            case CONTACT -> hit.parentId() == null ? "directory" : "organizations/" + hit.parentId();
            case PROGRAM -> "programs/" + hit.id();
            case MISSION -> "missions/" + hit.id();
            case ENGAGEMENT, OUTCOME -> "missions/" + hit.parentId();
            case OPPORTUNITY -> "opportunities";
            case FOLLOW_UP -> "follow-ups";
        };
    }
}
