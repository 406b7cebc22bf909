package app.ponte.report;

import app.ponte.dashboard.ProgramResults;
import java.time.Instant;

/** What a program report is written from: the program's results in the window, its profile, and when it was read. */
public record ProgramReport(ProgramResults results, ProgramProfile profile, Instant readAt) {}
