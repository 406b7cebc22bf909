package app.ponte.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.program.ProgramId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissionCommandsTest {

    private static final ZoneId SHANGHAI_TIME = ZoneId.of("Asia/Shanghai");

    private static PlanMission plan(String title, String countryCode) {
        return new PlanMission(MissionId.random(), ProgramId.random(), title, "Shanghai", countryCode, SHANGHAI_TIME,
                LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17));
    }

    private static ScheduleEngagement schedule(String title, List<String> themes) {
        return new ScheduleEngagement(MissionId.random(), EngagementId.random(), EngagementKind.MEETING, title, null,
                LocalDateTime.of(2017, 5, 16, 10, 0), LocalDateTime.of(2017, 5, 16, 11, 0), null, themes);
    }

    @Test
    void aBlankTitleIsRejectedNamingTheField() {
        assertThatThrownBy(() -> plan("  ", "CN"))
                .isInstanceOf(InvalidMissionInput.class)
                .hasMessage("title: must not be blank")
                .satisfies(e -> assertThat(((InvalidMissionInput) e).field()).isEqualTo("title"));
    }

    @Test
    void anOverlongTitleIsRejected() {
        assertThatThrownBy(() -> plan("x".repeat(201), "CN"))
                .isInstanceOf(InvalidMissionInput.class)
                .hasMessage("title: must be at most 200 characters");
    }

    @Test
    void anUnknownCountryCodeIsRejected() {
        assertThatThrownBy(() -> plan("Mission", "XX"))
                .isInstanceOf(InvalidMissionInput.class)
                .hasMessageStartingWith("countryCode: must be an ISO 3166 two-letter country code");
    }

    @Test
    void countryCodesAndTextAreNormalised() {
        var command = plan("  ALISEI mission  ", "cn");
        assertThat(command.countryCode()).isEqualTo("CN");
        assertThat(command.title()).isEqualTo("ALISEI mission");
    }

    @Test
    void aMissingStartIsRejectedNamingTheField() {
        assertThatThrownBy(() -> new ScheduleEngagement(MissionId.random(), EngagementId.random(),
                        EngagementKind.MEETING, "Meeting", "", null, LocalDateTime.of(2017, 5, 16, 11, 0),
                        List.of(), List.of()))
                .isInstanceOf(InvalidMissionInput.class)
                .hasMessage("start: is required");
    }

    @Test
    void themesAreTrimmedAndDeduplicatedAndVenueIsOptional() {
        var command = schedule("Meeting", List.of(" prevention", "prevention ", "chronic diseases"));
        assertThat(command.themes()).containsExactly("prevention", "chronic diseases");
        assertThat(command.venue()).isEmpty();
        assertThat(command.counterparts()).isEmpty();
    }

    @Test
    void anEmptyThemeIsRejected() {
        assertThatThrownBy(() -> schedule("Meeting", Arrays.asList("prevention", null)))
                .isInstanceOf(InvalidMissionInput.class)
                .hasMessage("themes: must not contain empty entries");
    }
}
