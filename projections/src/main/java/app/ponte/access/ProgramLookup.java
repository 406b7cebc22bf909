package app.ponte.access;

import app.ponte.program.ProgramId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.Optional;
import org.bson.Document;

/** Answers which program a record belongs to, from what {@link ProgramAccessProjection} has recorded. */
public class ProgramLookup {

    private final MongoCollection<Document> programOf;

    public ProgramLookup(MongoDatabase database) {
        this(database.getCollection(ProgramAccessProjection.COLLECTION));
    }

    ProgramLookup(MongoCollection<Document> programOf) {
        this.programOf = programOf;
    }

    /** Empty when the record is unknown: never created, or created before this read model was. */
    public Optional<ProgramId> programOf(RecordKind kind, Object id) {
        var found = programOf.find(Filters.eq("_id", key(kind, String.valueOf(id)))).first();
        return Optional.ofNullable(found).map(d -> ProgramId.of(d.getString("programId")));
    }

    // One collection for all kinds keeps every lookup a single equality match on _id, which the embedded server
    // indexes.
    static String key(RecordKind kind, String id) {
        return kind.name() + ":" + id;
    }
}
