package app.ponte.calendar;

import java.time.Instant;
import java.util.Optional;

/**
 * The validators of a calendar, taken from what it is built from rather than from its text: the caller's role and
 * programs, the missions listed, the change counters of their agendas and of the directory. They are read before the
 * calendar is, so a calendar built from newer data than its tag says is only sent again, never held back.
 */
public record CalendarVersion(String etag, Optional<Instant> lastModified) {}
