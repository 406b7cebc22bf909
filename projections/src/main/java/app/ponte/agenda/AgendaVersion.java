package app.ponte.agenda;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * Which {@link AgendaProjection#VERSION} built the agenda read model. Its processor keeps a token, so events handled
 * by older handlers are never handled again by themselves: when this note is missing or older, the application
 * resets the processor, which replays every stored event into emptied collections, and then writes the note.
 */
public final class AgendaVersion {

    static final String COLLECTION = "agenda_version";
    private static final String ID = "built";

    private final MongoCollection<Document> notes;

    public AgendaVersion(MongoDatabase database) {
        this.notes = database.getCollection(COLLECTION);
    }

    /** True when the read model was built by the handlers of this version (or a later one). */
    public boolean current() {
        var note = notes.find(Filters.eq("_id", ID)).first();
        return note != null && note.getInteger("version", 0) >= AgendaProjection.VERSION;
    }

    public void markCurrent(Instant at) {
        notes.replaceOne(Filters.eq("_id", ID), new Document("_id", ID)
                .append("version", AgendaProjection.VERSION).append("at", Date.from(at)),
                new ReplaceOptions().upsert(true));
    }
}
