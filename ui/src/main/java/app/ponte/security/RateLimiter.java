package app.ponte.security;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets kept in memory, one per key (a remote address, a user name, an API token). Each instance of the
 * application counts on its own, so behind a load balancer the effective limit is per instance; that is enough to
 * slow guessing and runaway scripts, which is all it is for.
 */
public class RateLimiter {

    private final double capacity;
    private final double perSecond;
    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @param capacity the burst allowed; @param perMinute the sustained rate */
    public RateLimiter(int capacity, int perMinute, Clock clock) {
        this.capacity = capacity;
        this.perSecond = perMinute / 60.0;
        this.clock = clock;
    }

    /** Takes one token from the key's bucket; false when it is empty. */
    public boolean tryAcquire(String key) {
        // Keeps memory bounded under a flood of distinct keys: forgetting buckets only ever lets a caller through.
        if (buckets.size() > 100_000) {
            buckets.clear();
        }
        long now = clock.millis();
        boolean[] taken = new boolean[1];
        buckets.compute(key, (k, b) -> {
            var bucket = b == null ? new Bucket(capacity, now) : b;
            taken[0] = bucket.take(now);
            return bucket;
        });
        return taken[0];
    }

    /** Seconds until the key's bucket has a token again, for a Retry-After header. */
    public long secondsUntilNext() {
        return Math.max(1, (long) Math.ceil(1 / perSecond));
    }

    private final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        boolean take(long now) {
            tokens = Math.min(capacity, tokens + (now - at) / 1000.0 * perSecond);
            at = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
