package app.ponte.reporting;

import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import app.ponte.report.MissionReportService;
import app.ponte.report.ProgramReportFormat;
import app.ponte.report.ProgramReportService;
import app.ponte.report.ReportFormat;
import app.ponte.report.ReportLanguage;
import app.ponte.reporting.ReportDialog.Download;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * What the screens' "Report" action may ask: a mission's or a program's report, written for the signed-in user
 * through the same scoped services the API uses.
 */
@Service
public class ReportsFacade {

    private final MissionReportService missions;
    private final ProgramReportService programs;

    ReportsFacade(MissionReportService missions, ProgramReportService programs) {
        this.missions = missions;
        this.programs = programs;
    }

    public Download missionReport(MissionId missionId, String format, ReportLanguage language) {
        var chosen = ReportFormat.of(format).orElseThrow(() -> new IllegalArgumentException("format " + format));
        var report = missions.missionReport(missionId, chosen, language)
                .orElseThrow(() -> new IllegalStateException("There is no mission " + missionId));
        return new Download(report.bytes(), report.format().mediaType(), report.fileName());
    }

    public Download programReport(ProgramId programId, String format, ReportLanguage language, LocalDate from,
            LocalDate to) {
        var chosen = ProgramReportFormat.of(format)
                .orElseThrow(() -> new IllegalArgumentException("format " + format));
        var report = programs.programReport(programId, from, to, chosen, language)
                .orElseThrow(() -> new IllegalStateException("There is no program " + programId));
        return new Download(report.bytes(), report.mediaType(), report.fileName());
    }
}
