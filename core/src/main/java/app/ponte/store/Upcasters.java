package app.ponte.store;

import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

import com.mongodb.client.MongoDatabase;

/**
 * Every upcaster of stored events, in the order they apply: give this chain to every event storage engine that
 * reads the application's events. Add an upcaster here with each new revision of an event.
 */
public final class Upcasters {

    private Upcasters() {
    }

    /** The chain for events stored in {@code database}, where upcasters look up what an old event lacks. */
    public static EventUpcasterChain chain(MongoDatabase database) {
        return chain(new StoredMissionPrograms(database));
    }

    static EventUpcasterChain chain(MissionPrograms missionPrograms) {
        return new EventUpcasterChain(new EngagementScheduledProgramUpcaster(missionPrograms));
    }
}
