package app.ponte.audit;

import app.ponte.layout.Times;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/** The audit speaks UTC: every moment on this screen is read and shown in it, and says so. */
final class Moments {

    private Moments() {
    }

    static Instant fromPicker(LocalDateTime picked) {
        return picked == null ? null : picked.toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime toPicker(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** "anna (Program officer)", the role in its language; events from before actors were stamped have no user. */
    static String who(String userId, String role, Component on) {
        if (userId == null) {
            return on.getTranslation("audit.unknownUser");
        }
        return role == null ? userId : userId + " (" + word("admin.role.", role, on) + ")";
    }

    /** An event's name in the screen's language ("Engagement scheduled", "Impegno pianificato"). */
    static String event(String event, Component on) {
        return event == null ? "" : word("audit.event.", event, on);
    }

    /** Where a change came from (screen, API, import), in the screen's language. */
    static String source(String source, Component on) {
        return source == null ? "" : word("audit.source.", source, on);
    }

    /* A stored name not in the bundles (one written by a later version, say) is shown as it was stored. */
    private static String word(String prefix, String name, Component on) {
        var key = prefix + name;
        var words = on.getTranslation(key);
        return words.equals(key) ? name : words;
    }

    /** A moment as every screen writes one ("2017-01-01 09:30:00 UTC", "01/01/2017 09:30:00 UTC"), in UTC. */
    static String show(Instant instant, Component on) {
        return instant == null ? "" : Times.of(locale(on)).dateTimeSeconds(instant.atZone(ZoneOffset.UTC)) + " UTC";
    }

    /** The language of the screen a component is on, or is being built for. */
    static Locale locale(Component on) {
        return on.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale).orElse(Locale.ENGLISH);
    }
}
