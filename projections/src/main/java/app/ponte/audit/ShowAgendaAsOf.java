package app.ponte.audit;

import java.time.Instant;
import java.util.Objects;

/** Asks for the agenda (missions and their engagements) as it stood at {@code at}. */
public record ShowAgendaAsOf(Instant at) {

    public ShowAgendaAsOf {
        Objects.requireNonNull(at, "ShowAgendaAsOf needs the moment, at");
    }
}
