package app.ponte.readmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;

/**
 * An update of one document, said with MongoDB's update operators ({@code $set}, {@code $unset}, {@code $max},
 * {@code $addToSet}, {@code $inc}, {@code $setOnInsert}, {@code $push} with {@code $each}/{@code $sort}/{@code $slice})
 * on dotted paths. It is both sent to the server as it is and applied to a document in memory, so that later events
 * of a batch read what earlier ones wrote before anything has been sent ({@link ReadModelBatch}). Only these
 * operators are offered, so that the two can be kept equal; the equivalence is tested against the server.
 */
public final class Change {

    private final Map<String, Document> operators = new LinkedHashMap<>();
    private final Set<String> paths = new LinkedHashSet<>();

    private Change() {
    }

    public static Change of() {
        return new Change();
    }

    public static Change set(String path, Object value) {
        return new Change().andSet(path, value);
    }

    public static Change unset(String path) {
        return new Change().andUnset(path);
    }

    public static Change max(String path, Object value) {
        return new Change().andMax(path, value);
    }

    public static Change addToSet(String path, Object value) {
        return new Change().andAddToSet(path, value);
    }

    /** One update doing all of {@code parts}, which must not change a path twice. */
    public static Change combine(Change... parts) {
        var change = new Change();
        for (Change part : parts) {
            part.operators.forEach((operator, fields) -> fields.forEach((path, value) ->
                    change.put(operator, path, value)));
        }
        return change;
    }

    /** {@code $set} of every field of {@code fields} under {@code prefix}, {@code $unset} of each null one. */
    public static Change assign(String prefix, Document fields) {
        var change = new Change();
        fields.forEach((name, value) -> {
            if (value == null) {
                change.andUnset(prefix + name);
            } else {
                change.andSet(prefix + name, value);
            }
        });
        return change;
    }

    public Change andSet(String path, Object value) {
        return put("$set", path, value);
    }

    public Change andUnset(String path) {
        return put("$unset", path, "");
    }

    public Change andMax(String path, Object value) {
        return put("$max", path, value);
    }

    public Change andAddToSet(String path, Object value) {
        return put("$addToSet", path, value);
    }

    public Change andInc(String path, long amount) {
        return put("$inc", path, amount);
    }

    public Change andSetOnInsert(String path, Object value) {
        return put("$setOnInsert", path, value);
    }

    /** Appends {@code value} to the array at {@code path}, sorts it by {@code sort} and keeps the first {@code keep}. */
    public Change andPush(String path, Object value, Document sort, int keep) {
        return put("$push", path, new Document("$each", List.of(value)).append("$sort", sort).append("$slice", keep));
    }

    private Change put(String operator, String path, Object value) {
        if (!paths.add(path)) {
            throw new IllegalArgumentException("The path " + path + " is changed twice in one update");
        }
        operators.computeIfAbsent(operator, o -> new Document()).append(path, value);
        return this;
    }

    /** The update as the server takes it. */
    public Document toBson() {
        var update = new Document();
        operators.forEach((operator, fields) -> update.append(operator, new Document(fields)));
        return update;
    }

    Set<String> paths() {
        return paths;
    }

    boolean insertsOnly() {
        return operators.containsKey("$setOnInsert");
    }

    /** Whether this and {@code other} touch a path in common, or one a path inside the other's. */
    boolean overlaps(Change other) {
        for (String mine : paths) {
            for (String theirs : other.paths) {
                if (mine.equals(theirs) || mine.startsWith(theirs + ".") || theirs.startsWith(mine + ".")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds {@code later}'s operators to this one's; only for changes that do not {@link #overlaps overlap}. */
    void absorb(Change later) {
        later.operators.forEach((operator, fields) -> operators.computeIfAbsent(operator, o -> new Document())
                .putAll(fields));
        paths.addAll(later.paths);
    }

    /**
     * Applies the change to {@code document} in memory as the server would; {@code inserting} says the update is
     * creating the document (an upsert that found none), which is when {@code $setOnInsert} counts.
     */
    void applyTo(Document document, boolean inserting) {
        operators.forEach((operator, fields) -> fields.forEach((path, value) -> {
            switch (operator) {
                case "$set" -> parentOf(document, path, true).put(leaf(path), copy(value));
                case "$setOnInsert" -> {
                    if (inserting) {
                        parentOf(document, path, true).put(leaf(path), copy(value));
                    }
                }
                case "$unset" -> {
                    var parent = parentOf(document, path, false);
                    if (parent != null) {
                        parent.remove(leaf(path));
                    }
                }
                case "$max" -> {
                    var parent = parentOf(document, path, true);
                    var current = parent.get(leaf(path));
                    if (current == null || compare(value, current) > 0) {
                        parent.put(leaf(path), copy(value));
                    }
                }
                case "$inc" -> {
                    var parent = parentOf(document, path, true);
                    var current = (Number) parent.get(leaf(path));
                    parent.put(leaf(path), current == null ? value
                            : Long.valueOf(current.longValue() + ((Number) value).longValue()));
                }
                case "$addToSet" -> {
                    var list = listAt(document, path);
                    if (!list.contains(value)) {
                        list.add(copy(value));
                    }
                }
                case "$push" -> {
                    var spec = (Document) value;
                    var list = listAt(document, path);
                    spec.getList("$each", Object.class).forEach(item -> list.add(copy(item)));
                    var sort = spec.get("$sort", Document.class);
                    if (sort != null) {
                        list.sort(bySpec(sort));
                    }
                    Integer keep = spec.getInteger("$slice");
                    if (keep != null && list.size() > keep) {
                        list.subList(keep, list.size()).clear();
                    }
                }
                default -> throw new IllegalStateException("No in-memory form of " + operator);
            }
        }));
    }

    /*
     * Values are copied into the document in memory: a later change of a path inside one must not alter the value
     * an earlier update, not sent yet, holds.
     */
    static Object copy(Object value) {
        if (value instanceof Document document) {
            var copy = new Document();
            document.forEach((key, inner) -> copy.put(key, copy(inner)));
            return copy;
        }
        if (value instanceof Collection<?> items) {
            var copy = new ArrayList<Object>(items.size());
            items.forEach(item -> copy.add(copy(item)));
            return copy;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listAt(Document document, String path) {
        var parent = parentOf(document, path, true);
        var current = parent.get(leaf(path));
        var list = current == null ? new ArrayList<Object>() : new ArrayList<>((Collection<Object>) current);
        parent.put(leaf(path), list);
        return list;
    }

    private static Comparator<Object> bySpec(Document sort) {
        Comparator<Object> order = (a, b) -> 0;
        for (var key : sort.entrySet()) {
            int direction = ((Number) key.getValue()).intValue();
            Comparator<Object> one = (a, b) -> compare(((Document) a).get(key.getKey()),
                    ((Document) b).get(key.getKey()));
            order = order.thenComparing(direction < 0 ? one.reversed() : one);
        }
        return order;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Date x && b instanceof Date y) {
            return x.compareTo(y);
        }
        return ((Comparable) a).compareTo(b);
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The document holding the last step of {@code path}, made on the way if {@code create}; null if missing. */
    private static Document parentOf(Document document, String path, boolean create) {
        var steps = path.split("\\.");
        var at = document;
        for (int i = 0; i < steps.length - 1; i++) {
            var next = at.get(steps[i]);
            if (!(next instanceof Document)) {
                if (!create) {
                    return null;
                }
                next = new Document();
                at.put(steps[i], next);
            }
            at = (Document) next;
        }
        return at;
    }

    @Override
    public String toString() {
        return Objects.toString(toBson());
    }
}
