package app.ponte.access;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.util.Date;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the access read model up to date with a store it has not seen: a data folder written before this read
 * model existed (or before its handlers learnt of a record kind) holds events whose records no program claims, and
 * every check about them would fail. The processing group is subscribing, so it keeps no token and never catches up
 * by itself; a marker in the read model's own collection says which {@link ProgramAccessProjection#VERSION} has
 * seen every event. Without it, or with an older one, every stored event is replayed through the projection's
 * handlers, which are idempotent upserts, and the marker is written last: a replay cut short is simply done again.
 */
public class AccessRebuild {

    private static final Logger log = LoggerFactory.getLogger(AccessRebuild.class);
    static final String MARKER_ID = "built";

    private final MongoCollection<Document> programOf;
    private final ProgramAccessProjection projection;
    private final EventStorageEngine events;
    private final Clock clock;

    public AccessRebuild(MongoDatabase database, ProgramAccessProjection projection, EventStorageEngine events,
            Clock clock) {
        this.programOf = database.getCollection(ProgramAccessProjection.COLLECTION);
        this.projection = projection;
        this.events = events;
        this.clock = clock;
    }

    /** True when the marker says this read model has seen every event stored before it was last checked. */
    public boolean current() {
        var marker = programOf.find(Filters.eq("_id", MARKER_ID)).first();
        return marker != null && marker.getInteger("version", 0) >= ProgramAccessProjection.VERSION;
    }

    /** Replays the store into the read model unless it is current; answers how many events were replayed. */
    public long rebuildIfStale() {
        if (current()) {
            return 0;
        }
        var handlers = new AnnotationEventHandlerAdapter(projection);
        long replayed = 0;
        TrackingToken position = null;
        // In passes until a pass finds nothing more, whatever size the storage engine gives one read.
        while (true) {
            long before = replayed;
            var stream = events.readEvents(position, false).iterator();
            while (stream.hasNext()) {
                TrackedEventMessage<?> event = stream.next();
                try {
                    if (handlers.canHandle(event)) {
                        handlers.handle(event);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("Rebuilding the access read model failed at " + event, e);
                }
                position = event.trackingToken();
                replayed++;
            }
            if (replayed == before) {
                break;
            }
        }
        programOf.replaceOne(Filters.eq("_id", MARKER_ID), new Document("_id", MARKER_ID)
                .append("version", ProgramAccessProjection.VERSION).append("at", Date.from(clock.instant()))
                .append("events", replayed), new ReplaceOptions().upsert(true));
        if (replayed > 0) {
            log.info("Rebuilt the access read model from {} stored events", replayed);
        }
        return replayed;
    }
}
