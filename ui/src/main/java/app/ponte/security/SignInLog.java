package app.ponte.security;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** Every sign-in and every failed attempt, for administrators to review. */
public class SignInLog {

    /** One attempt; {@code outcome} is SIGNED_IN, BAD_CREDENTIALS, LOCKED, DISABLED or THROTTLED. */
    public record Attempt(Instant at, String username, String outcome, String remoteAddress) {}

    private final MongoCollection<Document> attempts;
    private final Clock clock;

    public SignInLog(MongoDatabase database, Clock clock) {
        this.attempts = database.getCollection("security_sign_ins");
        this.clock = clock;
    }

    public void record(String username, String outcome, String remoteAddress) {
        attempts.insertOne(new Document("at", Date.from(clock.instant()))
                .append("username", truncate(username))
                .append("outcome", outcome)
                .append("remoteAddress", truncate(remoteAddress)));
    }

    // Sorted here: the embedded server would scan to sort anyway.
    public List<Attempt> latest(int limit) {
        return attempts.find().map(d -> new Attempt(d.getDate("at").toInstant(), d.getString("username"),
                        d.getString("outcome"), d.getString("remoteAddress")))
                .into(new ArrayList<>()).stream()
                .sorted(Comparator.comparing(Attempt::at).reversed())
                .limit(limit)
                .toList();
    }

    public List<Attempt> of(String username) {
        return latest(Integer.MAX_VALUE).stream().filter(a -> a.username().equals(username)).toList();
    }

    // A hostile client may send a very long user name; the log keeps enough to recognise it.
    private static String truncate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 120 ? text.substring(0, 120) : text;
    }
}
