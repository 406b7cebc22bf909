package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void readsBackEveryInstantAsWrittenWhateverItsPrecision() {
        Random random = new Random(20261126);
        long from = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            long seconds = from + (long) (random.nextDouble() * (to - from));
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(Timestamps.parse(instant.toString())).as(instant.toString()).isEqualTo(instant);
        }
    }

    @Test
    void anyOtherTextIsReadOrRefusedExactlyAsInstantParseDoes() {
        for (String text : List.of("2026-11-26T17:03:07.1Z", "2026-11-26T17:03:07.12345Z", "+10000-01-01T00:00:00Z",
                "2024-02-29T23:59:59.999999999Z", "2026-11-26T24:00:00Z", "2026-11-26T17:03:07.Z",
                "2026-02-30T10:00:00Z", "2026-11-26 17:03:07Z", "2026-1a-26T17:03:07Z", "2026-11-26T17:03:07.1234567890Z",
                "2026-11-26T17:03:60Z", "2026-11-26T17:03:07+01:00", "yesterday", "")) {
            assertThat(outcome(() -> Timestamps.parse(text))).as(text).isEqualTo(outcome(() -> Instant.parse(text)));
        }
    }

    /** The instant read, or the kind of error raised. */
    private static Object outcome(java.util.function.Supplier<Instant> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
