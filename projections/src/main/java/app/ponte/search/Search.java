package app.ponte.search;

import app.ponte.program.ProgramId;
import app.ponte.shared.InvalidField;
import java.util.EnumSet;
import java.util.Set;

/**
 * Asks the search index for {@code text} among records of {@code kinds} (every kind when empty), within
 * {@code programs} (the caller's scope: records of other programs are never found; organizations and contacts are
 * shared, so an empty scope still finds them). Each kind's hits come a page at a time: {@code limit} of them from
 * page {@code page}, counted from 1.
 */
public record Search(String text, Set<SearchKind> kinds, Set<ProgramId> programs, int limit, int page) {

    public static final int MIN_TEXT = 2;
    public static final int MAX_TEXT = 200;
    public static final int MAX_LIMIT = 50;

    public Search {
        // Kept as typed: a space at the end says the last word is finished (see SearchQueries).
        text = text == null ? "" : text;
        var words = text.strip();
        if (words.codePointCount(0, words.length()) < MIN_TEXT) {
            throw new InvalidField("q", "must be at least " + MIN_TEXT + " characters");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidField("q", "must be at most " + MAX_TEXT + " characters");
        }
        kinds = kinds == null || kinds.isEmpty() ? EnumSet.allOf(SearchKind.class) : EnumSet.copyOf(kinds);
        programs = programs == null ? Set.of() : Set.copyOf(programs);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (page < 1) {
            throw new InvalidField("page", "must be 1 or more");
        }
    }
}
