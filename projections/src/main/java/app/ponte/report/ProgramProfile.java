package app.ponte.report;

import app.ponte.program.ProgramId;
import app.ponte.report.MissionRecord.Party;
import java.time.LocalDate;
import java.util.List;

/**
 * A program as its events describe it, for the documents that publish it (the IATI activity file).
 *
 * @param closedOn the day (UTC) the program was closed, null while it runs
 * @param organizers the organizations that organized its missions, each once
 * @param delegations the organizations its missions' delegations travelled for, each once
 */
public record ProgramProfile(ProgramId programId, String name, Party promoter, List<String> partnerCountries,
        LocalDate start, LocalDate end, LocalDate closedOn, List<Party> organizers, List<Party> delegations) {

    public ProgramProfile {
        partnerCountries = List.copyOf(partnerCountries);
        organizers = List.copyOf(organizers);
        delegations = List.copyOf(delegations);
    }
}
