package app.ponte.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A read-model collection as its projection writes it: by document id, through the {@link ReadModelBatch} of the
 * batch being handled when there is one, straight to the collection when there is none. Reads by id see the batch's
 * own writes. Queries read the collection itself ({@link #collection()}): they run outside any batch.
 */
public final class BatchedCollection {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final UpdateOptions NO_UPSERT = new UpdateOptions();

    private final MongoCollection<Document> collection;

    public BatchedCollection(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    public MongoCollection<Document> collection() {
        return collection;
    }

    /** Whether writes are being held for a batch now, rather than sent at once. */
    public static boolean inBatch() {
        return ReadModelBatch.current().isPresent();
    }

    /** Applies {@code change} to the document {@code id}, creating it if it is missing. */
    public void upsert(Object id, Change change) {
        update(id, null, change, true);
    }

    /** Applies {@code change} to the document {@code id} if there is one. */
    public void update(Object id, Change change) {
        update(id, null, change, false);
    }

    /**
     * Applies {@code change} to the document {@code id} if it also matches {@code condition}. Within a batch the
     * condition is checked by the server only; the caller has checked it on {@link #find} and the batch's own view
     * takes the change.
     */
    public void update(Object id, Bson condition, Change change, boolean upsert) {
        var batch = ReadModelBatch.current();
        if (batch.isPresent()) {
            batch.get().of(collection).update(id, condition, change, upsert);
            return;
        }
        var byId = Filters.eq("_id", id);
        collection.updateOne(condition == null ? byId : Filters.and(byId, condition), change.toBson(),
                upsert ? UPSERT : NO_UPSERT);
    }

    /** Puts {@code document} in place of the one with its id, or inserts it. */
    public void replace(Document document) {
        var id = document.get("_id");
        var batch = ReadModelBatch.current();
        if (batch.isPresent()) {
            batch.get().of(collection).replace(id, document);
            return;
        }
        collection.replaceOne(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true));
    }

    public void delete(Object id) {
        var batch = ReadModelBatch.current();
        if (batch.isPresent()) {
            batch.get().of(collection).delete(id);
            return;
        }
        collection.deleteOne(Filters.eq("_id", id));
    }

    /** The document {@code id} as the batch sees it (not to be changed by the caller), or null. */
    public Document find(Object id) {
        var batch = ReadModelBatch.current();
        if (batch.isPresent()) {
            return batch.get().of(collection).find(id);
        }
        return collection.find(Filters.eq("_id", id)).first();
    }

    /** Reads the listed documents the batch has not read yet, in one request, so that later finds need none. */
    public void prefetch(Collection<?> ids) {
        ReadModelBatch.current().ifPresent(batch -> batch.of(collection).load(List.copyOf(ids)));
    }
}
