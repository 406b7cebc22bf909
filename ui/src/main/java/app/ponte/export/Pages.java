package app.ponte.export;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rows of a paged read model, asked for a page at a time as they are written. The first page is asked for at
 * once, so that a refused or unknown query fails before anything is written and can still be answered as an error.
 */
public final class Pages<T> implements Iterable<T> {

    /** Asks for {@code limit} entries from {@code offset}. */
    public interface Source<T> {
        List<T> page(int offset, int limit);
    }

    private final Source<T> source;
    private final int size;
    private List<T> first;

    /** The rows of {@code source}, asked for {@code size} at a time; the first page is asked for now. */
    public static <T> Pages<T> of(int size, Source<T> source) {
        return new Pages<>(size, source);
    }

    private Pages(int size, Source<T> source) {
        this.size = size;
        this.source = source;
        this.first = source.page(0, size);
    }

    @Override
    public Iterator<T> iterator() {
        var start = first != null ? first : source.page(0, size);
        first = null;
        return new Iterator<>() {
            private List<T> page = start;
            private int offset;
            private int index;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (page.size() < size) {
                    return false;
                }
                offset += page.size();
                page = source.page(offset, size);
                index = 0;
                return !page.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(index++);
            }
        };
    }
}
