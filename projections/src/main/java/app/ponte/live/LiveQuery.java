package app.ponte.live;

/** A query whose subscribers want {@link ReadModelChanged} updates for the topics it concerns. */
public interface LiveQuery {

    boolean concerns(String topic);
}
