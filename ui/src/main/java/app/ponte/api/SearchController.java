package app.ponte.api;

import app.ponte.programs.ProgramScope;
import app.ponte.search.Search;
import app.ponte.search.SearchKind;
import app.ponte.search.SearchResults;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search over HTTP: the caller's programs' records and the shared organizations and contacts, grouped by kind, best
 * first, with the matching words marked. The text is only ever text: Lucene's syntax characters in it are searched
 * for as written, never obeyed.
 */
@RestController
class SearchController {

    static final int DEFAULT_LIMIT = 10;

    private final QueryGateway queries;
    private final ProgramScope scope;

    SearchController(QueryGateway queries, ProgramScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    @GetMapping("/api/v1/search")
    SearchResults search(@RequestParam(required = false) String q, @RequestParam(required = false) String types,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer page) {
        var words = q == null ? "" : q.strip();
        if (words.codePointCount(0, words.length()) < Search.MIN_TEXT) {
            throw new InvalidParameter("q", "must be at least " + Search.MIN_TEXT + " characters");
        }
        if (q.length() > Search.MAX_TEXT) {
            throw new InvalidParameter("q", "must be at most " + Search.MAX_TEXT + " characters");
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > Search.MAX_LIMIT) {
            throw new InvalidParameter("limit", "must be between 1 and " + Search.MAX_LIMIT);
        }
        int number = page == null ? 1 : page;
        if (number < 1) {
            throw new InvalidParameter("page", "must be 1 or more");
        }
        return Answers.one(queries, new Search(q, kinds(types), scope.visiblePrograms(), size, number),
                SearchResults.class);
    }

    /** {@code organization,follow-up}: kinds by name, in any case, with - or _; none or blank for every kind. */
    static Set<SearchKind> kinds(String types) {
        var kinds = EnumSet.noneOf(SearchKind.class);
        if (types == null || types.isBlank()) {
            return kinds;
        }
        for (String type : types.split(",")) {
            var name = type.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                kinds.add(SearchKind.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidParameter("types", "must be kinds among " + names() + ", separated by commas");
            }
        }
        return kinds;
    }

    static String names() {
        return Arrays.stream(SearchKind.values()).map(SearchController::name).collect(Collectors.joining(", "));
    }

    static String name(SearchKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
