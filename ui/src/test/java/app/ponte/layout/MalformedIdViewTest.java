package app.ponte.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An address whose id is not an id is a mistyped link: the screen says "not found", not an internal error. */
class MalformedIdViewTest extends ViewTestSupport {

    @SuppressWarnings("unchecked")
    private static Class<? extends Component> view(String name) {
        try {
            return (Class<? extends Component>) Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"missions/not-a-uuid", "programs/not-a-uuid", "organizations/not-a-uuid",
            "missions/%20", "programs/12345678-1234-1234-1234-12345678901234567"})
    void aMalformedIdInTheAddressShowsNotFound(String address) {
        openBrowser(view("app.ponte.missions.MissionView"), view("app.ponte.programs.ProgramDashboardView"),
                view("app.ponte.directory.OrganizationView"));

        UI.getCurrent().navigate(address);

        var notFound = _get(NotFoundView.class);
        assertThat(_get(notFound, H1.class, spec -> { }).getText()).isEqualTo("Not found");
    }

    @Test
    void aWellFormedAddressStillOpensItsScreen() {
        openBrowser(view("app.ponte.missions.MissionView"));

        UI.getCurrent().navigate("missions/" + DEMO_MISSION);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass().getSimpleName())
                .isEqualTo("MissionView");
    }
}
