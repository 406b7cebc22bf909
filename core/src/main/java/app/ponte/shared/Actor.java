package app.ponte.shared;

import java.util.List;

/**
 * Who causes a change: a user id, the role they acted in, and where the change came from. Every command and every
 * event carries these as metadata under the keys below, together with a correlation id.
 */
public record Actor(String userId, String role, Source source) {

    public static final String USER_ID = "userId";
    public static final String ROLE = "role";
    public static final String SOURCE = "source";
    public static final String CORRELATION_ID = "correlationId";

    /** Axon's own origin keys, renamed so they cannot overwrite {@link #CORRELATION_ID}. */
    public static final String CAUSATION_ID = "causationId";
    public static final String TRACE_ID = "traceId";

    /** The keys the ui must list in a {@code SimpleCorrelationDataProvider} so events inherit them from commands. */
    public static final List<String> METADATA_KEYS = List.of(USER_ID, ROLE, SOURCE, CORRELATION_ID);

    public Actor {
        userId = Check.text(USER_ID, userId, Check.NAME_MAX);
        role = Check.text(ROLE, role, Check.NAME_MAX);
        Check.present(SOURCE, source);
    }

    /** The actor for changes made by the application itself, such as loading the demo data. */
    public static Actor system(Source source) {
        return new Actor("system", "SYSTEM", source);
    }
}
