package app.ponte.search;

import org.axonframework.queryhandling.QueryHandler;

/** Answers {@link Search} from this instance's index; the query gateway has checked the caller's scope. */
public final class SearchQueryHandler {

    private final SearchIndex index;

    public SearchQueryHandler(SearchIndex index) {
        this.index = index;
    }

    @QueryHandler
    public SearchResults handle(Search search) {
        return index.search(search);
    }
}
