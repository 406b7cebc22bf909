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
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DirectoryViewTest extends ViewTestSupport {

    private static final OrganizationId TONGJI = OrganizationId.random();

    @Autowired
    private EventGateway events;

    @BeforeEach
    void register() {
        events.publish(new OrganizationRegistered(TONGJI, "Tongji University", "同济大学", OrganizationType.UNIVERSITY,
                CountryCode.of("CN"), "Shanghai", "https://www.tongji.edu.cn"));
        openBrowser(DirectoryView.class, OrganizationView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<OrganizationCard> organizations() {
        return _get(Grid.class, spec -> spec.withId("organizations"));
    }

    @Test
    void findsAnOrganizationByItsNativeScriptName() {
        UI.getCurrent().navigate(DirectoryView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("search")), "同济");

        awaitUi("Tongji is found", () -> GridKt._size(organizations()) == 1);
        assertThat(GridKt._getFormattedRow(organizations(), 0)).contains("Tongji University", "同济大学",
                "University", "Shanghai (CN)");
    }

    @Test
    void theOrganizationPageShowsItsNameInBothScripts() {
        UI.getCurrent().navigate(OrganizationView.class, new RouteParameters("organizationId", TONGJI.toString()));

        awaitUi("the organization is shown", () -> _get(H1.class, spec -> spec.withId("organization-name"))
                .getText().contains("同济大学"));
        assertThat(_get(H1.class, spec -> spec.withId("organization-name")).getText())
                .isEqualTo("Tongji University · 同济大学");
    }
}
