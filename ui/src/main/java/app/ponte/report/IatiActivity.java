package app.ponte.report;

import app.ponte.dashboard.ProgramResults;

/** One program as an IATI activity is written from it: its description from its events, and its results. */
public record IatiActivity(ProgramProfile profile, ProgramResults results) {}
