package app.ponte.program;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a program; its record stays readable but nothing in it can change any more. */
public record CloseProgram(@TargetAggregateIdentifier ProgramId programId, String closingNote) {

    public CloseProgram {
        Check.present("programId", programId);
        closingNote = Check.optionalText("closingNote", closingNote, Check.TEXT_MAX);
    }
}
