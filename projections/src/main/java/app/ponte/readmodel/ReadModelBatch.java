package app.ponte.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The read-model writes of one batch of events, held in memory while the batch is handled and sent as one ordered
 * {@code bulkWrite} per collection at its end, so a batch of a hundred events costs a few requests rather than a
 * few hundred. It lives as a resource of the processor's unit of work. Updates of one document that touch different
 * paths are merged into one update, so a document that many events change (a dashboard bucket) is rewritten once a
 * batch. Documents read during the batch are read once and kept, with the batch's changes applied to them in memory,
 * so each event sees what the earlier ones wrote.
 *
 * <p>The writes must reach the store before the processor stores its token, or a crash in between would lose them.
 * Axon's pooled processor registers the token's storage before any handler runs, so a handler's own prepare-commit
 * callback would come after it; {@link #flushAtEndOfBatch()} is therefore an interceptor that flushes once the
 * batch's last event is handled. A prepare-commit callback flushes as well, for a processor set up without it.
 * Outside a unit of work (tests calling handlers, replays folded by hand) every write is sent at once.
 */
public final class ReadModelBatch {

    private static final String RESOURCE = ReadModelBatch.class.getName();
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final UpdateOptions NO_UPSERT = new UpdateOptions();
    private static final BulkWriteOptions ORDERED = new BulkWriteOptions().ordered(true);

    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final Map<Object, Runnable> beforeFlush = new LinkedHashMap<>();
    private final Map<Object, Runnable> afterFlush = new LinkedHashMap<>();
    private final Map<Object, Object> locals = new HashMap<>();

    private ReadModelBatch() {
    }

    /** The batch of the unit of work being handled, if one is and it has not begun to commit. */
    static Optional<ReadModelBatch> current() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        // Only an event processor's unit of work: a query's or a command's writes no read model.
        if (unitOfWork.phase() != UnitOfWork.Phase.STARTED || !(unitOfWork.getMessage() instanceof EventMessage)) {
            return Optional.empty();
        }
        return Optional.of(unitOfWork.getOrComputeResource(RESOURCE, key -> {
            var batch = new ReadModelBatch();
            unitOfWork.onPrepareCommit(u -> batch.flush());
            return batch;
        }));
    }

    /**
     * Runs {@code action} once when the batch is flushed, before its writes are sent, however often it is asked for
     * under the same {@code key}; without a batch it runs at once. For work done once per batch rather than per
     * event, such as bumping a change counter.
     */
    public static void once(Object key, Runnable action) {
        current().ifPresentOrElse(batch -> batch.beforeFlush.putIfAbsent(key, action), action);
    }

    /**
     * An object kept for the rest of the batch under {@code key}, made by {@code make} the first time; empty
     * without a batch. For what a projection gathers over a batch's events and acts on once, at its end.
     */
    @SuppressWarnings("unchecked")
    public static <T> Optional<T> local(Object key, Supplier<T> make) {
        return current().map(batch -> (T) batch.locals.computeIfAbsent(key, k -> make.get()));
    }

    /** Like {@link #once}, but after the batch's writes have been sent. */
    public static void onceAfter(Object key, Runnable action) {
        current().ifPresentOrElse(batch -> batch.afterFlush.putIfAbsent(key, action), action);
    }

    /** An interceptor for event processors that flushes the batch once its last event is handled. */
    public static MessageHandlerInterceptor<EventMessage<?>> flushAtEndOfBatch() {
        return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
            var result = chain.proceed();
            if (!(unitOfWork.root() instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
                Object batch = unitOfWork.root().getResource(RESOURCE);
                if (batch != null) {
                    ((ReadModelBatch) batch).flush();
                }
            }
            return result;
        };
    }

    Pending of(MongoCollection<Document> collection) {
        return pending.computeIfAbsent(collection.getNamespace().getFullName(), name -> new Pending(collection));
    }

    /** Sends every write held, one ordered bulk write per collection, and forgets them (the kept reads stay). */
    void flush() {
        while (!beforeFlush.isEmpty()) {
            var actions = new ArrayList<>(beforeFlush.values());
            beforeFlush.clear();
            actions.forEach(Runnable::run);
        }
        for (Pending writes : pending.values()) {
            writes.send();
        }
        locals.clear();
        var actions = new ArrayList<>(afterFlush.values());
        afterFlush.clear();
        actions.forEach(Runnable::run);
    }

    /** One collection's writes not sent yet, and the documents the batch has read or written, as it sees them. */
    static final class Pending {

        private final MongoCollection<Document> collection;
        private final List<Write> writes = new ArrayList<>();
        private final Map<Object, Write> lastWrite = new HashMap<>();
        private final Map<Object, Seen> seen = new HashMap<>();

        Pending(MongoCollection<Document> collection) {
            this.collection = collection;
        }

        void update(Object id, Bson extraFilter, Change change, boolean upsert) {
            remember(id, (document, key) -> apply(document, key, change, upsert));
            var last = lastWrite.get(id);
            if (extraFilter == null && last != null && last.canAbsorb(change, upsert)) {
                last.change.absorb(change);
                return;
            }
            var write = new Write(id, extraFilter, change, upsert, null);
            writes.add(write);
            lastWrite.put(id, write);
        }

        void replace(Object id, Document document) {
            remember(id, (before, key) -> (Document) Change.copy(document));
            var write = new Write(id, null, null, true, document);
            writes.add(write);
            lastWrite.put(id, write);
        }

        void delete(Object id) {
            remember(id, (before, key) -> null);
            var write = new Write(id, null, null, false, null);
            writes.add(write);
            lastWrite.put(id, write);
        }

        Document find(Object id) {
            var known = seen.get(id);
            if (known != null && known.loaded) {
                return known.document;
            }
            load(List.of(id));
            return seen.get(id).document;
        }

        /** Reads the listed documents the batch has not read yet, all in one request. */
        void load(List<?> ids) {
            var missing = ids.stream().distinct().filter(id -> seen.get(id) == null || !seen.get(id).loaded)
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            var found = new HashMap<Object, Document>();
            for (Document document : collection.find(missing.size() == 1 ? Filters.eq("_id", missing.get(0))
                    : Filters.in("_id", missing))) {
                found.put(document.get("_id"), document);
            }
            for (Object id : missing) {
                var known = seen.computeIfAbsent(id, k -> new Seen());
                var document = found.get(id);
                for (var step : known.unapplied) {
                    document = step.apply(document, id);
                }
                known.unapplied.clear();
                known.document = document;
                known.loaded = true;
            }
        }

        private void remember(Object id, Step step) {
            var known = seen.computeIfAbsent(id, k -> new Seen());
            if (known.loaded) {
                known.document = step.apply(known.document, id);
            } else {
                known.unapplied.add(step);
            }
        }

        private static Document apply(Document document, Object id, Change change, boolean upsert) {
            if (document == null && !upsert) {
                return null;
            }
            var inserting = document == null;
            var result = inserting ? new Document("_id", id) : document;
            change.applyTo(result, inserting);
            return result;
        }

        void send() {
            if (writes.isEmpty()) {
                return;
            }
            var models = new ArrayList<WriteModel<Document>>(writes.size());
            for (Write write : writes) {
                models.add(write.model());
            }
            writes.clear();
            lastWrite.clear();
            collection.bulkWrite(models, ORDERED);
        }
    }

    @FunctionalInterface
    private interface Step {
        Document apply(Document before, Object id);
    }

    private static final class Seen {
        boolean loaded;
        Document document;
        final List<Step> unapplied = new ArrayList<>();
    }

    private static final class Write {
        final Object id;
        final Bson extraFilter;
        final Change change;
        final boolean upsert;
        final Document replacement;

        Write(Object id, Bson extraFilter, Change change, boolean upsert, Document replacement) {
            this.id = id;
            this.extraFilter = extraFilter;
            this.change = change;
            this.upsert = upsert;
            this.replacement = replacement;
        }

        /*
         * A later update of the same document joins this one when the server would get the same result from one
         * update as from the two in turn: both by id alone, no path in common, and the later one neither creating a
         * document this one would not (upsert after a plain update) nor counting on being the insert.
         */
        boolean canAbsorb(Change later, boolean laterUpsert) {
            return change != null && replacement == null && extraFilter == null && (upsert || !laterUpsert) && !later.insertsOnly()
                    && !change.overlaps(later);
        }

        WriteModel<Document> model() {
            var byId = Filters.eq("_id", id);
            if (replacement != null) {
                return new ReplaceOneModel<>(byId, replacement, new ReplaceOptions().upsert(true));
            }
            if (change == null) {
                return new DeleteOneModel<>(byId);
            }
            var filter = extraFilter == null ? byId : Filters.and(byId, extraFilter);
            return new UpdateOneModel<>(filter, change.toBson(), upsert ? UPSERT : NO_UPSERT);
        }
    }
}
