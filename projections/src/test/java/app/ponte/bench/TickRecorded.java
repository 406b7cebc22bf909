package app.ponte.bench;

/**
 * A tick was recorded. The note gives the payload the size of a typical Ponte event (a scheduled engagement with
 * its title, venue, times and counterparts), so that stored commits weigh what real ones do.
 */
record TickRecorded(String counterId, long tick, String note) implements CounterEvent {
}
