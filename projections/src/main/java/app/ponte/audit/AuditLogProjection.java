package app.ponte.audit;

import app.ponte.program.ProgramId;
import app.ponte.shared.Actor;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import app.ponte.readmodel.BatchedCollection;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The audit log: one document per event, whatever its kind, with the fields the log is filtered by. It takes every
 * event, so it is an {@link EventMessageHandler} rather than a set of annotated handlers, one per event class. Each
 * write is an upsert keyed by the event identifier, so a replay leaves the same documents behind.
 *
 * <p>Engagement events do not name their program; the program of every mission is kept beside the log so that
 * they can be filtered by program too. An event of a program's record whose program the log cannot tell is still
 * logged, under {@link #UNKNOWN_PROGRAM}: no reader's scope holds it, so only an administrator, who reads the whole
 * log, sees it. The log never leaves a stored event out.
 *
 * <p>Changes of access (roles, memberships, enabled users, API tokens, display and calendar links, webhook
 * endpoints) belong to no program: they are the whole system's. They are logged under {@link #SYSTEM_WIDE}, which,
 * like {@link #UNKNOWN_PROGRAM}, no reader's scope holds, so they are listed to administrators only; a cluster
 * manager does not learn who else has access, or where the record's data is sent.
 */
public class AuditLogProjection implements EventMessageHandler {

    public static final String PROCESSING_GROUP = "audit-log";
    static final String LOG = "audit_log";
    static final String MISSION_PROGRAMS = "audit_mission_programs";
    /** The program of an entry whose record belongs to a program the log could not resolve. */
    static final String UNKNOWN_PROGRAM = "unknown";
    /** The program of an entry about access to the whole system rather than to one program's record. */
    static final String SYSTEM_WIDE = "system";


    private final MongoCollection<Document> log;
    private final MongoCollection<Document> missionPrograms;
    private final BatchedCollection batchedLog;
    private final BatchedCollection batchedMissionPrograms;

    public AuditLogProjection(MongoDatabase database) {
        this.log = database.getCollection(LOG);
        this.missionPrograms = database.getCollection(MISSION_PROGRAMS);
        this.batchedLog = new BatchedCollection(log);
        this.batchedMissionPrograms = new BatchedCollection(missionPrograms);
        // Serve the filters and the record lookup on a real MongoDB; the embedded server scans instead.
        log.createIndex(Indexes.descending("n"));
        log.createIndex(Indexes.ascending("recordId"));
        log.createIndex(Indexes.ascending("programId", "at"));
    }

    @Override
    public Object handle(EventMessage<?> event) {
        Map<String, Object> fields = Payloads.fields(event.getPayload());
        Payloads.RecordRef record = Payloads.recordOf(event, fields);
        String programId = programOf(record, fields);
        var metaData = event.getMetaData();
        long number = event instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position().orElse(0L) : 0L;
        var document = new Document("_id", event.getIdentifier())
                .append("n", number)
                .append("at", Date.from(event.getTimestamp()))
                .append("instant", event.getTimestamp().toString())
                .append("userId", text(metaData.get(Actor.USER_ID)))
                .append("role", text(metaData.get(Actor.ROLE)))
                .append("source", text(metaData.get(Actor.SOURCE)))
                .append("correlationId", text(metaData.get(Actor.CORRELATION_ID)))
                .append("recordType", record.type().name())
                .append("recordId", record.recordId())
                .append("aggregateId", record.aggregateId())
                .append("programId", programId)
                .append("event", Payloads.humanize(event.getPayloadType().getName()))
                .append("summary", summary(record.type(), fields));
        batchedLog.replace(document);
        return null;
    }

    private String programOf(Payloads.RecordRef record, Map<String, Object> fields) {
        if (record.type() == RecordType.ACCESS) {
            return SYSTEM_WIDE;
        }
        String program = namedProgram(record, fields);
        boolean outsidePrograms = switch (record.type()) {
            case ORGANIZATION, CONTACT, ACCESS, OTHER -> true;
            case PROGRAM, MISSION, ENGAGEMENT, OUTCOME, OPPORTUNITY, FOLLOW_UP -> false;
        };
        return program == null && !outsidePrograms ? UNKNOWN_PROGRAM : program;
    }

    private String namedProgram(Payloads.RecordRef record, Map<String, Object> fields) {
        if (record.type() == RecordType.PROGRAM) {
            return record.aggregateId();
        }
        Object named = fields.get("programId");
        Object mission = fields.get("missionId");
        if (named != null && mission != null) {
            batchedMissionPrograms.replace(
                    new Document("_id", mission.toString()).append("programId", named.toString()));
        }
        if (named != null) {
            return named.toString();
        }
        if (mission != null) {
            Document known = batchedMissionPrograms.find(mission.toString());
            return known == null ? null : known.getString("programId");
        }
        return null;
    }

    /** A short line naming what the event is about, never personal data: sealed fields are left out. */
    private static String summary(RecordType type, Map<String, Object> fields) {
        // Access records name whom or what they are about: the user, the token's label, the role given.
        List<String> names = type == RecordType.ACCESS ? List.of("username", "label", "name", "role", "reason")
                : List.of("title", "name", "description", "stage", "reason", "kind");
        for (String name : names) {
            Object value = fields.get(name);
            if (value != null && !Payloads.isSealed(value)) {
                String text = Payloads.text(value);
                return text.length() > 120 ? text.substring(0, 119) + "…" : text;
            }
        }
        return "";
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    @Override
    public boolean supportsReset() {
        return true;
    }

    @Override
    public void prepareReset() {
        log.deleteMany(new Document());
        missionPrograms.deleteMany(new Document());
    }

    @Override
    public Class<?> getTargetType() {
        return AuditLogProjection.class;
    }

    // Sorting by global number happens in MongoDB: the embedded server scans and sorts in memory, MongoDB uses "n".
    @QueryHandler
    public AuditPage handle(ListAuditEntries query) {
        if (!query.everyProgram() && (query.programs().isEmpty()
                || (query.programId() != null && !query.programs().contains(query.programId())))) {
            return new AuditPage(List.of(), 0);
        }
        Bson filter = filter(query);
        long total = log.countDocuments(filter);
        List<AuditEntry> entries = log.find(filter).sort(Sorts.descending("n")).skip(query.offset())
                .limit(query.limit()).map(AuditLogProjection::toEntry).into(new ArrayList<>());
        return new AuditPage(entries, total);
    }

    private static Bson filter(ListAuditEntries query) {
        List<Bson> filters = new ArrayList<>();
        if (query.programId() != null) {
            filters.add(Filters.eq("programId", query.programId().toString()));
        } else if (!query.everyProgram()) {
            List<String> scope = new ArrayList<>();
            query.programs().forEach(program -> scope.add(program.toString()));
            scope.add(null);
            filters.add(Filters.in("programId", scope));
        }
        if (query.userId() != null) {
            filters.add(Filters.eq("userId", query.userId()));
        }
        if (query.recordType() != null) {
            filters.add(Filters.eq("recordType", query.recordType().name()));
        }
        if (query.from() != null) {
            filters.add(Filters.gte("at", Date.from(query.from())));
        }
        if (query.to() != null) {
            filters.add(Filters.lt("at", Date.from(query.to())));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    /** The stream an audited record's events are in, and its program, as the log knows them. */
    static Optional<Document> locate(MongoDatabase database, RecordType type, String recordId) {
        return Optional.ofNullable(database.getCollection(LOG)
                .find(Filters.and(Filters.eq("recordId", recordId), Filters.eq("recordType", type.name())))
                .first());
    }

    private static AuditEntry toEntry(Document document) {
        String program = document.getString("programId");
        return new AuditEntry(
                document.get("n", Number.class).longValue(),
                document.getString("_id"),
                Instant.parse(document.getString("instant")),
                document.getString("userId"),
                document.getString("role"),
                document.getString("source"),
                document.getString("correlationId"),
                RecordType.valueOf(document.getString("recordType")),
                document.getString("recordId"),
                program == null || program.equals(UNKNOWN_PROGRAM) || program.equals(SYSTEM_WIDE) ? null : ProgramId.of(program),
                document.getString("event"),
                document.getString("summary"));
    }
}
