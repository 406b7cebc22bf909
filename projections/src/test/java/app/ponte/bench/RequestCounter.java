package app.ponte.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.bson.BsonDocument;
import org.bson.BsonValue;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * Counts the requests a client sends, by command and collection ("find events", "insert events"), so that the
 * benchmark can say where a command's round trips go. Counts do not depend on the machine's load; timings do.
 */
final class RequestCounter implements CommandListener {

    /* By command, then collection: counting runs on every request of the measured client, so it builds no key. */
    private final Map<String, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonDocument command = event.getCommand();
        // Most commands name their collection as the command's value; getMore names it in a field of its own.
        BsonValue target = command.containsKey("collection") ? command.get("collection")
                : command.get(event.getCommandName());
        String collection = target != null && target.isString() ? target.asString().getValue() : "";
        counts.computeIfAbsent(event.getCommandName(), name -> new ConcurrentHashMap<>())
                .computeIfAbsent(collection, name -> new LongAdder()).increment();
    }

    /** The counts so far, sorted by command. */
    Map<String, Long> counts() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((command, byCollection) -> byCollection.forEach((collection, count) ->
                copy.put(command + " " + collection, count.sum())));
        return copy;
    }

    /** What was sent between two {@link #counts()}, per unit of work (commands, events). */
    static String perUnit(Map<String, Long> before, Map<String, Long> after, long units) {
        StringBuilder text = new StringBuilder();
        double total = 0;
        for (Map.Entry<String, Long> entry : after.entrySet()) {
            double per = (entry.getValue() - before.getOrDefault(entry.getKey(), 0L)) / (double) units;
            if (per >= 0.005) {
                text.append(String.format(java.util.Locale.ROOT, "%s %.2f; ", entry.getKey(), per));
                total += per;
            }
        }
        return text.append(String.format(java.util.Locale.ROOT, "total %.2f", total)).toString();
    }
}
