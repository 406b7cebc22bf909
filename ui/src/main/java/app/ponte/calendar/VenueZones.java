package app.ponte.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * VTIMEZONEs written from the JDK's zone rules, the rules Ponte turned every venue time into an instant with, so the
 * definition a calendar app reads gives back exactly the instants Ponte holds. Each covers the span of the
 * calendar's events in that zone (RFC 5545 allows a VTIMEZONE to leave out observances no event falls in): the
 * observance in force at the first start and every transition up to the last end, each onset listed as a date
 * (DTSTART, and every onset again as an RDATE) rather than as a recurrence rule, and no TZURL, so no reader has to
 * expand a rule or fetch anything. The onsets are repeated as RDATEs, the first one included, because ical4j 4.2.3
 * builds its zone rules from RRULEs and RDATEs only and would skip an onset given as a DTSTART alone; RFC 5545
 * counts a date in both once.
 *
 * <p>Why not ical4j's bundled definitions: they come from tzurl.org's data, whose version need not be the JDK's, and
 * their historic recurrence rules are misread both by ical4j 4.2.3 itself (it takes Asia/Shanghai to be on summer
 * time in May 2017, an hour off) and by Debian's Python icalendar (it refuses their UNTIL values).
 */
final class VenueZones {

    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);
    private static final int MOST_TRANSITIONS = 400;

    private VenueZones() {
    }

    static VTimeZone vtimezone(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        // Onsets grouped by what they change to, in order of their first onset: one STANDARD or DAYLIGHT each.
        Map<Kind, List<LocalDateTime>> onsets = new LinkedHashMap<>();
        ZoneOffsetTransition inForce = rules.previousTransition(from.plusSeconds(1));
        if (inForce == null) {
            ZoneOffset offset = rules.getOffset(from);
            onsets.computeIfAbsent(new Kind(rules.isDaylightSavings(from), offset, offset, name(zone, from)),
                    kind -> new ArrayList<>()).add(EPOCH);
        } else {
            add(onsets, inForce, zone);
        }
        ZoneOffsetTransition next = rules.nextTransition(from);
        for (int count = 0; next != null && !next.getInstant().isAfter(to) && count < MOST_TRANSITIONS; count++) {
            add(onsets, next, zone);
            next = rules.nextTransition(next.getInstant());
        }
        var observances = new ComponentList<Observance>();
        for (var group : onsets.entrySet()) {
            observances = observances.add(observance(group.getKey(), group.getValue()));
        }
        return new VTimeZone(new PropertyList(List.of(new TzId(zone.getId()))), observances);
    }

    private static void add(Map<Kind, List<LocalDateTime>> onsets, ZoneOffsetTransition transition, ZoneId zone) {
        Instant at = transition.getInstant();
        var kind = new Kind(zone.getRules().isDaylightSavings(at), transition.getOffsetBefore(),
                transition.getOffsetAfter(), name(zone, at));
        onsets.computeIfAbsent(kind, k -> new ArrayList<>()).add(transition.getDateTimeBefore());
    }

    private static Observance observance(Kind kind, List<LocalDateTime> onsets) {
        var properties = new PropertyList(List.of(new DtStart<>(onsets.get(0)), new RDate<>(new DateList<>(onsets)),
                new TzOffsetFrom(kind.from()), new TzOffsetTo(kind.to()), new TzName(kind.name())));
        return kind.daylight() ? new Daylight(properties) : new Standard(properties);
    }

    /** What an onset changes to: summer time or not, the offsets before and after, the zone's abbreviation. */
    private record Kind(boolean daylight, ZoneOffset from, ZoneOffset to, String name) {}

    private static String name(ZoneId zone, Instant at) {
        return ABBREVIATION.format(at.atZone(zone));
    }
}
