package app.ponte.security;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;

/**
 * Sign-ins and refused attempts, for administrators to review and for the throttle to count. Attempts are counted,
 * not stored one by one: one document per time bucket, outcome, user name and address, so a flood of refused
 * attempts from one client adds a count, not a document each. The log is bounded: buckets older than
 * {@link #KEEP} and, beyond {@link #MAX_ROWS} documents, the oldest ones are pruned.
 */
public class SignInLog {

    /** How long one counter document counts for; also the window of wrong passwords the throttle looks at. */
    public static final Duration BUCKET = Duration.ofMinutes(15);
    public static final Duration KEEP = Duration.ofDays(90);
    public static final int MAX_ROWS = 2_000;
    /** Pruning reads the whole (bounded) log, so it runs once per so many new documents, not on every attempt. */
    private static final int PRUNE_EVERY = 100;
    /** The name recorded for attempts whose user name is attacker's choice: unknown users, throttled attempts. */
    public static final String ANYONE = "";

    /**
     * Attempts of one outcome, by one user name from one address, within one bucket; {@code outcome} is SIGNED_IN,
     * BAD_CREDENTIALS, DISABLED or THROTTLED.
     *
     * @param at the latest of them
     * @param first the earliest of them
     */
    public record Attempt(Instant at, String username, String outcome, String remoteAddress, long count,
            Instant first) {}

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> attempts;
    private final Clock clock;
    private final AtomicLong created = new AtomicLong();

    public SignInLog(MongoDatabase database, Clock clock) {
        this.attempts = database.getCollection("security_sign_ins");
        this.clock = clock;
        // Rows of the earlier format, one per attempt and never pruned, are what filled disks: they are dropped.
        attempts.deleteMany(Filters.exists("bucket", false));
    }

    public void record(String username, String outcome, String remoteAddress) {
        Instant now = clock.instant();
        long bucket = bucketOf(now);
        String user = truncate(username);
        String address = truncate(remoteAddress);
        var result = attempts.updateOne(Filters.eq("_id", id(bucket, outcome, user, address)), Updates.combine(
                Updates.setOnInsert("bucket", bucket),
                Updates.setOnInsert("first", Date.from(now)),
                Updates.setOnInsert("username", user),
                Updates.setOnInsert("outcome", outcome),
                Updates.setOnInsert("remoteAddress", address),
                Updates.set("at", Date.from(now)),
                Updates.inc("count", 1L)), UPSERT);
        if (result.getUpsertedId() != null && created.incrementAndGet() % PRUNE_EVERY == 0) {
            prune();
        }
    }

    /**
     * Wrong passwords for {@code username} from {@code remoteAddress} in this bucket and the one before, read by
     * their counters' ids (equality lookups, indexed on every store).
     */
    public long failures(String username, String remoteAddress) {
        long bucket = bucketOf(clock.instant());
        String user = truncate(username);
        String address = truncate(remoteAddress);
        long total = 0;
        for (var found : attempts.find(Filters.in("_id", id(bucket, "BAD_CREDENTIALS", user, address),
                id(bucket - 1, "BAD_CREDENTIALS", user, address)))) {
            total += found.get("count", Number.class).longValue();
        }
        return total;
    }

    /** How many counter documents the log holds (at most about {@link #MAX_ROWS}). */
    public long size() {
        return attempts.countDocuments();
    }

    /** A page of the log, latest first. The log is bounded, so sorting it here costs little. */
    public List<Attempt> page(int offset, int limit) {
        return all().stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
    }

    public List<Attempt> latest(int limit) {
        return page(0, limit);
    }

    public List<Attempt> of(String username) {
        return attempts.find(Filters.eq("username", truncate(username))).map(SignInLog::toAttempt)
                .into(new ArrayList<>()).stream()
                .sorted(Comparator.comparing(Attempt::at).reversed())
                .toList();
    }

    // Sorted here: the embedded server would scan to sort anyway.
    private List<Attempt> all() {
        return attempts.find().map(SignInLog::toAttempt).into(new ArrayList<>()).stream()
                .sorted(Comparator.comparing(Attempt::at).reversed())
                .toList();
    }

    /** Drops buckets past {@link #KEEP}, then the oldest buckets until at most {@link #MAX_ROWS} documents remain. */
    void prune() {
        long now = bucketOf(clock.instant());
        attempts.deleteMany(Filters.lt("bucket", now - KEEP.toMillis() / BUCKET.toMillis()));
        long count = attempts.countDocuments();
        if (count <= MAX_ROWS) {
            return;
        }
        var buckets = attempts.find().projection(Projections.include("bucket"))
                .map(d -> d.get("bucket", Number.class).longValue()).into(new ArrayList<>());
        buckets.sort(Comparator.reverseOrder());
        // Keeps whole buckets, newest first; the current bucket always stays, however full.
        long cutoff = buckets.get(Math.min(MAX_ROWS, buckets.size()) - 1);
        attempts.deleteMany(Filters.lt("bucket", Math.min(cutoff, now)));
        if (attempts.countDocuments() > MAX_ROWS) {
            // Still too many within the latest buckets: a flood from many addresses. Its one-off refusals go first.
            attempts.deleteMany(Filters.and(Filters.eq("count", 1L), Filters.ne("outcome", "SIGNED_IN")));
        }
    }

    private static long bucketOf(Instant at) {
        return at.toEpochMilli() / BUCKET.toMillis();
    }

    private static String id(long bucket, String outcome, String username, String address) {
        return bucket + "|" + outcome + "|" + address + "|" + username;
    }

    private static Attempt toAttempt(Document d) {
        Date first = d.getDate("first");
        return new Attempt(d.getDate("at").toInstant(), d.getString("username"), d.getString("outcome"),
                d.getString("remoteAddress"), d.get("count", Number.class).longValue(),
                first == null ? d.getDate("at").toInstant() : first.toInstant());
    }

    // A hostile client may send a very long user name; the log keeps enough to recognise it.
    private static String truncate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 120 ? text.substring(0, 120) : text;
    }
}
