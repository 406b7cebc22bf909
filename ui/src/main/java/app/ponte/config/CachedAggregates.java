package app.ponte.config;

import app.ponte.store.CachingTargetResolver;
import app.ponte.store.LruAggregateCache;
import org.axonframework.config.AggregateConfigurer;

/**
 * Configures each aggregate with a bounded cache of its own, so that a command on an aggregate used lately is decided
 * without reading its events again. A cache per aggregate type keeps one busy type from pushing the others out.
 * Commands find their target through a resolver that looks up each command type's annotations once.
 */
final class CachedAggregates {

    static final String SIZE_PROPERTY = "ponte.aggregate-cache.size";

    private final int size;
    private final CachingTargetResolver targets = new CachingTargetResolver();

    CachedAggregates(int size) {
        if (size < 1) {
            throw new IllegalArgumentException(SIZE_PROPERTY + " must be at least 1 (aggregates kept per type), was "
                    + size);
        }
        this.size = size;
    }

    <T> AggregateConfigurer<T> of(Class<T> type) {
        return AggregateConfigurer.defaultConfiguration(type)
                .configureCache(config -> new LruAggregateCache(size))
                .configureCommandTargetResolver(config -> targets);
    }
}
