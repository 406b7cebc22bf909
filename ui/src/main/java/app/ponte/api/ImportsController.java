package app.ponte.api;

import app.ponte.imports.Candidate;
import app.ponte.imports.DuplicatePair;
import app.ponte.imports.ImportAction;
import app.ponte.imports.ImportChoices;
import app.ponte.imports.ImportKind;
import app.ponte.imports.ImportOptions;
import app.ponte.imports.ImportPreview;
import app.ponte.imports.ImportReport;
import app.ponte.imports.ImportService;
import app.ponte.imports.RowOutcome;
import app.ponte.imports.Verdict;
import app.ponte.organization.OrganizationType;
import app.ponte.shared.CountryCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports organizations or contacts from an uploaded CSV or XLSX file. With {@code dryRun=true} it answers the
 * preview (every row's verdict) and writes nothing; otherwise it runs the import with the choices given and answers
 * its report, which {@code GET /api/v1/imports/{importId}} gives again.
 */
@RestController
class ImportsController {

    private static final String MAPPING_PREFIX = "mapping.";

    private final ImportService imports;

    ImportsController(ImportService imports) {
        this.imports = imports;
    }

    /** A row of the preview as the API shows it. */
    record PreviewRow(int row, Verdict verdict, Map<String, String> values, String targetId,
            List<Candidate> candidates, String field, String rule) {}

    /** The preview: how the file was read, the mapping used, the counts per verdict and every row. */
    record Preview(String fileName, ImportKind kind, String format, String encoding, String delimiter,
            List<String> headers, Map<String, String> mapping, Map<Verdict, Integer> counts, List<PreviewRow> rows) {}

    /** The result of a run: every row's outcome, and the counts per outcome. */
    record Report(String importId, String fileName, ImportKind kind, Instant startedAt, Instant finishedAt,
            boolean undone, Map<RowOutcome.Status, Integer> counts, List<RowOutcome> rows) {}

    /** What an undo left as it was, row by row. */
    record Undone(String importId, List<String> left) {}

    @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> upload(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Boolean dryRun,
            @RequestParam(required = false) OrganizationType defaultType,
            @RequestParam(required = false) String defaultCountry,
            @RequestParam(required = false) String onNew,
            @RequestParam(required = false) String onUpdate,
            @RequestParam(required = false) String onDuplicate,
            @RequestParam(required = false) String rows,
            @RequestParam Map<String, String> parameters) throws IOException {
        imports.importer();
        ImportKind importKind = kind(kind);
        Map<String, String> mapping = new HashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith(MAPPING_PREFIX)) {
                mapping.put(name.substring(MAPPING_PREFIX.length()), value);
            }
        });
        if (defaultCountry != null && !defaultCountry.matches("[A-Za-z]{2}")) {
            throw new InvalidParameter("defaultCountry", "must be a two-letter ISO 3166 code");
        }
        var options = new ImportOptions(defaultType, defaultCountry == null ? null : new CountryCode(defaultCountry));
        var choices = new ImportChoices(action("onNew", onNew), action("onUpdate", onUpdate),
                action("onDuplicate", onDuplicate), ImportChoices.parseRows(rows));
        ImportPreview preview = imports.preview(file.getOriginalFilename(), file.getBytes(), importKind, mapping,
                options);
        if (Boolean.TRUE.equals(dryRun)) {
            return ResponseEntity.ok(preview(preview));
        }
        ImportReport report = imports.run(preview, choices, done -> { });
        return ResponseEntity.status(201).header(HttpHeaders.LOCATION, "/api/v1/imports/" + report.importId())
                .body(report(report));
    }

    @GetMapping("/api/v1/imports/{importId}")
    Report report(@PathVariable String importId) {
        return report(imports.report(importId));
    }

    @GetMapping(value = "/api/v1/imports/{importId}/report.csv", produces = "text/csv")
    ResponseEntity<byte[]> reportCsv(@PathVariable String importId) {
        var report = imports.report(importId);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + importId + ".csv\"")
                .body(report.csv().getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/api/v1/imports/{importId}/undo")
    Undone undo(@PathVariable String importId) {
        return new Undone(importId, imports.undo(importId));
    }

    /**
     * Likely duplicates already stored in the directory, best first: {@code kind} organizations (default) or
     * contacts. The whole directory is compared on each call; a page is a slice of that.
     */
    @GetMapping("/api/v1/directory/duplicates")
    Page<DuplicatePair> duplicates(@RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit) {
        var paging = Paging.of(offset, limit);
        return paging.slice(imports.duplicates(kind(kind)));
    }

    private static ImportKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return ImportKind.ORGANIZATIONS;
        }
        try {
            return ImportKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidParameter("kind", "must be organizations or contacts");
        }
    }

    private static ImportAction action(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ImportAction.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidParameter(parameter, "must be one of create, update, merge, skip");
        }
    }

    private static Preview preview(ImportPreview preview) {
        return new Preview(preview.fileName(), preview.kind(), preview.format(), preview.encoding(),
                preview.delimiter(), preview.headers(), preview.mapping(), preview.counts(),
                preview.rows().stream().map(row -> new PreviewRow(row.row(), row.verdict(), row.values(),
                        row.targetId(), row.candidates(), row.field(), row.rule())).toList());
    }

    private static Report report(ImportReport report) {
        return new Report(report.importId(), report.fileName(), report.kind(), report.startedAt(),
                report.finishedAt(), report.undone(), report.counts(), report.rows());
    }
}
