package app.ponte.access;

import app.ponte.program.ProgramId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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

    /** Every program launched so far: the scope of listings for those who see every program. */
    public Set<ProgramId> programs() {
        return programOf.find(Filters.regex("_id", "^" + RecordKind.PROGRAM.name() + ":"))
                .map(d -> ProgramId.of(d.getString("programId")))
                .into(new HashSet<>());
    }

    // One collection for all kinds keeps every lookup a single equality match on _id, which the embedded server
    // indexes.
    static String key(RecordKind kind, String id) {
        return kind.name() + ":" + id;
    }
}
