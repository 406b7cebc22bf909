package app.ponte.api;

import java.util.List;

/**
 * One page of a listing: the entries from {@code offset}, at most {@code limit} of them, and whether more follow
 * (ask again with {@code offset + limit}).
 */
record Page<T>(List<T> items, int offset, int limit, boolean more) {

    Page {
        items = List.copyOf(items);
    }
}
