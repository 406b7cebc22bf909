package app.ponte.testing;

import app.ponte.shared.Actor;
import app.ponte.shared.ActorProvider;
import app.ponte.shared.Source;
import java.util.Optional;

/** An {@link ActorProvider} that always answers with the same officer. */
public record FixedActor(Actor actor, String correlation) implements ActorProvider {

    public static FixedActor officer() {
        return new FixedActor(new Actor("officer-1", "PROGRAM_OFFICER", Source.UI), null);
    }

    @Override
    public Actor currentActor() {
        return actor;
    }

    @Override
    public Optional<String> correlationId() {
        return Optional.ofNullable(correlation);
    }
}
