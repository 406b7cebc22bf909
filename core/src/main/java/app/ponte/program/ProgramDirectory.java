package app.ponte.program;

import java.util.Optional;

/**
 * Looks up a program while another aggregate decides, such as a mission planned within it. Injected into command
 * handler methods like {@link app.ponte.organization.OrganizationDirectory}: the ui declares
 * {@link RepositoryProgramDirectory}; tests register one with {@code fixture.registerInjectableResource(...)}.
 */
public interface ProgramDirectory {

    Optional<ProgramStanding> find(ProgramId programId);

    /**
     * The program, if it was launched and is not closed; otherwise a rejection saying so. {@code field} names the
     * command's field that holds the id.
     */
    default ProgramStanding requireOpen(String field, ProgramId programId) {
        ProgramStanding standing = find(programId).orElseThrow(() -> new UnknownProgram(field, programId));
        if (standing.closed()) {
            throw new ProgramAlreadyClosed(programId, standing.name());
        }
        return standing;
    }
}
