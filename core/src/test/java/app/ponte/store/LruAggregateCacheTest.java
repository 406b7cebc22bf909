package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class LruAggregateCacheTest {

    private final LruAggregateCache cache = new LruAggregateCache(2);

    @Test
    void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
        cache.put("a", "A");
        cache.put("b", "B");
        assertThat((Object) cache.get("a")).isEqualTo("A"); // now b is the least recently used
        cache.put("c", "C");

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("c")).isTrue();
    }

    @Test
    void removesAndReplacesEntries() {
        cache.put("a", "A");
        assertThat(cache.putIfAbsent("a", "other")).isFalse();
        cache.put("a", "A2");
        assertThat((Object) cache.get("a")).isEqualTo("A2");
        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.remove("a")).isFalse();
        assertThat((Object) cache.get("a")).isNull();
    }

    @Test
    void computesAbsentAndPresentEntries() {
        assertThat((Object) cache.computeIfAbsent("a", () -> "A")).isEqualTo("A");
        assertThat((Object) cache.computeIfAbsent("a", () -> "other")).isEqualTo("A");
        cache.<String>computeIfPresent("a", value -> value + "!");
        assertThat((Object) cache.get("a")).isEqualTo("A!");
        cache.computeIfPresent("a", value -> null);
        assertThat(cache.containsKey("a")).isFalse();
    }

    @Test
    void tellsListenersWhatHappened() {
        List<String> seen = new ArrayList<>();
        Registration registration = cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                seen.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                seen.add("updated " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                seen.add("removed " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                seen.add("expired " + key);
            }
        });
        cache.put("a", "A");
        cache.put("a", "A2");
        cache.put("b", "B");
        cache.put("c", "C");
        cache.remove("b");
        registration.cancel();
        cache.remove("c");

        assertThat(seen).containsExactly("created a", "updated a", "created b", "created c", "expired a",
                "removed b");
    }

    @Test
    void rejectsASizeBelowOne() {
        assertThatThrownBy(() -> new LruAggregateCache(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }
}
