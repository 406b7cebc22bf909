package app.ponte.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * How {@link MongoEventStorageEngine} writes an event into a commit document and reads it back: the field names,
 * the aggregate key, and the entries Axon is handed. Kept apart from the engine's number hand-out and gap tracking,
 * which never look inside an event.
 */
final class EventDocuments {

    private EventDocuments() {
    }

    static Document encode(EventMessage<?> message, Serializer serializer) {
        SerializedObject<String> payload = message.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = message.serializeMetaData(serializer, String.class);
        String aggregateId;
        long sequence;
        String type;
        if (message instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
            type = domain.getType();
        } else {
            // Events outside any aggregate get a key of their own, as Axon's JDBC engine does.
            aggregateId = message.getIdentifier();
            sequence = 0;
            type = null;
        }
        Instant timestamp = message.getTimestamp();
        return new Document("id", message.getIdentifier())
                .append("key", key(aggregateId, sequence))
                .append("aggregate", aggregateId)
                .append("seq", sequence)
                .append("type", type)
                .append("timestamp", timestamp.toString())
                .append("time", Date.from(timestamp))
                .append("payloadType", payload.getType().getName())
                .append("payloadRevision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metaData", metaData.getData());
    }

    static String key(String aggregateId, long sequence) {
        return aggregateId + "/" + sequence;
    }

    /** MongoDB checks uniqueness across documents only, so duplicates inside one commit are checked here. */
    static MongoEventStorageEngine.DuplicateInCommit findDuplicate(List<Document> encoded) {
        Set<String> keys = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Document event : encoded) {
            if (!keys.add(event.getString("key")) || !ids.add(event.getString("id"))) {
                return new MongoEventStorageEngine.DuplicateInCommit(event.getString("id"), event.getString("key"));
            }
        }
        return null;
    }

    /**
     * The embedded server returns a document once for every array element an {@code $in} matches; MongoDB
     * returns it once. Both are read the same way here.
     */
    static List<Document> distinct(Iterable<Document> found) {
        Map<Object, Document> byId = new LinkedHashMap<>();
        for (Document document : found) {
            byId.putIfAbsent(document.get("_id"), document);
        }
        return new ArrayList<>(byId.values());
    }

    static TrackedEventData<?> tracked(long number, Document event) {
        GlobalSequenceTrackingToken token = new GlobalSequenceTrackingToken(number);
        DomainEventData<String> decoded = decode(event);
        if (decoded.getType() == null) {
            return new TrackedEvent(token, decoded);
        }
        return new TrackedDomainEventData<>(token, decoded);
    }

    static DomainEventData<String> decode(Document event) {
        return new StoredEvent(event.getString("type"), event.getString("aggregate"),
                event.get("seq", Number.class).longValue(), event.getString("id"),
                Timestamps.parse(event.getString("timestamp")), event.getString("payloadType"),
                event.getString("payloadRevision"), event.getString("payload"), event.getString("metaData"));
    }

    /**
     * An event as read from a commit. Axon's own entry keeps the timestamp as text and parses it with a general
     * ISO formatter whenever it is asked, which a profile of a replay found to be a quarter of the processor's
     * work; this one parses it once, with a parser for exactly the form the engine writes.
     */
    private record StoredEvent(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
            Instant timestamp, String payloadType, String payloadRevision, String payload, String metaData)
            implements DomainEventData<String> {

        @Override
        public String getType() {
            return type;
        }

        @Override
        public String getAggregateIdentifier() {
            return aggregateIdentifier;
        }

        @Override
        public long getSequenceNumber() {
            return sequenceNumber;
        }

        @Override
        public String getEventIdentifier() {
            return eventIdentifier;
        }

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }

        @Override
        public SerializedObject<String> getMetaData() {
            return new SimpleSerializedObject<>(metaData, String.class, MetaData.class.getName(), null);
        }

        @Override
        public SerializedObject<String> getPayload() {
            return new SimpleSerializedObject<>(payload, String.class, payloadType, payloadRevision);
        }
    }

    /** An event stored outside any aggregate, as a processor reads it. */
    private record TrackedEvent(TrackingToken trackingToken, DomainEventData<String> event)
            implements TrackedEventData<String> {

        @Override
        public String getEventIdentifier() {
            return event.getEventIdentifier();
        }

        @Override
        public Instant getTimestamp() {
            return event.getTimestamp();
        }

        @Override
        public SerializedObject<String> getMetaData() {
            return event.getMetaData();
        }

        @Override
        public SerializedObject<String> getPayload() {
            return event.getPayload();
        }
    }
}
