package app.ponte.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The audit speaks UTC: every moment on this screen is read and shown in it, and says so. */
final class Moments {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Moments() {
    }

    static Instant fromPicker(LocalDateTime picked) {
        return picked == null ? null : picked.toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime toPicker(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** "anna (OFFICER)"; events recorded before actors were stamped have no user. */
    static String who(String userId, String role) {
        if (userId == null) {
            return "unknown";
        }
        return role == null ? userId : userId + " (" + role + ")";
    }

    static String show(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }
}
