package app.ponte.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * VTIMEZONEs written from the JDK's zone rules, the rules Ponte turned every venue time into an instant with, so the
 * definition a calendar app reads gives back exactly the instants Ponte holds. Each covers the span of the
 * calendar's events in that zone (RFC 5545 allows a VTIMEZONE to leave out observances no event falls in): the
 * observance in force at the first start and every transition up to the last end, without recurrence rules or a
 * TZURL, so no reader has to expand a rule or fetch anything.
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
        var observances = new ComponentList<Observance>();
        ZoneOffsetTransition inForce = rules.previousTransition(from.plusSeconds(1));
        if (inForce == null) {
            ZoneOffset offset = rules.getOffset(from);
            observances = observances.add(observance(false, EPOCH, offset, offset, name(zone, from)));
        } else {
            observances = observances.add(observance(inForce, zone));
        }
        ZoneOffsetTransition next = rules.nextTransition(from);
        for (int count = 0; next != null && !next.getInstant().isAfter(to) && count < MOST_TRANSITIONS; count++) {
            observances = observances.add(observance(next, zone));
            next = rules.nextTransition(next.getInstant());
        }
        return new VTimeZone(new PropertyList(List.of(new TzId(zone.getId()))), observances);
    }

    private static Observance observance(ZoneOffsetTransition transition, ZoneId zone) {
        Instant at = transition.getInstant();
        return observance(zone.getRules().isDaylightSavings(at), transition.getDateTimeBefore(),
                transition.getOffsetBefore(), transition.getOffsetAfter(), name(zone, at));
    }

    private static Observance observance(boolean daylight, LocalDateTime start, ZoneOffset from, ZoneOffset to,
            String name) {
        var properties = new PropertyList(List.of(new DtStart<>(start), new TzOffsetFrom(from), new TzOffsetTo(to),
                new TzName(name)));
        return daylight ? new Daylight(properties) : new Standard(properties);
    }

    private static String name(ZoneId zone, Instant at) {
        return ABBREVIATION.format(at.atZone(zone));
    }
}
