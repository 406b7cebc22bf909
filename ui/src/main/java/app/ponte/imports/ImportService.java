package app.ponte.imports;

import app.ponte.contact.AddContact;
import app.ponte.contact.CorrectContactDetails;
import app.ponte.directory.ContactCard;
import app.ponte.directory.OrganizationCard;
import app.ponte.directory.SearchContacts;
import app.ponte.directory.SearchOrganizations;
import app.ponte.organization.ArchiveOrganization;
import app.ponte.organization.CorrectOrganizationDetails;
import app.ponte.organization.OrganizationAlreadyRegistered;
import app.ponte.organization.MergeOrganization;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.RegisterOrganization;
import app.ponte.security.AccessDenied;
import app.ponte.security.Caller;
import app.ponte.security.CurrentCaller;
import app.ponte.security.UnknownRecord;
import app.ponte.shared.Actor;
import app.ponte.shared.DomainException;
import app.ponte.shared.InvalidField;
import app.ponte.shared.Source;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Previews and runs imports for the signed-in user. Every row is one command sent through the command gateway, so
 * the access checks and the audit apply as to any change; the command carries source IMPORT, the import's id as
 * its correlation id, and the file's name and the row's number ({@value #FILE_KEY}, {@value #ROW_KEY}), which its
 * events inherit. A row that fails is reported and the others go on; a row sends one command, so it is written
 * whole or not at all. Rows are sent by a few lanes at once (see {@link #run}); rows aimed at the same record share a
 * lane and keep the file's order.
 */
public class ImportService {

    public static final String FILE_KEY = "importFile";
    public static final String ROW_KEY = "importRow";

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final int PAGE = 500;
    private static final long TIMEOUT_SECONDS = 30;
    public static final int DEFAULT_CONCURRENCY = 6;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentCaller callers;
    private final ImportReports reports;
    private final Origins origins;
    private final Clock clock;
    private final int concurrency;

    /** Tells whether every event of a record carries one correlation id: nothing else has changed it. */
    @FunctionalInterface
    public interface Origins {
        boolean onlyFrom(String aggregateId, String correlationId);
    }

    public ImportService(CommandGateway commands, QueryGateway queries, CurrentCaller callers, ImportReports reports,
            Origins origins, Clock clock) {
        this(commands, queries, callers, reports, origins, clock, DEFAULT_CONCURRENCY);
    }

    /** {@code concurrency}: how many rows' commands are in flight at once (1 sends them one after the other). */
    public ImportService(CommandGateway commands, QueryGateway queries, CurrentCaller callers, ImportReports reports,
            Origins origins, Clock clock, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("ponte.imports.concurrency must be at least 1, not " + concurrency);
        }
        this.concurrency = concurrency;
        this.commands = commands;
        this.queries = queries;
        this.callers = callers;
        this.reports = reports;
        this.origins = origins;
        this.clock = clock;
    }

    /** The signed-in user, if they may import: administrators and program officers. */
    public Caller importer() {
        Caller caller = callers.current()
                .orElseThrow(() -> new AccessDenied("Nobody is signed in: an import acts for a user"));
        if (!caller.role().changesRecords()) {
            throw new AccessDenied("Your role (" + caller.role() + ") may read but not import records");
        }
        return caller;
    }

    /** Whether the signed-in user may import, for showing the way in. */
    public boolean mayImport() {
        return callers.current().map(caller -> caller.role().changesRecords()).orElse(false);
    }

    public ImportPreview preview(String fileName, byte[] content, ImportKind kind, Map<String, String> mapping,
            ImportOptions options) {
        importer();
        Table table = TableReader.read(fileName, content);
        return preview(table, ColumnMapping.guess(kind, table.headers()).with(mapping, table.headers()), options);
    }

    public ImportPreview preview(Table table, ColumnMapping mapping, ImportOptions options) {
        importer();
        if (mapping.column(mapping.kind() == ImportKind.ORGANIZATIONS ? ImportField.NAME : ImportField.FULL_NAME) < 0
                && (mapping.kind() == ImportKind.CONTACTS || mapping.column(ImportField.NATIVE_NAME) < 0)) {
            throw new InvalidField("mapping", "must map a column to the name; the file's columns are "
                    + String.join(", ", table.headers()));
        }
        var organizations = organizations();
        List<ContactCard> contacts = mapping.kind() == ImportKind.CONTACTS ? contacts() : List.of();
        return ImportPlanner.plan(table, mapping, options, organizations, contacts);
    }

    /**
     * Runs a previewed import with the given choices and keeps its report. Every choice is checked before any row
     * is sent, so a choice that cannot apply refuses the whole run and nothing is written. Rows are sent by
     * {@code concurrency} lanes at once; the report lists them in the file's order whatever order they finished in.
     */
    public ImportReport run(ImportPreview preview, ImportChoices choices, IntConsumer progress) {
        Caller caller = importer();
        Map<PlannedRow, ImportAction> actions = new HashMap<>();
        for (PlannedRow row : preview.rows()) {
            actions.put(row, choices.actionFor(row));
        }
        String importId = UUID.randomUUID().toString();
        Instant started = clock.instant();
        List<PlannedRow> rows = preview.rows();
        RowOutcome[] outcomes = new RowOutcome[rows.size()];
        var done = new AtomicInteger();
        IntConsumer step = ignored -> {
            // Lanes finish rows in any order; the count handed on only ever grows.
            synchronized (done) {
                progress.accept(done.incrementAndGet());
            }
        };
        List<List<Integer>> lanes = new ArrayList<>();
        for (int lane = 0; lane < concurrency; lane++) {
            lanes.add(new ArrayList<>());
        }
        for (int i = 0; i < rows.size(); i++) {
            String target = target(rows.get(i), actions.get(rows.get(i)));
            if (target == null) {
                outcomes[i] = runRow(caller, importId, preview.fileName(), rows.get(i), actions.get(rows.get(i)));
                step.accept(i);
            } else {
                lanes.get(Math.floorMod(target.hashCode(), concurrency)).add(i);
            }
        }
        runLanes(lanes, index -> {
            outcomes[index] = runRow(caller, importId, preview.fileName(), rows.get(index),
                    actions.get(rows.get(index)));
            step.accept(index);
        });
        var report = new ImportReport(importId, caller.userId(), preview.fileName(), preview.kind(), started,
                clock.instant(), List.of(outcomes), false);
        reports.save(report);
        return report;
    }

    /**
     * The record a row's command is aimed at, or null when the row sends nothing. Rows aimed at one record depend on
     * one another (the later correction must land last), so they share a lane; rows aimed at different records are
     * independent: a contact names an organization already in the directory, never one of the same file.
     */
    private static String target(PlannedRow row, ImportAction action) {
        if (row.verdict() == Verdict.ERROR || action == ImportAction.SKIP) {
            return null;
        }
        Object command = action == ImportAction.CREATE ? row.create() : row.update();
        return command == null ? null : recordId(command);
    }

    /*
     * One thread per lane, each sending its rows one after the other in file order: a row waits for its own command
     * only, so the store commits the lanes' writes in shared groups (AtomicWrites) instead of one commit per row.
     * The threads act for the signed-in user: the access checks read the caller from the security context.
     */
    private void runLanes(List<List<Integer>> lanes, IntConsumer work) {
        var security = SecurityContextHolder.getContext();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, runnable -> {
            var thread = new Thread(runnable, "ponte-import-lane");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<Integer> lane : lanes) {
                if (lane.isEmpty()) {
                    continue;
                }
                running.add(pool.submit(() -> {
                    SecurityContextHolder.setContext(security);
                    try {
                        lane.forEach(work::accept);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            for (Future<?> lane : running) {
                lane.get();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted; its report lists no row", interrupted);
        } catch (ExecutionException failed) {
            // runRow turns every failure into the row's outcome; reaching here is a bug, not a bad row.
            throw new IllegalStateException("An import lane failed", failed.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private RowOutcome runRow(Caller caller, String importId, String fileName, PlannedRow row, ImportAction action) {
        if (row.verdict() == Verdict.ERROR) {
            return new RowOutcome(row.row(), row.verdict(), action, RowOutcome.Status.FAILED, null, row.field(),
                    row.message());
        }
        if (action == ImportAction.SKIP) {
            return new RowOutcome(row.row(), row.verdict(), action, RowOutcome.Status.SKIPPED, null, null, null);
        }
        Object command = action == ImportAction.CREATE ? row.create() : row.update();
        try {
            try {
                send(caller, importId, fileName, row.row(), command);
            } catch (OrganizationAlreadyRegistered registered) {
                // Derived from the row's natural key: an earlier import registered it and the directory had not
                // shown it yet. The row corrects it instead, which changes nothing when the values are the same.
                var register = (RegisterOrganization) command;
                command = new CorrectOrganizationDetails(register.organizationId(), register.type(),
                        register.country(), register.city(), register.website());
                send(caller, importId, fileName, row.row(), command);
                return outcome(row, action, RowOutcome.Status.UPDATED, command);
            }
            return outcome(row, action, action == ImportAction.CREATE ? RowOutcome.Status.CREATED
                    : RowOutcome.Status.UPDATED, command);
        } catch (InvalidField invalid) {
            return new RowOutcome(row.row(), row.verdict(), action, RowOutcome.Status.FAILED, null, invalid.field(),
                    invalid.getMessage());
        } catch (DomainException | AccessDenied | UnknownRecord refused) {
            return new RowOutcome(row.row(), row.verdict(), action, RowOutcome.Status.FAILED, null, null,
                    refused.getMessage());
        } catch (RuntimeException failed) {
            String id = UUID.randomUUID().toString();
            log.warn("Import {} row {} failed ({})", importId, row.row(), id, failed);
            return new RowOutcome(row.row(), row.verdict(), action, RowOutcome.Status.FAILED, null, null,
                    "Could not be recorded (error " + id + ")");
        }
    }

    private static RowOutcome outcome(PlannedRow row, ImportAction action, RowOutcome.Status status,
            Object command) {
        return new RowOutcome(row.row(), row.verdict(), action, status, recordId(command), null, null);
    }

    private static String recordId(Object command) {
        if (command instanceof RegisterOrganization c) {
            return c.organizationId().toString();
        }
        if (command instanceof CorrectOrganizationDetails c) {
            return c.organizationId().toString();
        }
        if (command instanceof AddContact c) {
            return c.contactId().toString();
        }
        return command instanceof CorrectContactDetails c ? c.contactId().toString() : null;
    }

    private void send(Caller caller, String importId, String fileName, int row, Object command) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(Actor.USER_ID, caller.userId());
        metadata.put(Actor.ROLE, caller.role().name());
        metadata.put(Actor.SOURCE, Source.IMPORT.name());
        metadata.put(Actor.CORRELATION_ID, importId);
        metadata.put(FILE_KEY, fileName);
        metadata.put(ROW_KEY, row);
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata),
                    TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (RuntimeException failure) {
            // The gateway may hand the handler's rejection over wrapped; the row's outcome names the rejection.
            if (failure.getCause() instanceof RuntimeException cause && (cause instanceof DomainException
                    || cause instanceof AccessDenied || cause instanceof UnknownRecord)) {
                throw cause;
            }
            throw failure;
        }
    }

    /** An import's report, for the user who ran it or an administrator; unknown to anyone else. */
    public ImportReport report(String importId) {
        Caller caller = callers.current().orElseThrow(() -> new AccessDenied("Nobody is signed in"));
        return reports.find(importId)
                .filter(report -> caller.everyProgram() || report.userId().equals(caller.userId()))
                .orElseThrow(() -> new UnknownRecord("There is no import " + importId));
    }

    /**
     * Archives every organization the import created, as long as nothing but the import has changed it since;
     * the others are left and named in the answer. Contacts cannot be archived and are left as they are.
     */
    public List<String> undo(String importId) {
        Caller caller = importer();
        ImportReport report = report(importId);
        if (report.undone()) {
            throw new InvalidField("importId", "names an import that is already undone");
        }
        if (report.kind() != ImportKind.ORGANIZATIONS) {
            throw new InvalidField("importId", "must name an import of organizations: contacts cannot be archived");
        }
        List<String> left = new ArrayList<>();
        String undoId = importId + ":undo";
        for (RowOutcome row : report.rows()) {
            if (row.status() != RowOutcome.Status.CREATED) {
                continue;
            }
            if (!origins.onlyFrom(row.recordId(), importId)) {
                left.add("row " + row.row() + ": changed since the import, left as it is");
                continue;
            }
            try {
                send(caller, undoId, report.fileName(), row.row(), new ArchiveOrganization(
                        OrganizationId.of(row.recordId()), "Undo of import " + importId + " (" + report.fileName()
                                + ")"));
            } catch (RuntimeException refused) {
                left.add("row " + row.row() + ": " + refused.getMessage());
            }
        }
        reports.markUndone(importId);
        return left;
    }

    /**
     * Likely duplicates already stored, of organizations or of contacts (see {@link DuplicateFinder}), for the users
     * who may import: finding them reads the whole directory, and acting on them means changing records.
     */
    public List<DuplicatePair> duplicates(ImportKind kind) {
        importer();
        return kind == ImportKind.ORGANIZATIONS ? DuplicateFinder.organizations(organizations())
                : DuplicateFinder.contacts(contacts());
    }

    /** Merges one organization of a pair into the other with the directory's merge command. */
    public void merge(OrganizationId duplicate, OrganizationId survivor) {
        importer();
        try {
            commands.sendAndWait(new MergeOrganization(duplicate, survivor), TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (RuntimeException failure) {
            if (failure.getCause() instanceof RuntimeException cause && (cause instanceof DomainException
                    || cause instanceof AccessDenied || cause instanceof UnknownRecord)) {
                throw cause;
            }
            throw failure;
        }
    }

    private List<OrganizationCard> organizations() {
        List<OrganizationCard> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            var page = queries.query(new SearchOrganizations("", null, null, offset, PAGE),
                    ResponseTypes.multipleInstancesOf(OrganizationCard.class)).join();
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    private List<ContactCard> contacts() {
        List<ContactCard> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            var page = queries.query(new SearchContacts("", null, offset, PAGE),
                    ResponseTypes.multipleInstancesOf(ContactCard.class)).join();
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }
}
