package app.ponte.testing;

import app.ponte.program.ProgramDirectory;
import app.ponte.program.ProgramId;
import app.ponte.program.ProgramStanding;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link ProgramDirectory} for tests: programs put here are known as given; with {@link #anyOpen()} every other id
 * reads as an open program too, for tests about something else.
 */
public final class Programs implements ProgramDirectory {

    private final Map<ProgramId, ProgramStanding> known = new HashMap<>();
    private final boolean othersOpen;

    private Programs(boolean othersOpen) {
        this.othersOpen = othersOpen;
    }

    public static Programs onlyKnown() {
        return new Programs(false);
    }

    public static Programs anyOpen() {
        return new Programs(true);
    }

    public Programs with(ProgramId id, String name, boolean closed) {
        known.put(id, new ProgramStanding(id, name, closed));
        return this;
    }

    @Override
    public Optional<ProgramStanding> find(ProgramId id) {
        if (known.containsKey(id)) {
            return Optional.of(known.get(id));
        }
        return othersOpen ? Optional.of(new ProgramStanding(id, "Program " + id, false)) : Optional.empty();
    }
}
