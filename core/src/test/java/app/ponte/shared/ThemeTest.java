package app.ponte.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void sameThemeTypedDifferentlyIsOneTheme() {
        assertThat(Theme.of("  Chronic   Diseases ")).isEqualTo(Theme.of("chronic diseases"));
    }

    @Test
    void blankThemeIsRefused() {
        assertThatThrownBy(() -> Theme.of(" "))
                .isInstanceOf(InvalidField.class)
                .hasMessage("theme must not be blank");
    }
}
