package app.ponte.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * A bounded cache of aggregates for Axon's caching repository that keeps the most recently used ones. Axon's
 * {@code WeakReferenceCache} loses its entries at every garbage collection a busy node makes; this one keeps them
 * until newer ones push them out, so memory stays bounded by the number of entries.
 *
 * <p>A cached aggregate may be stale when another node changed it. Its next append then takes a sequence number
 * that is already stored, the event store's unique key rejects it as a concurrency conflict, the repository drops
 * the entry when the unit of work rolls back, and {@link ConflictRetryScheduler} sends the command again, which
 * loads fresh state.
 */
public final class LruAggregateCache implements Cache {

    private final int capacity;
    private final LinkedHashMap<Object, Object> entries;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    public LruAggregateCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("The aggregate cache size must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        // Access order: a read moves an entry to the young end, so the eldest entry is the least recently used.
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    public synchronized int size() {
        return entries.size();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value;
        synchronized (this) {
            value = entries.get(key);
        }
        if (value != null) {
            listeners.forEach(listener -> listener.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        if (value == null) {
            remove(key);
            return;
        }
        Object previous;
        List<Object> evicted;
        synchronized (this) {
            previous = entries.put(key, value);
            evicted = evictOverCapacity();
        }
        if (previous == null) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
        } else {
            listeners.forEach(listener -> listener.onEntryUpdated(key, value));
        }
        notifyExpired(evicted);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        List<Object> evicted;
        synchronized (this) {
            if (entries.containsKey(key)) {
                return false;
            }
            entries.put(key, value);
            evicted = evictOverCapacity();
        }
        listeners.forEach(listener -> listener.onEntryCreated(key, value));
        notifyExpired(evicted);
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        Object value;
        boolean created = false;
        List<Object> evicted = List.of();
        synchronized (this) {
            value = entries.get(key);
            if (value == null) {
                value = valueSupplier.get();
                if (value == null) {
                    throw new IllegalArgumentException("The aggregate cache cannot hold a null value for " + key);
                }
                entries.put(key, value);
                evicted = evictOverCapacity();
                created = true;
            }
        }
        Object result = value;
        if (created) {
            listeners.forEach(listener -> listener.onEntryCreated(key, result));
            notifyExpired(evicted);
        }
        return (T) result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        Object updated;
        synchronized (this) {
            Object current = entries.get(key);
            if (current == null) {
                return;
            }
            updated = update.apply((V) current);
            if (updated == null) {
                entries.remove(key);
            } else {
                entries.put(key, updated);
            }
        }
        if (updated == null) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        } else {
            listeners.forEach(listener -> listener.onEntryUpdated(key, updated));
        }
    }

    @Override
    public boolean remove(Object key) {
        boolean removed;
        synchronized (this) {
            removed = entries.remove(key) != null;
        }
        if (removed) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        List<Object> keys;
        synchronized (this) {
            keys = new ArrayList<>(entries.keySet());
            entries.clear();
        }
        keys.forEach(key -> listeners.forEach(listener -> listener.onEntryRemoved(key)));
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Called holding the lock; the listeners are told after it is released. */
    private List<Object> evictOverCapacity() {
        List<Object> evicted = new ArrayList<>(1);
        var eldest = entries.entrySet().iterator();
        while (entries.size() > capacity && eldest.hasNext()) {
            Map.Entry<Object, Object> entry = eldest.next();
            evicted.add(entry.getKey());
            eldest.remove();
        }
        return evicted;
    }

    private void notifyExpired(List<Object> keys) {
        keys.forEach(key -> listeners.forEach(listener -> listener.onEntryExpired(key)));
    }
}
