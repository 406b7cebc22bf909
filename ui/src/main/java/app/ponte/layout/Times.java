package app.ponte.layout;

import com.vaadin.flow.component.UI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The one way every screen writes a date or a time: ISO dates in English ({@code 2017-05-16}), {@code 16/05/2017}
 * in Italian, as the date pickers take them, and times on the 24-hour clock in both. It also finds the viewer's
 * time zone, which the screens that show a second, viewer's-time column ask the browser for.
 */
public final class Times {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter seconds;

    private Times(Locale locale) {
        date = DateTimeFormatter.ofPattern(DatePickers.dateFormat(locale), Locale.ROOT);
        time = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
        seconds = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    }

    /** The formats for the screen's language; any language but Italian writes as English does. */
    public static Times of(Locale locale) {
        return new Times(locale);
    }

    /** {@code 2017-05-16}, or {@code 16/05/2017} in Italian. */
    public String date(TemporalAccessor day) {
        return day == null ? "" : date.format(day);
    }

    /** {@code 14:30}. */
    public String time(TemporalAccessor moment) {
        return moment == null ? "" : time.format(moment);
    }

    /** {@code 2017-05-16 14:30}. */
    public String dateTime(TemporalAccessor moment) {
        return moment == null ? "" : date.format(moment) + " " + time.format(moment);
    }

    /** {@code 2017-05-16 14:30:05}, for records where the second matters (sign-ins, the audit). */
    public String dateTimeSeconds(TemporalAccessor moment) {
        return moment == null ? "" : date.format(moment) + " " + seconds.format(moment);
    }

    /** {@code 2017-05-15 – 2017-05-20}. */
    public String dates(LocalDate first, LocalDate last) {
        return date(first) + " – " + date(last);
    }

    /** {@code 2017-05-16 09:00–10:30}, or both days written out when it ends on another day. */
    public String span(ZonedDateTime start, ZonedDateTime end) {
        var endText = end.toLocalDate().equals(start.toLocalDate()) ? time(end) : dateTime(end);
        return dateTime(start) + "–" + endText;
    }

    /** {@code 09:00–10:30}, for an agenda already grouped by day. */
    public String hours(TemporalAccessor start, TemporalAccessor end) {
        return time(start) + "–" + time(end);
    }

    /**
     * Asks the browser for its time zone and hands it over once known; a zone Java does not know, or none, is UTC.
     * Until then a screen shows the viewer's time in UTC.
     */
    public static void viewerZone(UI ui, Consumer<ZoneId> then) {
        ui.getPage().retrieveExtendedClientDetails(details -> then.accept(zone(details.getTimeZoneId())));
    }

    /** The zone of the given id, or UTC when there is none or Java does not know it. */
    public static ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? UTC : ZoneId.of(id);
        } catch (DateTimeException unknownToJava) {
            return UTC;
        }
    }
}
