package app.ponte.live;

/** The update a live query receives: the read model behind {@code topic} changed, so ask the query again. */
public record ReadModelChanged(String topic) {}
