package app.ponte.api;

import app.ponte.audit.AuditFacade;
import app.ponte.audit.AuditFilter;
import app.ponte.audit.HistoryEntry;
import app.ponte.audit.RecordState;
import app.ponte.audit.RecordType;
import app.ponte.program.ProgramId;
import app.ponte.security.AccessDenied;
import app.ponte.security.CurrentCaller;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit screen's reads over HTTP, for the roles that may audit (administrators and cluster managers): a
 * record's history event by event, and the audit log as CSV with the screen's filters. Both go through the audit
 * screen's own facade, so the API and the screen cannot disagree on scope or format.
 */
@RestController
class AuditController {

    private static final int MAX_TEXT = 200;

    private final AuditFacade audit;
    private final CurrentCaller callers;
    private final Clock clock;

    AuditController(AuditFacade audit, CurrentCaller callers, Clock clock) {
        this.clock = clock;
        this.audit = audit;
        this.callers = callers;
    }

    /** Every event of one record, oldest first, with each field's value before and after. */
    @GetMapping("/api/v1/history/{recordType}/{recordId}")
    Page<HistoryEntry> history(@PathVariable String recordType, @PathVariable String recordId,
            @RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit) {
        mayAudit();
        var paging = Paging.of(offset, limit);
        var type = recordType(recordType);
        if (type == RecordType.OTHER || type == RecordType.ACCESS || recordId.isBlank() || recordId.length() > MAX_TEXT) {
            throw Visibility.notFound(type.label() + " " + recordId);
        }
        // The history is empty for a record outside the caller's programs, exactly as for one that never existed.
        var entries = audit.history(type, recordId);
        if (entries.isEmpty()) {
            throw Visibility.notFound(type.label() + " " + recordId);
        }
        return paging.slice(entries);
    }

    /**
     * One record as it stood at {@code asOf} (as recorded: its fields after its events up to that moment; now when
     * absent), read from the event store like its history. 404 when the record did not exist then, as for one
     * outside the caller's programs.
     */
    @GetMapping("/api/v1/history/{recordType}/{recordId}/state")
    RecordState state(@PathVariable String recordType, @PathVariable String recordId,
            @RequestParam(name = AsOfParameters.AS_OF, required = false) String asOf, HttpServletResponse response) {
        mayAudit();
        var at = AsOfParameters.read(asOf, null, clock).asOf();
        var type = recordType(recordType);
        if (type == RecordType.OTHER || recordId.isBlank() || recordId.length() > MAX_TEXT) {
            throw Visibility.notFound(type.label() + " " + recordId);
        }
        var moment = at == null ? clock.instant() : at;
        var state = audit.recordAsOf(type, recordId, moment)
                .orElseThrow(() -> Visibility.notFound(type.label() + " " + recordId + " as of " + moment));
        new AsOfParameters(moment, null).labelAsRecorded(response, state.events());
        return state;
    }

    /**
     * The audit log, newest first, as CSV (RFC 4180). Filters as on the audit screen: {@code user}, the time range
     * {@code from} (inclusive) to {@code to} (exclusive) as instants or UTC days, {@code recordType} and
     * {@code program}.
     */
    @GetMapping(value = "/api/v1/audit.csv", produces = "text/csv")
    void auditCsv(@RequestParam(required = false) String user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String recordType,
            @RequestParam(required = false) ProgramId program, HttpServletResponse response) throws IOException {
        mayAudit();
        if (user != null && user.length() > MAX_TEXT) {
            throw new InvalidParameter("user", "must be at most " + MAX_TEXT + " characters");
        }
        var start = instant(from, "from");
        var end = instant(to, "to");
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidParameter("to", "must be after from");
        }
        if (program != null && !audit.scope().contains(program)) {
            throw Visibility.notFound("program " + program);
        }
        var filter = new AuditFilter(user, start, end, recordType == null ? null : recordType(recordType),
                program);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"ponte-audit.csv\"");
        // Written here, on the request's thread, which carries the caller the scoped queries need.
        audit.exportCsv(filter, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    private void mayAudit() {
        var caller = callers.current().orElseThrow();
        if (!caller.role().audits()) {
            throw new AccessDenied("Only administrators and cluster managers may read the audit record");
        }
    }

    /** A record type by its label ("follow-up") or its name ("FOLLOW_UP"). */
    static RecordType recordType(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        String labels = Arrays.stream(RecordType.values()).map(RecordType::label).collect(Collectors.joining(", "));
        return Arrays.stream(RecordType.values()).filter(type -> type.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidParameter("recordType", "must be one of " + labels));
    }

    static Instant instant(String text, String parameter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(parameter, "must be an instant (2017-05-16T09:30:00Z) or a day (2017-05-16)");
        }
    }
}
