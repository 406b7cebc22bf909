package app.ponte.dashboard;

import java.time.Instant;

/** One line of the activity feed: what happened ({@code what} names the event), to what, and when. */
public record Activity(String id, Instant at, String what, String title) {}
