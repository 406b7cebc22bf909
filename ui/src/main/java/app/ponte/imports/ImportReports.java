package app.ponte.imports;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Keeps each import's result report, so it can be fetched and downloaded later and an import undone. The records
 * an import wrote are in the event store like any others; this is the list of what happened to each row, including
 * the rows that wrote nothing.
 */
public class ImportReports {

    static final String COLLECTION = "import_reports";

    private final MongoCollection<Document> reports;

    public ImportReports(MongoDatabase database) {
        this.reports = database.getCollection(COLLECTION);
    }

    public void save(ImportReport report) {
        List<Document> rows = new ArrayList<>(report.rows().size());
        for (RowOutcome row : report.rows()) {
            rows.add(new Document("row", row.row()).append("verdict", row.verdict().name())
                    .append("action", row.action().name()).append("status", row.status().name())
                    .append("recordId", row.recordId()).append("field", row.field())
                    .append("message", row.message()));
        }
        var document = new Document("_id", report.importId()).append("userId", report.userId())
                .append("fileName", report.fileName()).append("kind", report.kind().name())
                .append("startedAt", Date.from(report.startedAt()))
                .append("finishedAt", Date.from(report.finishedAt()))
                .append("undone", report.undone())
                .append("rows", rows);
        reports.replaceOne(Filters.eq("_id", report.importId()), document, new ReplaceOptions().upsert(true));
    }

    public void markUndone(String importId) {
        reports.updateOne(Filters.eq("_id", importId), Updates.set("undone", true));
    }

    public Optional<ImportReport> find(String importId) {
        var document = reports.find(Filters.eq("_id", importId)).first();
        if (document == null) {
            return Optional.empty();
        }
        List<RowOutcome> rows = new ArrayList<>();
        for (Document row : document.getList("rows", Document.class)) {
            rows.add(new RowOutcome(row.getInteger("row"), Verdict.valueOf(row.getString("verdict")),
                    ImportAction.valueOf(row.getString("action")), RowOutcome.Status.valueOf(row.getString("status")),
                    row.getString("recordId"), row.getString("field"), row.getString("message")));
        }
        return Optional.of(new ImportReport(document.getString("_id"), document.getString("userId"),
                document.getString("fileName"), ImportKind.valueOf(document.getString("kind")),
                document.getDate("startedAt").toInstant(), document.getDate("finishedAt").toInstant(), rows,
                Boolean.TRUE.equals(document.getBoolean("undone"))));
    }
}
