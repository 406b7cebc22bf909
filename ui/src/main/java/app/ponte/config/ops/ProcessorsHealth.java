package app.ponte.config.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * Whether every streaming processor has caught up: each of its segments, on whichever node, at most
 * {@code maxLag} events behind the head. A node whose screens would show what is many events old is taken out of
 * the load balancer's rotation until it catches up (after a restart, a rebuild, or a node that stopped working).
 */
public final class ProcessorsHealth extends AbstractHealthIndicator {

    private final ProcessorPositions positions;
    private final long maxLag;
    private final Supplier<Map<String, String>> errors;

    public ProcessorsHealth(ProcessorPositions positions, long maxLag, Supplier<Map<String, String>> errors) {
        super("Cannot read the processors' positions");
        this.positions = positions;
        this.maxLag = maxLag;
        this.errors = errors;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        var reading = positions.read();
        Map<String, Long> lagging = new LinkedHashMap<>();
        for (SegmentPosition segment : reading.segments()) {
            if (segment.lag() > maxLag) {
                lagging.merge(segment.processor(), segment.lag(), Math::max);
            }
        }
        builder.status(lagging.isEmpty() ? Status.UP : Status.OUT_OF_SERVICE)
                .withDetail("head", reading.head())
                .withDetail("maxLag", reading.maxLag())
                .withDetail("threshold", maxLag);
        if (!lagging.isEmpty()) {
            builder.withDetail("lagging", lagging);
        }
        Map<String, String> failing = errors.get();
        if (!failing.isEmpty()) {
            builder.withDetail("errors", failing);
        }
    }
}
