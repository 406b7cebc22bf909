package app.ponte.calendar;

/** A calendar link just created, with its token: the only moment the token exists outside the calendar app. */
public record IssuedCalendarLink(CalendarLink link, String token) {

    /** The feed's path, relative to the application's root. */
    public String path() {
        return CalendarLinks.FEED_PATH + token + ".ics";
    }

    @Override
    public String toString() {
        // Records print every component; the token opens the calendar and must never reach a log.
        return "IssuedCalendarLink[" + link + "]";
    }
}
