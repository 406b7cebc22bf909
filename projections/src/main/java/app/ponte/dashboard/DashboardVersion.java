package app.ponte.dashboard;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * Which {@link ProgramDashboardProjection#VERSION} built the live dashboard read model. Its processor keeps a token,
 * so events already handled by an older version are never handled again by themselves: when this note is missing or
 * older, the application resets the processor, which replays every stored event into an emptied book, and then
 * writes the note. A reset cut short keeps its token's progress and simply goes on after a restart.
 */
public final class DashboardVersion {

    static final String COLLECTION = "dashboard_version";
    private static final String ID = "built";

    private final MongoCollection<Document> notes;

    public DashboardVersion(MongoDatabase database) {
        this.notes = database.getCollection(COLLECTION);
    }

    /** True when the read model was built by the handlers of this version (or a later one). */
    public boolean current() {
        var note = notes.find(Filters.eq("_id", ID)).first();
        return note != null && note.getInteger("version", 0) >= ProgramDashboardProjection.VERSION;
    }

    public void markCurrent(Instant at) {
        notes.replaceOne(Filters.eq("_id", ID), new Document("_id", ID)
                .append("version", ProgramDashboardProjection.VERSION).append("at", Date.from(at)),
                new ReplaceOptions().upsert(true));
    }
}
