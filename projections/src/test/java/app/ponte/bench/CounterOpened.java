package app.ponte.bench;

/** A benchmark counter was opened. */
record CounterOpened(String counterId, String label) implements CounterEvent {
}
