package app.ponte.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one input vocabulary: how length is counted, what absent text is, and how themes are kept. */
class CheckTest {

    @Test
    void lengthIsCountedInCodePointsAfterTrimming() {
        // 𝔸 is two UTF-16 units: counted as units, three of them would not fit a limit of 3.
        assertThat(Check.text("name", "  𝔸𝔸𝔸 ", 3)).isEqualTo("𝔸𝔸𝔸");
        assertThat(Check.fits("  复旦大学  ", 4)).isTrue();
        assertThat(Check.fits("复旦大学x", 4)).isFalse();
        assertThatThrownBy(() -> Check.text("name", "𝔸𝔸𝔸𝔸", 3))
                .isInstanceOf(InvalidField.class)
                .hasMessage("name must be at most 3 characters long");
    }

    @Test
    void absentOptionalTextIsNullNeverEmpty() {
        assertThat(Check.optionalText("venue", "   ", Check.NAME_MAX)).isNull();
        assertThat(Check.optionalText("venue", null, Check.NAME_MAX)).isNull();
        assertThat(Check.fits(null, 1)).isTrue();
    }

    @Test
    void themesAreTrimmedSingleSpacedAndKeptOnceWhateverTheirCase() {
        assertThat(Check.themes("themes", List.of("  Chronic   diseases ", "chronic diseases", "HIV", "hiv")))
                .containsExactly("Chronic diseases", "HIV");
        assertThatThrownBy(() -> Check.themes("themes", List.of(" ")))
                .isInstanceOf(InvalidField.class)
                .hasMessage("themes must not be blank");
        assertThatThrownBy(() -> Check.themes("themes", Arrays.asList("prevention", null)))
                .hasMessage("themes must not contain empty entries");
        assertThatThrownBy(() -> Check.themes("themes", List.of("x".repeat(Check.THEME_MAX + 1))))
                .hasMessage("themes must be at most 80 characters long");
    }

    @Test
    void countryCodesNameTheirFieldAndAreUpperCased() {
        assertThat(Check.countryCode("countryCode", " cn ")).isEqualTo("CN");
        assertThatThrownBy(() -> Check.countryCode("countryCode", "XX"))
                .isInstanceOf(InvalidField.class)
                .satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("countryCode"));
        assertThatThrownBy(() -> CountryCode.of("XX"))
                .satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("country"));
    }

    @Test
    void theLimitsRankFromNamesToLongProse() {
        assertThat(List.of(Check.THEME_MAX, Check.NAME_MAX, Check.TITLE_MAX, Check.REASON_MAX, Check.TEXT_MAX,
                Check.LONG_TEXT_MAX)).isSorted();
    }
}
