package app.ponte.api;

import app.ponte.mission.MissionId;
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

    private final MissionReportService missionReports;

    ReportsController(MissionReportService missionReports) {
        this.missionReports = missionReports;
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
