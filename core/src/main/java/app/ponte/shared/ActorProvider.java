package app.ponte.shared;

import java.util.Optional;

/**
 * Tells the {@link CommandMetadataInterceptor} who is acting right now. The ui implements it from the security
 * context (user and role), the entry point (view, REST API or import) and the request's correlation header.
 */
public interface ActorProvider {

    Actor currentActor();

    /** The correlation id of the request being served, if the caller sent one. */
    Optional<String> correlationId();
}
