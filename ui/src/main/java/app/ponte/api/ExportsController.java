package app.ponte.api;

import app.ponte.audit.AuditFacade;
import app.ponte.audit.AuditFilter;
import app.ponte.export.ExportFormat;
import app.ponte.export.ListExports;
import app.ponte.export.Table;
import app.ponte.layout.Translations;
import app.ponte.mission.MissionId;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.program.ProgramId;
import app.ponte.programs.ProgramScope;
import app.ponte.security.AccessDenied;
import app.ponte.security.CurrentCaller;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every list as a spreadsheet, {@code /api/v1/exports/<list>?format=csv|xlsx&lang=en|it}, with the filters of the
 * list's JSON endpoint. Without {@code format}, the {@code Accept} header chooses (CSV when it names neither).
 * Everything that can refuse (a parameter, the scope, an unknown mission) is checked, and the first page read,
 * before the answer starts, so a refusal is still a problem; the rows are then written as they are read.
 */
@RestController
class ExportsController {

    private static final int MAX_TEXT = 200;

    private final ListExports exports;
    private final ProgramScope scope;
    private final CurrentCaller callers;
    private final AuditFacade audit;

    ExportsController(ListExports exports, ProgramScope scope, CurrentCaller callers, AuditFacade audit) {
        this.audit = audit;
        this.exports = exports;
        this.scope = scope;
        this.callers = callers;
    }

    @GetMapping("/api/v1/exports/programs")
    void programs(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        send(format, accept, lang, response, exports::programs);
    }

    @GetMapping("/api/v1/exports/missions")
    void missions(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        send(format, accept, lang, response, exports::missions);
    }

    @GetMapping("/api/v1/exports/missions/{missionId}/agenda")
    void agenda(@PathVariable MissionId missionId, @RequestParam(required = false) String format,
            @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        send(format, accept, lang, response, language -> Visibility.orNotFound("mission " + missionId,
                () -> exports.agenda(missionId, language)));
    }

    @GetMapping("/api/v1/exports/missions/{missionId}/outcomes")
    void outcomes(@PathVariable MissionId missionId, @RequestParam(required = false) String format,
            @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        send(format, accept, lang, response, language -> Visibility.orNotFound("mission " + missionId,
                () -> exports.outcomes(missionId, language)));
    }

    @GetMapping("/api/v1/exports/opportunities")
    void opportunities(@RequestParam(required = false) ProgramId program,
            @RequestParam(required = false) String format, @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        var programs = programs(program);
        send(format, accept, lang, response, language -> exports.opportunities(programs, language));
    }

    @GetMapping("/api/v1/exports/follow-ups")
    void followUps(@RequestParam(required = false) ProgramId program, @RequestParam(required = false) String owner,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) String format,
            @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        if (owner != null && owner.length() > MAX_TEXT) {
            throw new InvalidParameter("owner", "must be at most " + MAX_TEXT + " characters");
        }
        if (mine && owner != null && !owner.isBlank()) {
            throw new InvalidParameter("owner", "cannot be combined with mine=true");
        }
        String ownerUserId = mine ? callers.current().orElseThrow().userId()
                : owner == null || owner.isBlank() ? null : owner.strip();
        var programs = programs(program);
        send(format, accept, lang, response,
                language -> exports.followUps(programs, ownerUserId, overdue, open, language));
    }

    @GetMapping("/api/v1/exports/organizations")
    void organizations(@RequestParam(required = false) String q,
            @RequestParam(required = false) OrganizationType type, @RequestParam(required = false) String country,
            @RequestParam(required = false) String format, @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw new InvalidParameter("country", "must be a two-letter ISO 3166 code");
        }
        String text = text(q);
        send(format, accept, lang, response, language -> exports.organizations(text, type, country, language));
    }

    @GetMapping("/api/v1/exports/contacts")
    void contacts(@RequestParam(required = false) String q,
            @RequestParam(required = false) OrganizationId organization,
            @RequestParam(required = false) String format, @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        String text = text(q);
        send(format, accept, lang, response, language -> exports.contacts(text, organization, language));
    }

    /** The audit log with the filters of {@code /api/v1/audit.csv}, for administrators and cluster managers. */
    @GetMapping("/api/v1/exports/audit")
    void audit(@RequestParam(required = false) String user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String recordType,
            @RequestParam(required = false) ProgramId program, @RequestParam(required = false) String format,
            @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        if (!callers.current().orElseThrow().role().audits()) {
            throw new AccessDenied("Only administrators and cluster managers may read the audit record");
        }
        if (user != null && user.length() > MAX_TEXT) {
            throw new InvalidParameter("user", "must be at most " + MAX_TEXT + " characters");
        }
        var start = AuditController.instant(from, "from");
        var end = AuditController.instant(to, "to");
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidParameter("to", "must be after from");
        }
        if (program != null && !scope.visiblePrograms().contains(program)) {
            throw Visibility.notFound("program " + program);
        }
        var filter = new AuditFilter(user, start, end, recordType == null ? null : AuditController.recordType(recordType), program);
        send(format, accept, lang, response, language -> audit.exportTable(filter, language));
    }

    private interface TableIn {
        Table<?> in(Locale language);
    }

    private static void send(String format, String accept, String lang, HttpServletResponse response,
            TableIn table) throws IOException {
        ExportFormat chosen = format(format, accept);
        Locale language = language(lang);
        // Built before the answer starts: the checks and the first page of rows run here.
        Table<?> rows = table.in(language);
        response.setContentType(chosen == ExportFormat.CSV ? "text/csv;charset=UTF-8" : chosen.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("ponte-" + rows.name() + "." + chosen.extension()).build().toString());
        // Written here, on the request's thread, which carries the caller the scoped queries need.
        chosen.write(rows, response.getOutputStream());
    }

    private static ExportFormat format(String format, String accept) {
        if (format != null) {
            return ExportFormat.of(format).orElseThrow(() -> new InvalidParameter("format", "must be csv or xlsx"));
        }
        if (accept != null && accept.contains(ExportFormat.XLSX.mediaType())) {
            return ExportFormat.XLSX;
        }
        return ExportFormat.CSV;
    }

    private static Locale language(String lang) {
        if (lang == null || lang.isBlank() || lang.strip().equalsIgnoreCase("en")) {
            return Translations.ENGLISH;
        }
        if (lang.strip().equalsIgnoreCase("it")) {
            return Translations.ITALIAN;
        }
        throw new InvalidParameter("lang", "must be en or it");
    }

    /** The caller's programs, or just {@code program} when it is one of them; 404 for any other. */
    private Set<ProgramId> programs(ProgramId program) {
        var visible = scope.visiblePrograms();
        if (program == null) {
            return visible;
        }
        if (!visible.contains(program)) {
            throw Visibility.notFound("program " + program);
        }
        return Set.of(program);
    }

    private static String text(String q) {
        if (q != null && q.length() > MAX_TEXT) {
            throw new InvalidParameter("q", "must be at most " + MAX_TEXT + " characters");
        }
        return q;
    }
}
