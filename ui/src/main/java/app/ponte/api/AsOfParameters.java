package app.ponte.api;

import app.ponte.security.AccessDenied;
import app.ponte.security.CurrentCaller;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The two axes of "as of" a read can be asked on, read from its query parameters: {@code asOf}, recording time
 * ("as recorded": what the record said at that moment, corrections entered later left out), and {@code happenedBy},
 * business time ("as happened": what today's record says had taken place by the end of that day, whenever it was
 * entered). At most one is given; the answer names its axis in the {@code Ponte-Axis} header, so that a past view
 * is never mistaken for the live one.
 */
record AsOfParameters(Instant asOf, LocalDate happenedBy) {

    static final String AS_OF = "asOf";
    static final String HAPPENED_BY = "happenedBy";
    static final String AXIS_HEADER = "Ponte-Axis";
    static final String AS_OF_HEADER = "Ponte-As-Of";
    static final String HAPPENED_BY_HEADER = "Ponte-Happened-By";
    static final String EVENTS_HEADER = "Ponte-Events";
    static final String AS_RECORDED = "as-recorded";
    static final String AS_HAPPENED = "as-happened";

    private static final String INSTANT_RULE =
            "must be an instant (2019-03-30T12:00:00Z, or with an offset: 2019-03-30T14:00:00+02:00) or a UTC day "
                    + "(2019-03-30, meaning the end of that day)";

    static AsOfParameters read(String asOf, String happenedBy, Clock clock) {
        var at = instant(asOf);
        var day = day(happenedBy);
        if (at != null && day != null) {
            throw new InvalidParameter(HAPPENED_BY, "cannot be combined with asOf: ask for one axis at a time");
        }
        if (at != null && at.isAfter(clock.instant())) {
            throw new InvalidParameter(AS_OF, "must not be in the future");
        }
        return new AsOfParameters(at, day);
    }

    boolean live() {
        return asOf == null && happenedBy == null;
    }

    boolean asRecorded() {
        return asOf != null;
    }

    /**
     * Reading the record as it stood in the past is part of the audit: the same roles as the audit screen's "as
     * of" (refused with 403 here, before the scoped gateway would turn the refusal into a 404).
     */
    void mayReadAsRecorded(CurrentCaller callers) {
        if (asRecorded() && !callers.current().orElseThrow().role().audits()) {
            throw new AccessDenied("Only administrators and cluster managers may read the record as of a past "
                    + "moment (asOf); happenedBy is open to every reader");
        }
    }

    void labelAsRecorded(HttpServletResponse response, long events) {
        response.setHeader(AXIS_HEADER, AS_RECORDED);
        response.setHeader(AS_OF_HEADER, asOf.toString());
        response.setHeader(EVENTS_HEADER, Long.toString(events));
    }

    void labelAsHappened(HttpServletResponse response) {
        response.setHeader(AXIS_HEADER, AS_HAPPENED);
        response.setHeader(HAPPENED_BY_HEADER, happenedBy.toString());
    }

    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        var value = text.strip();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(AS_OF, INSTANT_RULE);
        }
    }

    static LocalDate day(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(HAPPENED_BY, "must be a business day (2019-03-30)");
        }
    }
}
