package app.ponte.program;

import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Answers from the program's own event stream, so a program closed a moment ago is seen as closed. The program is
 * loaded into the caller's unit of work and only read.
 */
public class RepositoryProgramDirectory implements ProgramDirectory {

    private final Supplier<Repository<Program>> programs;

    public RepositoryProgramDirectory(Repository<Program> programs) {
        this(() -> programs);
    }

    /**
     * For wiring where the repository exists only once Axon's configuration has started, such as a Spring bean.
     * The application gives it a repository that reads past the aggregate cache ({@code LookupRepositories}).
     */
    public RepositoryProgramDirectory(Supplier<Repository<Program>> programs) {
        this.programs = programs;
    }

    @Override
    public Optional<ProgramStanding> find(ProgramId programId) {
        try {
            return Optional.of(programs.get().load(programId.toString()).invoke(Program::standing));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
