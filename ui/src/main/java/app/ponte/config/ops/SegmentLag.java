package app.ponte.config.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One gauge {@code ponte.processor.lag} per processor and segment: the stored events that segment has still to
 * handle, whichever node holds it. Segments are looked for every few seconds, since a split or a merge makes new
 * ones (registering a meter while Prometheus scrapes is not safe); a segment gone from the token store reads as
 * NaN, which the scrape leaves out.
 */
final class SegmentLag implements MeterBinder, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SegmentLag.class);

    private final ProcessorPositions positions;
    private final Duration every;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService looks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ponte-segment-lag");
        thread.setDaemon(true);
        return thread;
    });

    SegmentLag(ProcessorPositions positions, Duration every) {
        this.positions = positions;
        this.every = every;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        looks.scheduleWithFixedDelay(() -> refresh(registry), 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refresh(MeterRegistry registry) {
        try {
            for (SegmentPosition segment : positions.read().segments()) {
                if (registered.add(segment.processor() + "/" + segment.segment())) {
                    Gauge.builder("ponte.processor.lag", this, lag -> lag.lagOf(segment.processor(), segment.segment()))
                            .description("Stored events a processor segment has still to handle")
                            .tag("processor", segment.processor()).tag("segment", String.valueOf(segment.segment()))
                            .baseUnit("events").register(registry);
                }
            }
        } catch (RuntimeException e) {
            log.debug("Could not look for processor segments: {}", e.toString());
        }
    }

    private double lagOf(String processor, int segment) {
        return positions.read().segments().stream()
                .filter(s -> s.processor().equals(processor) && s.segment() == segment)
                .mapToDouble(SegmentPosition::lag).findFirst().orElse(Double.NaN);
    }

    @Override
    public void close() {
        looks.shutdownNow();
    }
}
