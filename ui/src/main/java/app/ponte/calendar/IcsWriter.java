package app.ponte.calendar;

import app.ponte.agenda.EngagementStatus;
import app.ponte.agenda.EngagementSummary;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes engagements as an RFC 5545 calendar with ical4j. Each VEVENT's UID is its engagement's id, so a calendar
 * app recognises it in every later poll and in every other Ponte calendar it appears in; start and end are the
 * venue's wall-clock time with the venue zone's TZID and a VTIMEZONE for that zone written from the JDK's rules
 * ({@link VenueZones}). The wall-clock time is worked out with the JDK's rules too and handed to ical4j as a local
 * time, so that ical4j never converts it with zone rules of its own.
 *
 * <p>The text depends only on the record (DTSTAMP is the last change, as RFC 5545 allows for a calendar without a
 * METHOD), so the same inputs give the same text; the entity tag is taken from those inputs ({@link
 * CalendarVersion}), so that answering "unchanged" needs no text at all.
 */
final class IcsWriter {

    static final String PRODUCT = "-//Ponte//Calendars 1.0//EN";
    static final String UID_DOMAIN = "@ponte";
    private static final DateTimeFormatter VENUE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    IcsCalendar write(String name, String fileName, List<CalendarEntry> entries, CalendarVersion version) {
        var sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((CalendarEntry e) -> e.engagement().startsAt())
                .thenComparing(e -> e.engagement().engagementId().toString()));
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        Map<ZoneId, Instant[]> spans = new TreeMap<>(Comparator.comparing(ZoneId::getId));
        for (CalendarEntry entry : sorted) {
            var engagement = entry.engagement();
            var span = spans.computeIfAbsent(engagement.zone(),
                    zone -> new Instant[] {engagement.startsAt(), engagement.endsAt()});
            span[0] = span[0].isBefore(engagement.startsAt()) ? span[0] : engagement.startsAt();
            span[1] = span[1].isAfter(engagement.endsAt()) ? span[1] : engagement.endsAt();
        }
        spans.forEach((zone, span) -> calendar.add(VenueZones.vtimezone(zone, span[0], span[1])));
        for (CalendarEntry entry : sorted) {
            calendar.add(event(entry));
        }
        var text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The validators come with the inputs, taken before they were read (see CalendarFeeds), not from this text.
        return new IcsCalendar(text.toString(), version.etag(), version.lastModified(), fileName);
    }

    private static VEvent event(CalendarEntry entry) {
        EngagementSummary engagement = entry.engagement();
        var event = new VEvent(false);
        event.add(new Uid(engagement.engagementId() + UID_DOMAIN));
        Instant changed = engagement.lastModified();
        event.add(new DtStamp(Objects.requireNonNullElse(changed, Instant.EPOCH).truncatedTo(ChronoUnit.SECONDS)));
        var start = new DtStart<>(wallClock(engagement.startsAt(), engagement.zone()));
        start.add(new TzId(engagement.zone().getId()));
        var end = new DtEnd<>(wallClock(engagement.endsAt(), engagement.zone()));
        end.add(new TzId(engagement.zone().getId()));
        event.add(start);
        event.add(end);
        event.add(new Summary(engagement.title()));
        if (engagement.venue() != null && !engagement.venue().isBlank()) {
            event.add(new Location(engagement.venue()));
        }
        event.add(new Description(description(entry)));
        if (!engagement.themes().isEmpty()) {
            event.add(new Categories(new TextList(engagement.themes())));
        }
        event.add(new Sequence(engagement.reschedulings()));
        if (changed != null) {
            event.add(new LastModified(changed.truncatedTo(ChronoUnit.SECONDS)));
        }
        event.add(engagement.status() == EngagementStatus.CANCELLED
                ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    private static LocalDateTime wallClock(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String description(CalendarEntry entry) {
        var engagement = entry.engagement();
        var lines = new ArrayList<String>();
        lines.add(kind(engagement) + (entry.missionTitle() == null ? "" : " · " + entry.missionTitle()));
        if (!entry.counterparts().isEmpty()) {
            lines.add("Counterparts: " + String.join(", ", entry.counterparts()));
        }
        if (!engagement.themes().isEmpty()) {
            lines.add("Themes: " + String.join(", ", engagement.themes()));
        }
        if (engagement.status() == EngagementStatus.CANCELLED) {
            lines.add("Cancelled");
        } else if (engagement.status() == EngagementStatus.HELD) {
            lines.add("Held");
        }
        lines.add("Venue time: " + VENUE_TIME.format(wallClock(engagement.startsAt(), engagement.zone())) + "–"
                + VENUE_TIME.format(wallClock(engagement.endsAt(), engagement.zone())) + " (" + engagement.zone().getId()
                + ", UTC" + offset(engagement.startsAt().atZone(engagement.zone()).getOffset()) + ")");
        return String.join("\n", lines);
    }

    private static String offset(ZoneOffset offset) {
        return offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId();
    }

    private static String kind(EngagementSummary engagement) {
        String name = engagement.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

}
