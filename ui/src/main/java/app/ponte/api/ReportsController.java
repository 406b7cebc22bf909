package app.ponte.api;

import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import app.ponte.programs.ProgramScope;
import app.ponte.report.IatiService;
import app.ponte.report.ProgramReportFormat;
import app.ponte.report.ProgramReportService;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import app.ponte.report.MissionReportService;
import app.ponte.report.ReportFormat;
import app.ponte.report.ReportLanguage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ministry's documents, written from the record for the caller's programs. */
@RestController
class ReportsController {

    static final String IATI_XML = "application/xml";

    private final MissionReportService missionReports;
    private final IatiService iati;
    private final ProgramScope scope;

    private final ProgramReportService programReports;

    ReportsController(MissionReportService missionReports, IatiService iati, ProgramScope scope,
            ProgramReportService programReports) {
        this.missionReports = missionReports;
        this.iati = iati;
        this.scope = scope;
        this.programReports = programReports;
    }

    @GetMapping("/api/v1/programs/{programId}/report")
    @Operation(summary = "A program's report for a period (indicators target against actual with a chart, the "
            + "period's missions, outcomes by kind and country, the opportunity funnel, overdue follow-ups), as PDF "
            + "or XLSX, in English or Italian; from and to are days (yyyy-mm-dd), by default the program's own",
            responses = @ApiResponse(responseCode = "200", description = "the report", content = {
                    @Content(mediaType = "application/pdf"),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")}))
    ResponseEntity<byte[]> programReport(@PathVariable ProgramId programId,
            @RequestParam(required = false) String format, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        ProgramReportFormat chosenFormat = ProgramReportFormat.of(format)
                .orElseThrow(() -> new InvalidParameter("format", "must be pdf or xlsx"));
        ReportLanguage language = ReportLanguage.of(lang)
                .orElseThrow(() -> new InvalidParameter("lang", "must be en or it"));
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw new InvalidParameter("to", "must not be before from");
        }
        var report = Visibility.orNotFound("program " + programId,
                () -> programReports.programReport(programId, first, last, chosenFormat, language))
                .orElseThrow(() -> Visibility.notFound("program " + programId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(report.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(report.fileName()).build().toString())
                .body(report.bytes());
    }

    private static LocalDate day(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(parameter, "must be a day as yyyy-mm-dd");
        }
    }

    @GetMapping(value = "/api/v1/programs/{programId}/iati.xml", produces = IATI_XML)
    @Operation(summary = "A program as an IATI 2.03 activity file (iati-activities with one iati-activity)",
            responses = @ApiResponse(responseCode = "200", description = "the IATI activity file",
                    content = @Content(mediaType = IATI_XML)))
    ResponseEntity<byte[]> programIati(@PathVariable ProgramId programId) {
        byte[] file = Visibility.orNotFound("program " + programId, () -> iati.program(programId))
                .orElseThrow(() -> Visibility.notFound("program " + programId));
        return xml(file, "iati-" + programId + ".xml");
    }

    @GetMapping(value = "/api/v1/iati.xml", produces = IATI_XML)
    @Operation(summary = "Every program the caller may see, as one IATI 2.03 activity file",
            responses = @ApiResponse(responseCode = "200", description = "the IATI activity file",
                    content = @Content(mediaType = IATI_XML)))
    ResponseEntity<byte[]> allIati() {
        return xml(iati.programs(scope.visiblePrograms()), "iati-activities.xml");
    }

    private static ResponseEntity<byte[]> xml(byte[] file, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(IATI_XML))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(file);
    }

    @GetMapping("/api/v1/missions/{missionId}/report")
    @Operation(summary = "A mission's report, as PDF or DOCX, in English or Italian",
            responses = @ApiResponse(responseCode = "200", description = "the report", content = {
                    @Content(mediaType = "application/pdf"),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")}))
    ResponseEntity<byte[]> missionReport(@PathVariable MissionId missionId,
            @RequestParam(required = false) String format, @RequestParam(required = false) String lang) {
        ReportFormat chosenFormat = ReportFormat.of(format)
                .orElseThrow(() -> new InvalidParameter("format", "must be pdf or docx"));
        ReportLanguage language = ReportLanguage.of(lang)
                .orElseThrow(() -> new InvalidParameter("lang", "must be en or it"));
        var report = Visibility.orNotFound("mission " + missionId,
                () -> missionReports.missionReport(missionId, chosenFormat, language))
                .orElseThrow(() -> Visibility.notFound("mission " + missionId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(report.format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(report.fileName()).build().toString())
                .body(report.bytes());
    }
}
