package app.ponte.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.program.ProgramId;
import app.ponte.shared.Check;
import app.ponte.shared.InvalidField;
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
                .isInstanceOf(InvalidField.class)
                .hasMessage("title must not be blank")
                .satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("title"));
    }

    @Test
    void aTitleIsLimitedAsEveryTitleIs() {
        assertThat(plan("x".repeat(Check.TITLE_MAX), "CN").title()).hasSize(Check.TITLE_MAX);
        assertThatThrownBy(() -> plan("x".repeat(Check.TITLE_MAX + 1), "CN"))
                .isInstanceOf(InvalidField.class)
                .hasMessage("title must be at most 300 characters long");
    }

    @Test
    void lengthsAreCountedInCodePointsAsEverywhereElse() {
        // 𝔸 is one code point but two UTF-16 units: a title of 300 of them is 300 characters, not 600.
        assertThat(plan("𝔸".repeat(Check.TITLE_MAX), "CN").title().codePointCount(0, 600)).isEqualTo(300);
    }

    @Test
    void anUnknownCountryCodeIsRejected() {
        assertThatThrownBy(() -> plan("Mission", "XX"))
                .isInstanceOf(InvalidField.class)
                .hasMessageStartingWith("countryCode must be an ISO 3166-1 two-letter country code")
                .satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("countryCode"));
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
                .isInstanceOf(InvalidField.class)
                .hasMessage("start is required");
    }

    @Test
    void themesAreNormalizedOnceAndAnAbsentVenueIsNull() {
        var command = schedule("Meeting", List.of(" prevention", "Prevention ", "chronic   diseases"));
        assertThat(command.themes()).containsExactly("prevention", "chronic diseases");
        assertThat(command.venue()).isNull();
        assertThat(command.counterparts()).isEmpty();
    }

    @Test
    void anEmptyThemeIsRejected() {
        assertThatThrownBy(() -> schedule("Meeting", Arrays.asList("prevention", null)))
                .isInstanceOf(InvalidField.class)
                .hasMessage("themes must not contain empty entries");
    }
}
