package app.ponte.search;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;

/**
 * The search box in the header: from two characters it suggests the best records of each kind (choosing one opens
 * it), and Enter opens the results page for what was typed.
 */
public class SearchBox extends ComboBox<SearchHit> {

    public SearchBox(SearchFacade search) {
        setId("search-box");
        setPlaceholder(getTranslation("search.placeholder"));
        getElement().setAttribute("aria-label", getTranslation("search.label"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setWidth("22em");
        setAllowCustomValue(true);
        setAutoOpen(true);
        setItems(query -> {
            var text = query.getFilter().orElse("");
            var hits = search.suggestions(text);
            return hits.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        setItemLabelGenerator(SearchHit::title);
        setRenderer(new ComponentRenderer<>(hit -> {
            var kind = new Span(getTranslation("search.kind." + hit.kind()));
            kind.getStyle().set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)").set("margin-inline-start", "0.5em");
            var item = new Span(new SearchText(hit.highlightedTitle()), kind);
            item.addClassName("search-suggestion");
            return item;
        }));
        addValueChangeListener(change -> {
            if (change.getValue() != null) {
                var hit = change.getValue();
                clear();
                getUI().ifPresent(ui -> ui.navigate(SearchFacade.route(hit)));
            }
        });
        addCustomValueSetListener(typed -> showResults(typed.getDetail()));
    }

    /** Opens the results page for the text, if it is long enough to search. */
    void showResults(String text) {
        if (SearchFacade.searchable(text)) {
            clear();
            getUI().ifPresent(ui -> ui.navigate(SearchView.class,
                    new QueryParameters(Map.of("q", List.of(text.strip())))));
        }
    }
}
