package app.ponte.program;

import app.ponte.shared.UnknownReference;

public class UnknownProgram extends UnknownReference {

    public UnknownProgram(String field, ProgramId programId) {
        super(field, "program", programId);
    }
}
