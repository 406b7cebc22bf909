package app.ponte.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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

    /** "anna (PROGRAM_OFFICER)"; events recorded before actors were stamped have no user. */
    static String who(String userId, String role, Component on) {
        if (userId == null) {
            return on.getTranslation("audit.unknownUser");
        }
        return role == null ? userId : userId + " (" + role + ")";
    }

    /** A moment in the words and order of the screen's language ("1 Jan 2017", "1 gen 2017"), always in UTC. */
    static String show(Instant instant, Component on) {
        return instant == null ? "" : formatter(on).format(instant);
    }

    static DateTimeFormatter formatter(Component on) {
        return DateTimeFormatter.ofPattern(on.getTranslation("date.momentUtc"), locale(on)).withZone(ZoneOffset.UTC);
    }

    /** The language of the screen a component is on, or is being built for. */
    static Locale locale(Component on) {
        return on.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale).orElse(Locale.ENGLISH);
    }
}
