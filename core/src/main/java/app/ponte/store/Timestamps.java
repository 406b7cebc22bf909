package app.ponte.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Reads the timestamps the engine stores, which are {@link Instant#toString()}: {@code 2026-11-26T17:03:07.123Z},
 * with no fraction or one of 3, 6 or 9 digits. Every event read from the store carries one, and general ISO parsing
 * costs more than the rest of turning the event into a message; text in any other form goes to
 * {@link Instant#parse}, which accepts what it accepts and refuses the rest with its own error.
 */
final class Timestamps {

    private static final int SHORTEST = "2026-11-26T17:03:07Z".length();
    /** Ten to the power of the index: what a fraction of n digits is multiplied by to give nanoseconds, n ≤ 9. */
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
            1_000_000_000};

    private Timestamps() {
    }

    static Instant parse(String text) {
        int length = text.length();
        if (length < SHORTEST || length == SHORTEST + 1 || length > SHORTEST + 10 || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z'
                || (length > SHORTEST && text.charAt(19) != '.')) {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int fraction = length > SHORTEST ? digits(text, 20, length - 1) : 0;
        if ((year | month | day | hour | minute | second | fraction) < 0) {
            return Instant.parse(text);
        }
        try {
            long seconds = LocalDate.of(year, month, day).toEpochDay() * 86_400
                    + LocalTime.of(hour, minute, second).toSecondOfDay();
            int fractionDigits = Math.max(0, length - 1 - 20);
            return Instant.ofEpochSecond(seconds, (long) fraction * POWERS[9 - fractionDigits]);
        } catch (DateTimeException e) {
            return Instant.parse(text);
        }
    }

    /** The decimal number in {@code text[from, to)}, or -1 if any character is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
