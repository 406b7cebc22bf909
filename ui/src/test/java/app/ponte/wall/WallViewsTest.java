package app.ponte.wall;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.chart.EChart;
import app.ponte.layout.Translations;
import app.ponte.layout.ViewTestSupport;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.MissionId;
import app.ponte.mission.PlanMission;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.program.ProgramId;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.RegisterOrganization;
import app.ponte.program.LaunchProgram;
import app.ponte.shared.CountryCode;
import app.ponte.shared.Period;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WallViewsTest extends ViewTestSupport {

    @Autowired
    private DisplayLinks links;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private WallFacade wall;

    @Autowired
    private Translations translations;

    @BeforeEach
    void open() {
        openBrowser(DisplayView.class, DisplayLinksView.class);
    }

    @Test
    void anAdministratorSeesANewLinksAddressOnceAndCanRevokeIt() {
        UI.getCurrent().navigate(DisplayLinksView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("link-name")), "Lobby screen, Rome");
        _click(_get(Button.class, spec -> spec.withId("create-link")));

        var address = _get(TextField.class, spec -> spec.withId("issued-link")).getValue();
        // The configured public address, whatever Host the request named.
        assertThat(address).matches("https://ponte\\.example\\.org/display/[A-Za-z0-9_-]{43}");
        var token = address.substring(address.lastIndexOf('/') + 1);
        assertThat(links.resolve(token)).isPresent();
        _click(_get(Button.class, spec -> spec.withId("issued-link-done")));

        @SuppressWarnings("unchecked")
        Grid<DisplayLink> grid = _get(Grid.class, spec -> spec.withId("display-links"));
        var row = -1;
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).name().equals("Lobby screen, Rome")) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        links.revoke(GridKt._get(grid, row).linkId());
        assertThat(links.resolve(token)).isEmpty();
    }

    @Test
    void aLinkWithoutANameIsRefusedOnTheNameField() {
        UI.getCurrent().navigate(DisplayLinksView.class);
        _click(_get(Button.class, spec -> spec.withId("create-link")));

        var name = _get(TextField.class, spec -> spec.withId("link-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("required");
        assertThat(_find(TextField.class, spec -> spec.withId("issued-link"))).isEmpty();
    }

    @Test
    void theDisplayShowsItsProgramsNumbers() {
        var promoter = OrganizationId.random();
        commands.sendAndWait(new RegisterOrganization(promoter, "View test ministry", null, OrganizationType.MINISTRY,
                CountryCode.of("IT"), "Rome", null));
        var program = ProgramId.random();
        commands.sendAndWait(new LaunchProgram(program, "View test program", promoter, List.of(CountryCode.of("CN")),
                Period.of(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31))));
        var mission = MissionId.random();
        commands.sendAndWait(new PlanMission(mission, program, "View test mission", "Shanghai", "CN",
                ZoneId.of("Asia/Shanghai"), LocalDate.of(2030, 5, 16), LocalDate.of(2030, 5, 17)));
        commands.sendAndWait(new ScheduleEngagement(mission, EngagementId.random(), EngagementKind.MEETING,
                "View test meeting", "Shanghai", LocalDateTime.of(2030, 5, 16, 10, 0),
                LocalDateTime.of(2030, 5, 16, 11, 0), List.of(), List.of()));
        var token = links.create("Test screen", program, null, null).token();
        UI.getCurrent().navigate("display/" + token);

        awaitUi("the program's meeting is counted", () -> !_find(Span.class, spec -> spec.withId("kpi-scheduled"))
                .isEmpty() && _get(Span.class, spec -> spec.withId("kpi-scheduled")).getText().equals("1"));
        assertThat(_get(H1.class, spec -> spec.withId("wall-program")).getText()).isNotBlank();
        assertThat(_get(Span.class, spec -> spec.withId("wall-updated")).getText())
                .matches("updated \\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void aRevokedLinkShowsOnlyANeutralPage() {
        var issued = links.create("Old screen", ProgramId.of(DEMO_PROGRAM), null, null);
        links.revoke(issued.link().linkId());
        UI.getCurrent().navigate("display/" + issued.token());

        assertThat(_get(Div.class, spec -> spec.withId("wall-invalid")).getText())
                .isEqualTo(DisplayView.NO_LONGER_VALID);
        assertThat(_find(Span.class, spec -> spec.withId("kpi-scheduled"))).isEmpty();
    }

    @Test
    void theDisplaySpeaksItsAddressesLanguageAndChartsTheIndicators() {
        var program = ProgramId.of(DEMO_PROGRAM);
        var token = links.create("Italian screen", program, null, null).token();
        UI.getCurrent().navigate("display/" + token, QueryParameters.of("lang", "it"));

        awaitUi("the numbers are shown", () -> !_find(Span.class, spec -> spec.withId("kpi-scheduled")).isEmpty());
        assertThat(_get(Span.class, spec -> spec.withId("wall-panel-title")).getText())
                .isEqualTo("Indicatori e obiettivi");
        assertThat(_get(Span.class, spec -> spec.withId("wall-updated")).getText())
                .matches("aggiornato alle \\d\\d:\\d\\d:\\d\\d");
        var indicators = wall.dashboard(program).indicators();
        assertThat(indicators).isNotEmpty();
        var panel = _get(Div.class, spec -> spec.withId("panel-indicators"));
        var option = _get(panel, EChart.class).getOption();
        for (var indicator : indicators) {
            assertThat(option).contains(translations.getTranslation("indicator." + indicator.kind().name(),
                    Translations.ITALIAN)).contains(indicator.actual() + " / " + indicator.target());
        }
    }
}
