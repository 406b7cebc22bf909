package app.ponte.search;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.layout.ViewTestSupport;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationRegistered;
import app.ponte.organization.OrganizationType;
import app.ponte.shared.CountryCode;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The header's search box and the results page, browserless, on the running application. */
class SearchViewTest extends ViewTestSupport {

    private static final OrganizationId SICHUAN = OrganizationId.random();
    private static boolean registered;

    @Autowired
    private EventGateway events;

    @BeforeEach
    void open() {
        if (!registered) {
            events.publish(new OrganizationRegistered(SICHUAN, "Sichuan University", "四川大学",
                    OrganizationType.UNIVERSITY, CountryCode.of("CN"), "Chengdu", null));
            registered = true;
        }
        openBrowser(MainLayoutProbe.class, SearchView.class, organizationView());
        UI.getCurrent().navigate(MainLayoutProbe.class);
    }

    /** The organization's screen, which a suggestion opens; package-private in its own feature. */
    @SuppressWarnings("unchecked")
    private static Class<? extends com.vaadin.flow.component.Component> organizationView() {
        try {
            return (Class<? extends com.vaadin.flow.component.Component>) Class.forName(
                    "app.ponte.directory.OrganizationView");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SearchBox box() {
        return _get(SearchBox.class, spec -> spec.withId("search-box"));
    }

    private static List<String> suggestions(String typed) {
        ComboBoxKt.setUserInput(box(), typed);
        return ComboBoxKt.getSuggestionItems(box()).stream().map(SearchHit::title).toList();
    }

    @Test
    void theBoxSuggestsRecordsFromTwoCharacters() {
        assertThat(suggestions("四")).isEmpty();
        awaitUi("四川 suggests Sichuan University", () -> suggestions("四川").contains("Sichuan University (四川大学)"));
        awaitUi("a typo still suggests it", () -> suggestions("Sichuen").contains("Sichuan University (四川大学)"));
    }

    @Test
    void choosingASuggestionOpensItsRecord() {
        awaitUi("Sichuan is suggested", () -> suggestions("Sichuan").contains("Sichuan University (四川大学)"));
        ComboBoxKt.selectByLabel(box(), "Sichuan University (四川大学)");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("organizations/" + SICHUAN);
    }

    @Test
    void enterOpensTheResultsPageGroupedByKindWithTheMatchesMarked() {
        awaitUi("Sichuan is indexed", () -> suggestions("Sichuan").contains("Sichuan University (四川大学)"));
        ComboBoxKt._fireCustomValueSet(box(), "sichuan");

        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("search");
        assertThat(location.getQueryParameters().getSingleParameter("q")).hasValue("sichuan");
        var group = _get(Div.class, spec -> spec.withId("search-group-organization"));
        assertThat(_get(group, H3.class).getText()).startsWith("Organizations (");
        var links = _find(group, Anchor.class);
        assertThat(links).anySatisfy(link -> {
            assertThat(link.getHref()).isEqualTo("organizations/" + SICHUAN);
            assertThat(link.getElement().getChild(0).getProperty("innerHTML"))
                    .contains("<mark>Sichuan</mark> University (四川大学)");
        });
    }

    @Test
    void theResultsPageSpeaksItalian() {
        awaitUi("Sichuan is indexed", () -> suggestions("Sichuan").contains("Sichuan University (四川大学)"));
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate(SearchView.class, new QueryParameters(Map.of("q", List.of("universita sichuan"))));
        var group = _get(Div.class, spec -> spec.withId("search-group-organization"));
        assertThat(_get(group, H3.class).getText()).startsWith("Organizzazioni (");
    }

    @Test
    void aTooShortTextOnTheResultsPageSaysSoInsteadOfSearching() {
        UI.getCurrent().navigate(SearchView.class, new QueryParameters(Map.of("q", List.of("x"))));
        assertThat(_get(Div.class, spec -> spec.withId("search-results")).getElement().getTextRecursively())
                .contains("at least 2 characters");
    }
}
