package app.ponte.bench;

/** The events of a benchmark counter. */
sealed interface CounterEvent permits CounterOpened, TickRecorded {

    String counterId();
}
