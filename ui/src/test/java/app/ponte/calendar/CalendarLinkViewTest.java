package app.ponte.calendar;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.layout.ViewTestSupport;
import app.ponte.security.UserDirectory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The "Calendar link" screen: make a link, see its address once, revoke it; in English and Italian. */
class CalendarLinkViewTest extends ViewTestSupport {

    private static final String ADDRESS_START = "https://ponte.example.org/api/v1/calendar-feeds/";

    @Autowired
    private CalendarLinks links;

    @Autowired
    private UserDirectory users;

    private void open(Locale language) {
        openBrowser(CalendarLinkView.class);
        UI.getCurrent().setLocale(language);
        UI.getCurrent().navigate(CalendarLinkView.class);
    }

    private String administrator() {
        return users.byUsername("administrator").orElseThrow().userId();
    }

    @Test
    void aLinkIsMadeShownOnceAndRevoked() {
        links.revokeAll(administrator());
        open(Locale.ENGLISH);
        assertThat(_find(TextField.class, spec -> spec.withId("calendar-link-address"))).as("hidden").isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("calendar-link-status")).getText())
                .isEqualTo("You have no calendar link.");
        assertThat(_get(Button.class, spec -> spec.withId("calendar-link-revoke")).isEnabled()).isFalse();

        _click(_get(Button.class, spec -> spec.withId("calendar-link-create")));

        var address = _get(TextField.class, spec -> spec.withId("calendar-link-address"));
        String url = address.getValue();
        assertThat(url).startsWith(ADDRESS_START).endsWith(".ics");
        String token = url.substring(ADDRESS_START.length(), url.length() - ".ics".length());
        assertThat(links.resolve(token)).hasValueSatisfying(link ->
                assertThat(link.ownerUserId()).isEqualTo(administrator()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("calendar-link-status")).getText())
                .startsWith("You have a calendar link, created ").endsWith("last polled never.");
        assertThat(_get(Button.class, spec -> spec.withId("calendar-link-create")).getText())
                .isEqualTo("Replace link");

        _click(_get(Button.class, spec -> spec.withId("calendar-link-revoke")));

        assertThat(links.resolve(token)).isEmpty();
        assertThat(address.isVisible()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("calendar-link-status")).getText())
                .isEqualTo("You have no calendar link.");
    }

    @Test
    void theScreenSpeaksItalian() {
        links.revokeAll(administrator());
        open(Locale.ITALIAN);

        assertThat(_get(Paragraph.class, spec -> spec.withId("calendar-link-status")).getText())
                .isEqualTo("Non hai un link del calendario.");
        assertThat(_get(Button.class, spec -> spec.withId("calendar-link-create")).getText()).isEqualTo("Crea link");
        _click(_get(Button.class, spec -> spec.withId("calendar-link-create")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("calendar-link-status")).getText())
                .startsWith("Hai un link del calendario, creato il ").endsWith("l'ultima volta mai.");
        assertThat(_get(Button.class, spec -> spec.withId("calendar-link-revoke")).getText())
                .isEqualTo("Revoca link");
    }
}
