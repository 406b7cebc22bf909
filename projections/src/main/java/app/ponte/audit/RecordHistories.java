package app.ponte.audit;

import app.ponte.contact.ContactId;
import app.ponte.contact.PersonalDataVault;
import app.ponte.privacy.Sealed;
import app.ponte.program.ProgramId;
import app.ponte.shared.Actor;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

/**
 * Each record's history, read from the event store itself rather than from a read model: the record's stream (for
 * engagements and outcomes, their mission's stream filtered by their id) folded event by event, each event described
 * by the fields it changed, before and after.
 *
 * <p>Contacts' personal data is stored sealed; it is opened here through the privacy vault for the reader, and shows
 * as "erased" once the contact's key is destroyed.
 */
public class RecordHistories {

    static final String ERASED = "erased";
    /** The kinds of record that belong to one program; organizations and contacts are shared by all. */
    static final Set<RecordType> PROGRAM_RECORDS = Set.of(RecordType.PROGRAM, RecordType.MISSION,
            RecordType.ENGAGEMENT, RecordType.OUTCOME, RecordType.OPPORTUNITY, RecordType.FOLLOW_UP);
    static final String TAMPERED = "altered (fails verification)";
    private static final Set<String> MEMBERSHIP_EVENTS = Set.of("Added", "Removed", "Recorded", "Attached");

    private final EventStore events;
    private final MongoDatabase readModels;
    private final PersonalDataVault vault;

    /** {@code vault} may be null where no contacts are kept: personal data then shows as sealed. */
    public RecordHistories(EventStore events, MongoDatabase readModels, PersonalDataVault vault) {
        this.events = events;
        this.readModels = readModels;
        this.vault = vault;
    }

    @QueryHandler
    public List<HistoryEntry> handle(ShowRecordHistory query) {
        return fold(query.programs(), query.recordType(), query.recordId(), Instant.MAX).entries();
    }

    @QueryHandler
    public Optional<RecordState> handle(ShowRecordAsOf query) {
        Fold fold = fold(query.programs(), query.recordType(), query.recordId(), query.at());
        if (fold.entries().isEmpty()) {
            return Optional.empty();
        }
        List<FieldValue> fields = new ArrayList<>();
        fold.state().forEach((field, value) -> fields.add(new FieldValue(field, value)));
        return Optional.of(new RecordState(query.recordType(), query.recordId(), query.at(), fold.entries().size(),
                fields));
    }

    private Fold fold(Set<ProgramId> scope, RecordType type, String recordId, Instant until) {
        Optional<Document> located = AuditLogProjection.locate(readModels, type, recordId);
        String program = located.map(document -> document.getString("programId")).orElse(null);
        // Fail closed: a record of a program is read only once the audit log knows which program it is, so a record
        // still being created (its events stored, the log not yet past them) shows nothing rather than everything.
        if (scope.isEmpty() || (program == null && PROGRAM_RECORDS.contains(type))
                || (program != null && scope.stream().noneMatch(p -> p.toString().equals(program)))) {
            return new Fold(List.of(), Map.of());
        }
        String aggregateId = located.map(document -> document.getString("aggregateId"))
                .orElse(type == RecordType.ENGAGEMENT || type == RecordType.OUTCOME ? null : recordId);
        if (aggregateId == null) {
            return new Fold(List.of(), Map.of());
        }
        Map<String, String> state = new LinkedHashMap<>();
        List<HistoryEntry> entries = new ArrayList<>();
        var stream = events.readEvents(aggregateId);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(until)) {
                break;
            }
            Map<String, Object> fields = Payloads.fields(event.getPayload());
            Payloads.RecordRef ref = Payloads.recordOf(event, fields);
            if (ref.type() != type || !ref.recordId().equals(recordId)) {
                continue;
            }
            String name = Payloads.humanize(event.getPayloadType().getName());
            // "Contact added" creates the record; "delegation member added" adds to a list the record keeps.
            boolean membership = !entries.isEmpty() && MEMBERSHIP_EVENTS.stream()
                    .anyMatch(word -> event.getPayloadType().getSimpleName().endsWith(word));
            List<FieldChange> changes = new ArrayList<>();
            fields.forEach((field, value) -> {
                if (isIdentity(type, field, value, aggregateId, recordId)) {
                    return;
                }
                String label = Payloads.fieldLabel(field);
                String after = render(value, aggregateId);
                String before = membership ? null : state.get(label);
                if (!Objects.equals(before, after)) {
                    changes.add(new FieldChange(label, before, after));
                }
                if (!membership) {
                    state.put(label, after);
                }
            });
            var metaData = event.getMetaData();
            entries.add(new HistoryEntry(event.getSequenceNumber(), event.getIdentifier(), event.getTimestamp(),
                    text(metaData.get(Actor.USER_ID)), text(metaData.get(Actor.ROLE)),
                    text(metaData.get(Actor.SOURCE)), name, changes));
        }
        return new Fold(entries, state);
    }

    /**
     * The record's own id, the ids of what it belongs to (its mission, its program; a mission's program is content)
     * and the previous values some events repeat are not changes.
     */
    private static boolean isIdentity(RecordType type, String field, Object value, String aggregateId,
            String recordId) {
        if (field.startsWith("previous") || field.equals("missionId")
                || (field.equals("programId") && type != RecordType.MISSION)) {
            return true;
        }
        String text = value == null ? null : value.toString();
        return field.endsWith("Id") && (aggregateId.equals(text) || recordId.equals(text));
    }

    private String render(Object value, String aggregateId) {
        if (!Payloads.isSealed(value)) {
            return Payloads.text(value);
        }
        if (vault == null) {
            return "sealed personal data";
        }
        Map<?, ?> sealed = (Map<?, ?>) value;
        var unsealed = vault.unseal(ContactId.of(aggregateId),
                new Sealed(sealed.get("keyId").toString(), sealed.get("ciphertext").toString()));
        return switch (unsealed.state()) {
            case OPEN -> unsealed.text();
            case ERASED -> ERASED;
            case TAMPERED -> TAMPERED;
        };
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private record Fold(List<HistoryEntry> entries, Map<String, String> state) {}
}
