package app.ponte.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A record as the index holds it: its kind and id, its program ({@code null} for shared kinds), the record it is
 * shown within, its display title and the named parts of its text (venue, minutes...), which an event may replace
 * one at a time. The parts are kept in the index, so that a later event can change one without the others being
 * read from elsewhere.
 */
record SearchDocument(SearchKind kind, String id, String programId, String parentId, String title,
        Map<String, String> parts) {

    SearchDocument {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(id);
        title = title == null ? "" : title;
        var kept = new LinkedHashMap<String, String>();
        parts.forEach((name, text) -> {
            if (text != null && !text.isBlank()) {
                kept.put(name, text);
            }
        });
        parts = Map.copyOf(kept);
    }

    static String key(SearchKind kind, String id) {
        return kind.name() + ":" + id;
    }

    String key() {
        return key(kind, id);
    }

    /** The searchable text besides the title, parts in name order so that a rebuild writes the same text. */
    String body() {
        return parts.keySet().stream().sorted().map(parts::get).collect(Collectors.joining("\n"));
    }

    SearchDocument withTitle(String newTitle) {
        return new SearchDocument(kind, id, programId, parentId, newTitle, parts);
    }

    SearchDocument withPart(String name, String text) {
        var changed = new LinkedHashMap<>(parts);
        if (text == null || text.isBlank()) {
            changed.remove(name);
        } else {
            changed.put(name, text);
        }
        return new SearchDocument(kind, id, programId, parentId, title, changed);
    }

    SearchDocument withParent(String newParent) {
        return new SearchDocument(kind, id, programId, newParent, title, parts);
    }
}
