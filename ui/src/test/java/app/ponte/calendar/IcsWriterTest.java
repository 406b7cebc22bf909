package app.ponte.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.agenda.EngagementStatus;
import app.ponte.agenda.EngagementSummary;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The writer alone: venue times in a zone that changes its offset within the calendar (Rome, across the end of March
 * 2017) and in one that does not (Shanghai), read back by ical4j and by Python's icalendar, both placing every event
 * by the VTIMEZONE the calendar carries.
 */
class IcsWriterTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static EngagementSummary engagement(String title, LocalDateTime start, ZoneId zone,
            EngagementStatus status, int reschedulings) {
        Instant at = start.atZone(zone).toInstant();
        return new EngagementSummary(EngagementId.random(), MissionId.random(), ProgramId.random(),
                EngagementKind.WORKSHOP, title, "Palazzo", at, at.plus(Duration.ofMinutes(90)), zone, List.of(),
                List.of("life sciences"), status, List.of(), List.of(), null, List.of(), reschedulings,
                Instant.parse("2017-03-01T10:15:30.123Z"));
    }

    private static final List<EngagementSummary> ENGAGEMENTS = List.of(
            engagement("Before the switch", LocalDateTime.of(2017, 3, 20, 9, 0), ROME, EngagementStatus.SCHEDULED, 0),
            engagement("After the switch", LocalDateTime.of(2017, 4, 3, 9, 0), ROME, EngagementStatus.CANCELLED, 2),
            engagement("In Shanghai", LocalDateTime.of(2017, 5, 16, 9, 30), SHANGHAI, EngagementStatus.HELD, 0));

    private static IcsCalendar written() {
        var entries = new ArrayList<CalendarEntry>();
        ENGAGEMENTS.forEach(e -> entries.add(new CalendarEntry(e, "A mission", List.of("Fudan University (复旦大学)"))));
        return new IcsWriter().write("Test calendar", "test.ics", entries,
                new CalendarVersion("\"inputs\"", java.util.Optional.of(Instant.parse("2017-03-01T10:15:30Z"))));
    }

    @Test
    void ical4jPlacesEveryEventAtItsInstant() throws Exception {
        var calendar = new CalendarBuilder().build(new StringReader(written().text()));
        calendar.validate();
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(2);
        Map<String, VEvent> events = new HashMap<>();
        calendar.<VEvent>getComponents("VEVENT").forEach(e -> events.put(e.getUid().orElseThrow().getValue(), e));
        for (EngagementSummary engagement : ENGAGEMENTS) {
            var event = events.get(engagement.engagementId() + "@ponte");
            assertThat(Instant.from(event.getDateTimeStart().getDate())).as(engagement.title())
                    .isEqualTo(engagement.startsAt());
            assertThat(Instant.from(event.getDateTimeEnd().getDate())).isEqualTo(engagement.endsAt());
            assertThat(event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                    .isEqualTo(engagement.zone().getId());
            assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue())
                    .isEqualTo(String.valueOf(engagement.reschedulings()));
        }
    }

    @Test
    void pythonsIcalendarPlacesEveryEventByTheCalendarsOwnZones() {
        JsonNode read = PythonIcalendar.read(written().text());
        assertThat(read.path("zones").toString()).isEqualTo("[\"Asia/Shanghai\",\"Europe/Rome\"]");
        Map<String, JsonNode> events = new HashMap<>();
        read.path("events").forEach(e -> events.put(e.path("uid").asText(), e));
        for (EngagementSummary engagement : ENGAGEMENTS) {
            var event = events.get(engagement.engagementId() + "@ponte");
            assertThat(event.path("start").asText()).isEqualTo(engagement.venueStart().toLocalDateTime().toString()
                    + ":00");
            assertThat(event.path("startUtc").asText()).isEqualTo(engagement.startsAt().toString());
            assertThat(event.path("vtimezoneOffsetMinutes").asInt()).as(engagement.title())
                    .isEqualTo(engagement.venueStart().getOffset().getTotalSeconds() / 60);
            assertThat(event.path("lastModified").asText()).isEqualTo("2017-03-01T10:15:30Z");
        }
        assertThat(events.get(ENGAGEMENTS.get(1).engagementId() + "@ponte").path("status").asText())
                .isEqualTo("CANCELLED");
        assertThat(events.get(ENGAGEMENTS.get(2).engagementId() + "@ponte").path("description").asText())
                .contains("Fudan University (复旦大学)").contains("Themes: life sciences").contains("Held");
    }

    @Test
    void theSameRecordGivesTheSameTextAndCarriesItsInputsValidators() {
        assertThat(written().text()).isEqualTo(written().text());
        assertThat(written().etag()).isEqualTo("\"inputs\"");
        assertThat(written().lastModified()).contains(Instant.parse("2017-03-01T10:15:30Z"));
        assertThat(written().text()).doesNotContain("TZURL").contains("\r\n");
    }
}
