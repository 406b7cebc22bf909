package app.ponte.audit;

import app.ponte.dashboard.ListPrograms;
import app.ponte.dashboard.ProgramSummary;
import app.ponte.export.Column;
import app.ponte.export.ListExports;
import app.ponte.export.Pages;
import app.ponte.export.Table;
import app.ponte.layout.Translations;
import app.ponte.program.ProgramId;
import app.ponte.programs.ProgramScope;
import app.ponte.security.AccessDenied;
import app.ponte.security.Caller;
import app.ponte.security.CurrentCaller;
import app.ponte.security.Role;
import app.ponte.shared.Futures;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

/**
 * What the audit screen may ask, through the query gateway only. The program scope of every query is filled here,
 * from the signed-in user's {@link ProgramScope}.
 */
@Service
public class AuditFacade {

    private static final int EXPORT_PAGE = 1_000;

    private final QueryGateway queries;
    private final ProgramScope programScope;
    private final CurrentCaller callers;
    private final Translations translations;

    AuditFacade(QueryGateway queries, ProgramScope programScope, CurrentCaller callers, Translations translations) {
        this.translations = translations;
        this.queries = queries;
        this.programScope = programScope;
        this.callers = callers;
    }

    /** The programs the reader may audit. */
    public Set<ProgramId> scope() {
        return programScope.visiblePrograms();
    }

    /** The programs the reader may audit, by name. */
    public List<ProgramSummary> programs() {
        mayAudit();
        return Futures.join(queries.query(new ListPrograms(scope()), ResponseTypes.multipleInstancesOf(ProgramSummary.class)))
                .stream().sorted(Comparator.comparing(ProgramSummary::name)).toList();
    }

    /** A program's dashboard as it stood at {@code at}; empty when the program is outside the reader's scope. */
    public Optional<HistoricalDashboard> dashboardAsOf(ProgramId programId, Instant at) {
        mayAudit();
        if (!scope().contains(programId)) {
            return Optional.empty();
        }
        return Optional.of(Futures.join(queries.query(new ShowProgramDashboardAsOf(programId, at),
                ResponseTypes.instanceOf(HistoricalDashboard.class))));
    }

    public AuditPage page(AuditFilter filter, int offset, int limit) {
        mayAudit();
        return Futures.join(queries.query(query(filter, offset, limit), ResponseTypes.instanceOf(AuditPage.class)));
    }

    /** Writes every entry the filter matches, newest first, as CSV. */
    public void exportCsv(AuditFilter filter, Writer out) {
        mayAudit();
        var first = page(filter, 0, EXPORT_PAGE);
        Iterable<AuditEntry> all = () -> new java.util.Iterator<>() {
            private List<AuditEntry> page = first.entries();
            private int offset;
            private int index;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (page.size() < EXPORT_PAGE) {
                    return false;
                }
                offset += page.size();
                page = page(filter, offset, EXPORT_PAGE).entries();
                index = 0;
                return !page.isEmpty();
            }

            @Override
            public AuditEntry next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return page.get(index++);
            }
        };
        AuditCsv.write(all, out);
    }

    /**
     * The audit log, newest first, with the audit screen's filters, for the roles that audit (checked here),
     * read a page at a time. Recording times are in UTC, said in a column of their own.
     */
    public Table<AuditEntry> exportTable(AuditFilter filter, Locale language) {
        mayAudit();
        java.util.function.UnaryOperator<String> t = key -> translations.getTranslation(key, language);
        var rows = Pages.of(ListExports.PAGE, (offset, limit) -> page(filter, offset, limit).entries());
        return new Table<>("audit", List.of(
                Column.number(t.apply("export.audit.number"), AuditEntry::number),
                Column.dateTime(t.apply("export.audit.at"), e -> LocalDateTime.ofInstant(e.at(), ZoneOffset.UTC)),
                Column.text(t.apply("mission.zone"), e -> "UTC"),
                Column.text(t.apply("audit.user"), AuditEntry::userId),
                Column.text(t.apply("export.audit.role"), AuditEntry::role),
                Column.text(t.apply("audit.source"), AuditEntry::source),
                Column.text(t.apply("audit.recordType"), e -> e.recordType().label()),
                Column.text(t.apply("audit.recordId"), AuditEntry::recordId),
                Column.text(t.apply("audit.program"), e -> e.programId() == null ? null : e.programId().toString()),
                Column.text(t.apply("export.audit.event"), AuditEntry::event),
                Column.text(t.apply("audit.about"), AuditEntry::summary),
                Column.text(t.apply("export.audit.eventId"), AuditEntry::eventId),
                Column.text(t.apply("export.audit.correlationId"), AuditEntry::correlationId)), rows);
    }

    public List<HistoryEntry> history(RecordType type, String recordId) {
        mayAudit();
        return Futures.join(queries.query(new ShowRecordHistory(scope(), type, recordId),
                ResponseTypes.multipleInstancesOf(HistoryEntry.class)));
    }

    public Optional<RecordState> recordAsOf(RecordType type, String recordId, Instant at) {
        mayAudit();
        return Futures.join(queries.query(new ShowRecordAsOf(scope(), type, recordId, at),
                ResponseTypes.optionalInstanceOf(RecordState.class)));
    }

    public HistoricalAgenda agendaAsOf(Instant at) {
        mayAudit();
        return Futures.join(queries.query(ShowAgendaAsOf.allMissions(at), ResponseTypes.instanceOf(HistoricalAgenda.class)));
    }

    /** Whether the reader may run a full verify; the gateway refuses it to everyone else whatever the screen shows. */
    public boolean mayVerifyChain() {
        return callers.current().map(caller -> caller.role() == Role.ADMINISTRATOR).orElse(false);
    }

    public ChainStatus chainStatus() {
        mayAudit();
        return Futures.join(queries.query(new ShowChainStatus(), ResponseTypes.instanceOf(ChainStatus.class)));
    }

    public ChainVerdict verifyChain() {
        mayAudit();
        return Futures.join(queries.query(new VerifyHashChain(), ResponseTypes.instanceOf(ChainVerdict.class)));
    }

    /*
     * Checked here as well as on the screen and in the query gateway: the screen's annotation was checked when it
     * opened, and the role may have changed since; the user's role is read afresh for every call.
     */
    private void mayAudit() {
        var caller = callers.current()
                .orElseThrow(() -> new AccessDenied("Nobody is signed in; the audit record is not shown"));
        if (!caller.role().audits()) {
            throw new AccessDenied("Only administrators and cluster managers may read the audit record; your role is "
                    + caller.role());
        }
    }

    /*
     * An administrator reads the whole log, not the log of the programs that exist: an event whose program the log
     * cannot resolve is in no scope, and would otherwise be stored yet missing from every listing and export.
     */
    private ListAuditEntries query(AuditFilter filter, int offset, int limit) {
        boolean everyProgram = callers.current().map(Caller::everyProgram).orElse(false);
        return new ListAuditEntries(scope(), everyProgram, filter.userId(), filter.from(), filter.to(), filter.recordType(),
                filter.programId(), offset, limit);
    }
}
