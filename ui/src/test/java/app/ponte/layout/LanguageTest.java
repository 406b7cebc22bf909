package app.ponte.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LanguageTest extends ViewTestSupport {

    @Autowired
    private Translations translations;

    @Test
    void everyEnglishTextHasAnItalianOne() throws Exception {
        var english = new java.util.Properties();
        var italian = new java.util.Properties();
        try (var en = getClass().getResourceAsStream("/messages.properties");
                var it = getClass().getResourceAsStream("/messages_it.properties")) {
            english.load(new java.io.InputStreamReader(en, java.nio.charset.StandardCharsets.UTF_8));
            italian.load(new java.io.InputStreamReader(it, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(italian.keySet()).isEqualTo(english.keySet());
    }

    @Test
    void theNavigationSpeaksTheChosenLanguage() {
        openBrowser(MainLayoutProbe.class);
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate(MainLayoutProbe.class);

        assertThat(_get(SideNav.class).getItems()).extracting(item -> item.getLabel())
                .contains("Programmi", "Missioni", "Opportunità", "Rubrica");
        assertThat(translations.getTranslation("followUp.daysLate", Locale.ITALIAN, 3)).isEqualTo(
                "3 giorni di ritardo");
        assertThat(translations.getTranslation("followUp.daysLate", Locale.ENGLISH, 1)).isEqualTo("1 day late");
    }
}
