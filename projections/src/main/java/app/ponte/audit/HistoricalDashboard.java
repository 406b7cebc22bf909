package app.ponte.audit;

import app.ponte.dashboard.ProgramDashboard;
import java.time.Instant;

/** A program's dashboard as it stood at {@code asOf}, rebuilt from {@code events} events; historical, never live. */
public record HistoricalDashboard(Instant asOf, long events, ProgramDashboard dashboard) {}
