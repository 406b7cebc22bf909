package app.ponte.report;

import app.ponte.dashboard.GetProgramResults;
import app.ponte.dashboard.ProgramResults;
import app.ponte.program.ProgramId;
import app.ponte.shared.Futures;
import java.io.File;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Writes a program's report for the caller: its results in the window and its profile are asked through the scoped
 * query gateway (a program the caller is not a member of is refused as its dashboard would be), then written as PDF
 * (the mission report's font and layout) or XLSX.
 */
@Service
public class ProgramReportService {

    private final QueryGateway queries;
    private final Clock clock;
    private final PdfReport pdf;
    private final ProgramSpreadsheet xlsx = new ProgramSpreadsheet();

    public ProgramReportService(QueryGateway queries, Clock clock,
            @Value("${ponte.report.font:" + ReportFont.DEFAULT_PATH + "}") String font) {
        this.queries = queries;
        this.clock = clock;
        this.pdf = new PdfReport(new ReportFont(new File(font)));
    }

    /** Empty when no such program is known; {@code from} and {@code to} may be null for the program's own ends. */
    public Optional<Rendered> programReport(ProgramId programId, LocalDate from, LocalDate to,
            ProgramReportFormat format, ReportLanguage language) {
        return read(programId, from, to).map(report -> render(report, format, language));
    }

    public Optional<ProgramReport> read(ProgramId programId, LocalDate from, LocalDate to) {
        ProgramResults results = Futures.join(queries.query(new GetProgramResults(programId, from, to),
                ResponseTypes.instanceOf(ProgramResults.class)));
        if (!results.known()) {
            return Optional.empty();
        }
        ProgramProfile profile = Futures.join(queries.query(new GetProgramProfile(programId, java.util.List.of()),
                ResponseTypes.optionalInstanceOf(ProgramProfile.class))).orElse(null);
        return Optional.of(new ProgramReport(results, profile, clock.instant()));
    }

    /** The document of a report already read, for callers that hold one (tests, benchmarks). */
    public Rendered render(ProgramReport report, ProgramReportFormat format, ReportLanguage language) {
        byte[] bytes = format == ProgramReportFormat.PDF
                ? pdf.render(new ProgramReportWriter(language).write(report))
                : xlsx.render(report, language);
        String name = "program-report-" + slug(report.results().name()) + "-" + report.results().from() + "-"
                + report.results().to() + "-" + language.code() + "." + format.extension();
        return new Rendered(bytes, format.mediaType(), name);
    }

    /** A written report: its bytes, media type and a file name for the download. */
    public record Rendered(byte[] bytes, String mediaType, String fileName) {}

    private static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "program" : slug.substring(0, Math.min(slug.length(), 60));
    }
}
