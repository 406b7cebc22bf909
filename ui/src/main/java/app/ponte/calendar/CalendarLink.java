package app.ponte.calendar;

import java.time.Instant;
import java.util.Optional;

/**
 * A personal calendar link as stored: never its token, only the token's hash. It acts for its owner, whose role and
 * programs are read again at every use.
 */
public record CalendarLink(String linkId, String ownerUserId, Instant createdAt, Optional<Instant> revokedAt,
        Optional<Instant> lastUsedAt) {

    public boolean active() {
        return revokedAt.isEmpty();
    }
}
