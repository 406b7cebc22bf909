package app.ponte.report;

import app.ponte.mission.MissionId;
import app.ponte.shared.Futures;
import java.io.File;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Writes a mission's report for the caller: the record is asked through the scoped query gateway, so a mission of a
 * program the caller is not a member of is refused exactly as its agenda would be, then written in the language and
 * format asked for.
 */
@Service
public class MissionReportService {

    private final QueryGateway queries;
    private final PdfReport pdf;
    private final DocxReport docx = new DocxReport();

    public MissionReportService(QueryGateway queries,
            @Value("${ponte.report.font:" + ReportFont.DEFAULT_PATH + "}") String font) {
        this.queries = queries;
        this.pdf = new PdfReport(new ReportFont(new File(font)));
    }

    /** Empty when no such mission was ever planned. */
    public Optional<Rendered> missionReport(MissionId missionId, ReportFormat format, ReportLanguage language) {
        Optional<MissionRecord> record = Futures.join(queries.query(new GetMissionRecord(missionId),
                ResponseTypes.optionalInstanceOf(MissionRecord.class)));
        return record.map(mission -> render(mission, format, language));
    }

    /** The document of a record already read, for callers that hold one (tests, benchmarks). */
    public Rendered render(MissionRecord mission, ReportFormat format, ReportLanguage language) {
        ReportDocument document = new MissionReportWriter(language).write(mission);
        byte[] bytes = format == ReportFormat.PDF ? pdf.render(document) : docx.render(document);
        String name = "mission-report-" + mission.startDate() + "-" + slug(mission.title()) + "-" + language.code()
                + "." + format.extension();
        return new Rendered(bytes, format, name);
    }

    private static String slug(String title) {
        String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "mission" : slug.substring(0, Math.min(slug.length(), 60));
    }

    /** A written report: its bytes, format and a file name for the download. */
    public record Rendered(byte[] bytes, ReportFormat format, String fileName) {}
}
