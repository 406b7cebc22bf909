package app.ponte.security;

import app.ponte.shared.Actor;
import app.ponte.shared.ActorProvider;
import app.ponte.shared.Source;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells the command metadata interceptor who acts: the signed-in user or the token's user, in the role they act in,
 * from the UI or the API, with the correlation id the client sent in {@value #CORRELATION_HEADER} if it is sane.
 */
public class SecurityActorProvider implements ActorProvider {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final Pattern SANE = Pattern.compile("^[A-Za-z0-9._:-]{1,100}$");

    private final CurrentCaller callers;

    public SecurityActorProvider(CurrentCaller callers) {
        this.callers = callers;
    }

    @Override
    public Actor currentActor() {
        return callers.current()
                .map(caller -> new Actor(caller.userId(), caller.role().name(), caller.source()))
                // Nobody signed in: the application's own start-up work. Named as before sign-in existed
                // (ActorMetadataConfiguration), so the record reads the same; the demo loader names its own source.
                .orElseGet(() -> Actor.system(Source.UI));
    }

    @Override
    public Optional<String> correlationId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return sane(request.getRequest().getHeader(CORRELATION_HEADER));
        }
        return Optional.empty();
    }

    /** A client's correlation id if it is short and plain, so it cannot smuggle anything into logs or events. */
    public static Optional<String> sane(String correlationId) {
        return Optional.ofNullable(correlationId).filter(id -> SANE.matcher(id).matches());
    }
}
