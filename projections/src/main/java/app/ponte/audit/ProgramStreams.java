package app.ponte.audit;

import app.ponte.dashboard.StreamsByProgram;
import app.ponte.program.ProgramId;
import java.util.function.Predicate;
import org.axonframework.eventhandling.EventMessage;

/**
 * The events a view of one program can depend on (see {@link StreamsByProgram}); everything else belongs to other
 * programs and is skipped. Stateful: it learns the program's missions as the stream is replayed in order.
 */
final class ProgramStreams implements Predicate<EventMessage<?>> {

    private final String program;
    private final StreamsByProgram streams;

    ProgramStreams(ProgramId program) {
        this(program, new StreamsByProgram());
    }

    /** Continues from {@code streams}, which has already read the stream up to where this one starts. */
    ProgramStreams(ProgramId program, StreamsByProgram streams) {
        this.program = program.toString();
        this.streams = streams;
    }

    @Override
    public boolean test(EventMessage<?> event) {
        return streams.concerns(event, program);
    }
}
