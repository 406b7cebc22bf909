package app.ponte.program;

import app.ponte.shared.DomainException;

public class ProgramAlreadyClosed extends DomainException {

    public ProgramAlreadyClosed(ProgramId programId, String name) {
        super("The program \"" + name + "\" is closed; nothing in it can change any more (program " + programId + ").");
    }
}
