package app.ponte.dashboard;

import app.ponte.program.ProgramId;
import java.time.LocalDate;

/** A program as the programs list shows it; the period is absent while only its missions are known. */
public record ProgramSummary(
        ProgramId programId,
        String name,
        LocalDate start,
        LocalDate end,
        boolean closed,
        long missions,
        long engagementsHeld,
        long outcomes) {}
