package app.ponte.bench;

import java.time.Duration;

/** One measured figure: how many events (or documents) were handled in how much wall-clock time. */
record Measurement(String name, long events, Duration elapsed) {

    Measurement {
        if (events <= 0) {
            throw new IllegalArgumentException("A measurement needs at least one event, got " + events);
        }
        if (elapsed.isNegative() || elapsed.isZero()) {
            throw new IllegalArgumentException("A measurement needs a positive duration, got " + elapsed);
        }
    }

    static Measurement since(String name, long events, long startNanos) {
        return new Measurement(name, events, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    Measurement renamed(String newName) {
        return new Measurement(newName, events, elapsed);
    }

    double perSecond() {
        return events / (elapsed.toNanos() / 1e9);
    }

    double ratioTo(Measurement baseline) {
        return perSecond() / baseline.perSecond();
    }
}
