package app.ponte.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.program.ProgramId;
import app.ponte.security.Role;
import app.ponte.security.UserDirectory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the navigation offers whoever lands on "/": the screens they may open, the landing screen first. */
class NavigationTest extends ViewTestSupport {

    private static final String OFFICER = "officer-navigating";

    @Autowired
    private UserDirectory users;

    private void open(String username) throws ClassNotFoundException {
        // The screens are package-private in their own packages: named here, as the router would find them.
        openBrowserAs(username, route("app.ponte.meetings.MeetingsView"), route("app.ponte.audit.AuditView"),
                route("app.ponte.wall.DisplayLinksView"), route("app.ponte.calendar.CalendarLinkView"),
                route("app.ponte.admin.UsersView"), route("app.ponte.admin.SystemView"),
                route("app.ponte.webhooks.WebhooksView"));
        UI.getCurrent().navigate("");
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Component> route(String name) throws ClassNotFoundException {
        return (Class<? extends Component>) Class.forName(name);
    }

    private static List<String> offered() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getPath).toList();
    }

    @Test
    void anOfficerLandsOnTheMeetingsAndIsNotOfferedScreensTheyWouldBeRefused() throws Exception {
        if (users.byUsername(OFFICER).isEmpty()) {
            users.create(OFFICER, "a password for the navigation test", Role.PROGRAM_OFFICER,
                    List.of(ProgramId.of(DEMO_PROGRAM)));
        }
        open(OFFICER);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass().getSimpleName())
                .isEqualTo("MeetingsView");
        assertThat(offered()).first().isEqualTo("");
        assertThat(offered()).contains("programs", "missions", "opportunities", "follow-ups", "directory",
                "calendar-link")
                .doesNotContain("audit", "display-links", "admin/webhooks", "admin/users", "admin/system");
    }

    @Test
    void anAdministratorIsOfferedEveryScreen() throws Exception {
        open("administrator");

        assertThat(offered()).containsExactly("", "programs", "missions", "opportunities", "follow-ups",
                "directory", "audit", "display-links", "admin/webhooks", "calendar-link", "admin/users", "admin/system");
    }
}
