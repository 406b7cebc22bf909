package app.ponte.followups;

import app.ponte.live.LiveQuery;
import app.ponte.live.ReadModelChanges;
import app.ponte.program.ProgramId;
import app.ponte.shared.InvalidField;
import java.util.Set;

/**
 * Asks for follow-ups within {@code programs} (the caller's scope; empty lists nothing), optionally only one owner's
 * ({@code ownerUserId}, null for anyone's), only overdue ones, or open ones only; a page of {@code limit} from
 * {@code offset}, soonest due first.
 */
public record ListFollowUps(Set<ProgramId> programs, String ownerUserId, boolean overdueOnly, boolean openOnly,
        int offset, int limit) implements LiveQuery {

    public ListFollowUps {
        programs = programs == null ? Set.of() : Set.copyOf(programs);
        if (offset < 0) {
            throw new InvalidField("offset", "must not be negative");
        }
        if (limit < 1 || limit > 500) {
            throw new InvalidField("limit", "must be between 1 and 500");
        }
    }

    @Override
    public boolean concerns(String topic) {
        return topic.equals(ReadModelChanges.FOLLOW_UPS);
    }
}
