package app.ponte.audit;

import app.ponte.store.PonteSerializer;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * Reads any event generically, as its fields: the audit speaks about every kind of event, including those added
 * after it was written, without a line of code per event.
 */
final class Payloads {

    private static final ObjectMapper JSON = PonteSerializer.objectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {};

    private Payloads() {
    }

    /** The event's fields in declaration order, typed ids reduced to their text. */
    static Map<String, Object> fields(Object payload) {
        Map<String, Object> raw = JSON.convertValue(payload, FIELDS);
        Map<String, Object> flat = new LinkedHashMap<>();
        raw.forEach((name, value) -> flat.put(name, flatten(value)));
        return flat;
    }

    private static Object flatten(Object value) {
        if (value instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("value")) {
            return flatten(map.get("value"));
        }
        if (value instanceof List<?> list) {
            List<Object> flat = new ArrayList<>(list.size());
            list.forEach(element -> flat.add(flatten(element)));
            return flat;
        }
        return value;
    }

    /** Personal data as events hold it: sealed, to be opened through the privacy vault only. */
    static boolean isSealed(Object value) {
        return value instanceof Map<?, ?> map && map.containsKey("keyId") && map.containsKey("ciphertext");
    }

    /** A value as one line of text; absent values are a dash. */
    static String text(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "—" : list.stream().map(Payloads::text).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + " " + text(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    /** "EngagementRescheduled" becomes "Engagement rescheduled". */
    static String humanize(String typeName) {
        String simple = typeName.substring(typeName.lastIndexOf('.') + 1);
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < simple.length(); i++) {
            char c = simple.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(c);
            }
        }
        return words.toString();
    }

    /** "startsAt" becomes "starts at". */
    static String fieldLabel(String field) {
        return humanize(field).toLowerCase(java.util.Locale.ROOT);
    }

    /** Which record an event is about, and its id. */
    static RecordRef recordOf(EventMessage<?> message, Map<String, Object> fields) {
        String aggregateType = message instanceof DomainEventMessage<?> domain ? domain.getType() : null;
        String aggregateId = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                : message.getIdentifier();
        if (aggregateType == null) {
            return new RecordRef(RecordType.OTHER, aggregateId, aggregateId);
        }
        RecordType type = switch (aggregateType) {
            case "Mission" -> fields.get("outcomeId") != null ? RecordType.OUTCOME
                    : fields.get("engagementId") != null ? RecordType.ENGAGEMENT : RecordType.MISSION;
            case "Program" -> RecordType.PROGRAM;
            case "Organization" -> RecordType.ORGANIZATION;
            case "Contact" -> RecordType.CONTACT;
            case "Opportunity" -> RecordType.OPPORTUNITY;
            case "FollowUp" -> RecordType.FOLLOW_UP;
            case "UserAccess", "ApiTokenGrant", "DisplayLinkGrant", "CalendarLinkGrant", "WebhookEndpoint" ->
                    RecordType.ACCESS;
            default -> RecordType.OTHER;
        };
        String recordId = switch (type) {
            case OUTCOME -> String.valueOf(fields.get("outcomeId"));
            case ENGAGEMENT -> String.valueOf(fields.get("engagementId"));
            default -> aggregateId;
        };
        return new RecordRef(type, recordId, aggregateId);
    }

    /** A record, and the aggregate whose stream holds its events. */
    record RecordRef(RecordType type, String recordId, String aggregateId) {}
}
