package app.ponte.program;

import app.ponte.shared.DomainException;

public class ProgramAlreadyLaunched extends DomainException {

    public ProgramAlreadyLaunched(ProgramId id) {
        super("A program with id " + id + " was already launched; launching needs a new id.");
    }
}
