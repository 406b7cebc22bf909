package app.ponte.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.program.ProgramId;
import app.ponte.security.Role;
import app.ponte.security.UserDirectory;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A record page for an id that names nothing and one for a record of a program the user is not a member of show the
 * very same "not found" page, as the API answers the same 404: nothing on it tells the two apart, and no exception
 * or query class is named.
 */
class RecordNotFoundViewTest extends ViewTestSupport {

    private static final String OUTSIDER = "officer-of-another-program";

    @Autowired
    private UserDirectory users;

    @SuppressWarnings("unchecked")
    private static Class<? extends Component> view(String name) {
        try {
            return (Class<? extends Component>) Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private void openAs(String username) {
        openBrowserAs(username, view("app.ponte.missions.MissionView"),
                view("app.ponte.programs.ProgramDashboardView"), view("app.ponte.directory.OrganizationView"),
                // The organization page links back to the directory, so its route must be known.
                view("app.ponte.directory.DirectoryView"));
    }

    private void outsider() {
        if (users.byUsername(OUTSIDER).isEmpty()) {
            users.create(OUTSIDER, "a password for the not-found test", Role.PROGRAM_OFFICER,
                    List.of(ProgramId.of(UUID.randomUUID().toString())));
        }
    }

    /** Everything the screen says, layout included, with the id it was asked for set aside. */
    private static String pageText(String id) {
        MockVaadin.clientRoundtrip();
        var screen = _get(Component.class, spec -> spec.withId("not-found"));
        return (UI.getCurrent().getInternals().getTitle() + "\n" + screen.getElement().getTextRecursively())
                .replace(id, "<id>");
    }

    private static String open(String page, String id) {
        UI.getCurrent().navigate(page + "/" + id);
        assertThat(_get(H1.class, spec -> spec.withText("Not found"))).isNotNull();
        return pageText(id);
    }

    private static void namesNoClass(String text) {
        assertThat(text).doesNotContain("Exception", "AccessDenied", "UnknownRecord", "app.ponte",
                "GetMissionAgenda", "GetProgramDashboard", "GetOrganization360", "asks about");
    }

    @ParameterizedTest
    @CsvSource({"missions, mission", "programs, program"})
    void aMissingRecordAndAnotherProgramsRecordShowTheSamePage(String page, String kind) {
        outsider();
        openAs(OUTSIDER);
        String otherProgramsId = kind.equals("mission") ? DEMO_MISSION : DEMO_PROGRAM;

        var missing = open(page, UUID.randomUUID().toString());
        var notAllowed = open(page, otherProgramsId);

        assertThat(notAllowed).isEqualTo(missing).contains("Not found");
        namesNoClass(missing);
    }

    @ParameterizedTest
    @CsvSource({"missions", "programs", "organizations"})
    void aRecordThatDoesNotExistIsNotFoundForAnAdministratorToo(String page) {
        openAs("administrator");
        var missing = UUID.randomUUID().toString();

        var text = open(page, missing);

        namesNoClass(text);
        // The same page as for an address whose id is not an id at all.
        assertThat(text).isEqualTo(open("missions", "not-a-uuid").replace("missions/<id>", page + "/<id>"));
    }

    @Test
    void anOrganizationThatDoesNotExistIsNotFoundForAMemberOfOneProgram() {
        outsider();
        openAs(OUTSIDER);

        var text = open("organizations", UUID.randomUUID().toString());

        namesNoClass(text);
        assertThat(text).isEqualTo(open("missions", UUID.randomUUID().toString())
                .replace("missions/<id>", "organizations/<id>"));
    }

    @Test
    void theRecordsThatExistStillOpen() {
        openAs("administrator");
        UI.getCurrent().navigate("missions/" + DEMO_MISSION);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass().getSimpleName())
                .isEqualTo("MissionView");
        UI.getCurrent().navigate("programs/" + DEMO_PROGRAM);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass().getSimpleName())
                .isEqualTo("ProgramDashboardView");
        UI.getCurrent().navigate("organizations/" + UUID.nameUUIDFromBytes(
                "ponte-demo:organization:fudan".getBytes(StandardCharsets.UTF_8)));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass().getSimpleName())
                .isEqualTo("OrganizationView");
    }
}
