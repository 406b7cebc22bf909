package app.ponte.search;

import app.ponte.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Set;

/**
 * The results page, {@code search?q=…}: one section per kind of record, the kind with the best hit first, each hit
 * a link to its record's screen with the matching words marked; "Show more" loads a kind's next page.
 */
@Route(value = "search", layout = MainLayout.class)
@PermitAll
class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SearchFacade search;
    private final H2 heading = new H2();
    private final Div results = new Div();
    private String text = "";

    SearchView(SearchFacade search) {
        this.search = search;
        results.setId("search-results");
        results.setWidthFull();
        add(heading, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        text = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        show();
    }

    private void show() {
        results.removeAll();
        heading.setText(getTranslation("search.resultsFor", text.strip()));
        if (!SearchFacade.searchable(text)) {
            results.add(new Paragraph(getTranslation("search.tooShort", Search.MIN_TEXT)));
            return;
        }
        var answer = search.search(text, Set.of(), SearchFacade.PER_KIND, 1);
        if (answer.groups().isEmpty()) {
            var none = new Paragraph(getTranslation("search.nothing"));
            none.setId("search-nothing");
            results.add(none);
            return;
        }
        for (SearchGroup group : answer.groups()) {
            results.add(section(group));
        }
    }

    private Div section(SearchGroup group) {
        var section = new Div();
        section.setId("search-group-" + group.kind().name().toLowerCase(java.util.Locale.ROOT));
        section.addClassName("search-group");
        section.add(new H3(getTranslation("search.kind." + group.kind()) + " (" + group.total() + ")"));
        var hits = new Div();
        section.add(hits);
        group.hits().forEach(hit -> hits.add(hit(hit)));
        if (group.more()) {
            var more = new Button(getTranslation("search.more"));
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            int[] page = {1};
            more.addClickListener(click -> {
                page[0]++;
                var next = search.search(text, Set.of(group.kind()), SearchFacade.PER_KIND, page[0]);
                next.groups().forEach(g -> g.hits().forEach(hit -> hits.add(hit(hit))));
                more.setVisible(next.groups().stream().anyMatch(SearchGroup::more));
            });
            section.add(more);
        }
        return section;
    }

    private Div hit(SearchHit hit) {
        var link = new Anchor(SearchFacade.route(hit));
        link.add(new SearchText(hit.highlightedTitle()));
        link.addClassName("search-hit-title");
        var entry = new Div(link);
        entry.addClassName("search-hit");
        entry.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        for (String fragment : hit.fragments()) {
            var text = new Div(new SearchText(fragment));
            text.getStyle().set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            entry.add(text);
        }
        return entry;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " · Ponte";
    }
}
