package app.ponte.security;

import app.ponte.access.ProgramLookup;
import app.ponte.access.RecordKind;
import app.ponte.followup.FollowUpId;
import app.ponte.mission.EngagementId;
import app.ponte.mission.MissionId;
import app.ponte.opportunity.OpportunityId;
import app.ponte.program.ProgramId;
import app.ponte.shared.OutcomeId;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds the programs a message or a result is about, from its components: a {@link ProgramId} directly, or the id
 * of a mission, engagement, outcome, opportunity or follow-up through {@link ProgramLookup}. Nested value records
 * (such as a follow-up's origin) are looked into too. Organizations and contacts belong to no program: they are
 * shared.
 */
public class ProgramScopes {

    private static final Map<Class<?>, RecordKind> KINDS = Map.of(
            MissionId.class, RecordKind.MISSION,
            EngagementId.class, RecordKind.ENGAGEMENT,
            OutcomeId.class, RecordKind.OUTCOME,
            OpportunityId.class, RecordKind.OPPORTUNITY,
            FollowUpId.class, RecordKind.FOLLOW_UP);
    private static final int DEPTH = 3;

    /**
     * What a message is about.
     *
     * @param programs the programs its ids resolve to
     * @param unresolved how many ids that belong to a program were not found
     * @param scope the programs of a {@code Set<ProgramId>} component, if any: a listing's scope
     */
    public record Scope(Set<ProgramId> programs, int unresolved, Set<ProgramId> scope) {

        public boolean aboutPrograms() {
            return !programs.isEmpty() || unresolved > 0;
        }
    }

    private final ProgramLookup lookup;

    public ProgramScopes(ProgramLookup lookup) {
        this.lookup = lookup;
    }

    public Scope of(Object message) {
        var programs = new HashSet<ProgramId>();
        var scope = new HashSet<ProgramId>();
        int[] unresolved = {0};
        collect(message, programs, scope, unresolved, 0);
        return new Scope(Set.copyOf(programs), unresolved[0], Set.copyOf(scope));
    }

    /**
     * What one result (an answer, a list entry, a live update) belongs to. A result that states its program in a
     * {@link ProgramId} component is taken at its word, without looking its ids up; otherwise its ids are resolved,
     * and when they name records of a program that none resolves to, the result counts as unresolved, so that the
     * gateway refuses it: an entry of unknown program is never shown. A result that names no record of a program
     * (an organization, a contact, an audit entry of one) is shared.
     */
    public Scope ofResult(Object result) {
        if (result != null && result.getClass().isRecord()
                && result.getClass().getPackageName().startsWith("app.ponte")) {
            for (RecordComponent component : result.getClass().getRecordComponents()) {
                if (component.getType() == ProgramId.class && read(component, result) instanceof ProgramId program) {
                    return new Scope(Set.of(program), 0, Set.of());
                }
            }
        }
        return of(result);
    }

    /** One component of a result record, whether or not its type is public; the query gateway reads with it too. */
    static Object read(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component + " of a result", e);
        }
    }

    private void collect(Object value, Set<ProgramId> programs, Set<ProgramId> scope, int[] unresolved, int depth) {
        if (value == null || depth > DEPTH) {
            return;
        }
        if (value instanceof ProgramId program) {
            programs.add(program);
            return;
        }
        RecordKind kind = KINDS.get(value.getClass());
        if (kind != null) {
            lookup.programOf(kind, value).ifPresentOrElse(programs::add, () -> unresolved[0]++);
            return;
        }
        if (value instanceof Collection<?> values && depth > 0) {
            for (Object element : values) {
                if (element instanceof ProgramId program) {
                    scope.add(program);
                }
            }
            return;
        }
        if (value.getClass().isRecord() && value.getClass().getPackageName().startsWith("app.ponte")) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(value), programs, scope, unresolved, depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + component + " of a message", e);
                }
            }
        }
    }
}
