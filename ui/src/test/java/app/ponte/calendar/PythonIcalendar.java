package app.ponte.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A second, independent reader of Ponte's calendars: Debian's Python {@code icalendar}, run by {@code
 * /usr/bin/python3} with {@code calendar/read_ics.py}, which prints what it read as JSON.
 */
public final class PythonIcalendar {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PythonIcalendar() {
    }

    public static JsonNode read(String ics) {
        try {
            Path file = Files.createTempFile("ponte-calendar", ".ics");
            Path script = Files.createTempFile("read_ics", ".py");
            try (var source = PythonIcalendar.class.getResourceAsStream("/calendar/read_ics.py")) {
                Files.write(script, source.readAllBytes());
            }
            Files.writeString(file, ics, StandardCharsets.UTF_8);
            var process = new ProcessBuilder("/usr/bin/python3", script.toString(), file.toString()).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(err).isZero();
            Files.delete(file);
            Files.delete(script);
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
