package app.ponte.directory;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.layout.ViewTestSupport;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationRegistered;
import app.ponte.organization.OrganizationType;
import app.ponte.shared.CountryCode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DirectoryViewTest extends ViewTestSupport {

    private static final OrganizationId FUDAN = OrganizationId.random();

    @Autowired
    private EventGateway events;

    @BeforeEach
    void register() {
        events.publish(new OrganizationRegistered(FUDAN, "Fudan University", "复旦大学", OrganizationType.UNIVERSITY,
                CountryCode.of("CN"), "Shanghai", "https://www.fudan.edu.cn"));
        openBrowser(DirectoryView.class, OrganizationView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<OrganizationCard> organizations() {
        return _get(Grid.class, spec -> spec.withId("organizations"));
    }

    @Test
    void findsAnOrganizationByItsNativeScriptName() {
        UI.getCurrent().navigate(DirectoryView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("search")), "复旦");

        awaitUi("Fudan is found", () -> GridKt._size(organizations()) == 1);
        assertThat(GridKt._getFormattedRow(organizations(), 0)).contains("Fudan University", "复旦大学",
                "University", "Shanghai (CN)");
    }

    @Test
    void theOrganizationPageShowsItsNameInBothScripts() {
        UI.getCurrent().navigate(OrganizationView.class, new RouteParameters("organizationId", FUDAN.toString()));

        awaitUi("the organization is shown", () -> _get(H2.class, spec -> spec.withId("organization-name"))
                .getText().contains("复旦大学"));
        assertThat(_get(H2.class, spec -> spec.withId("organization-name")).getText())
                .isEqualTo("Fudan University · 复旦大学");
    }
}
