package app.ponte.api;

import java.util.List;

/** The {@code offset} and {@code limit} parameters every listing takes, checked once for all of them. */
record Paging(int offset, int limit) {

    static final int DEFAULT_LIMIT = 50;
    // Well under the read models' own ceiling (500 a call), which a page asks one entry beyond to tell if more follow.
    static final int MAX_LIMIT = 200;

    static Paging of(Integer offset, Integer limit) {
        int from = offset == null ? 0 : offset;
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (from < 0) {
            throw new InvalidParameter("offset", "must not be negative");
        }
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidParameter("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new Paging(from, size);
    }

    /** How many entries to ask a paged read model for: one more than the page, to learn whether more follow. */
    int probe() {
        return limit + 1;
    }

    /** The page out of what a paged read model answered for {@link #probe()} entries from {@link #offset()}. */
    <T> Page<T> fromProbe(List<T> answered) {
        boolean more = answered.size() > limit;
        return new Page<>(more ? answered.subList(0, limit) : answered, offset, limit, more);
    }

    /** The page out of a whole listing. */
    <T> Page<T> slice(List<T> all) {
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        return new Page<>(all.subList(from, to), offset, limit, to < all.size());
    }
}
