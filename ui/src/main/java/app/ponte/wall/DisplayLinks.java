package app.ponte.wall;

import app.ponte.privilege.CreateDisplayLink;
import app.ponte.privilege.DisplayLinkId;
import app.ponte.privilege.RevokeDisplayLink;
import app.ponte.program.ProgramId;
import app.ponte.security.Digests;
import app.ponte.security.PrivilegeRecord;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Display links in the {@code display_links} collection, keyed by the SHA-256 of their token: a screen's token is
 * found with one indexed {@code _id} lookup, and a copy of the database hands out no working link.
 */
@Component
public class DisplayLinks {

    static final String COLLECTION = "display_links";
    static final Duration DEFAULT_ROTATION = Duration.ofSeconds(15);
    static final Duration SHORTEST_ROTATION = Duration.ofSeconds(3);
    static final Duration LONGEST_ROTATION = Duration.ofMinutes(10);
    private static final int NAME_LENGTH = 80;
    private static final int TOKEN_BYTES = 32;

    private final MongoCollection<Document> links;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private final PrivilegeRecord privileges;

    /** {@code privileges} records each link created and revoked, before its document is written; never its token. */
    DisplayLinks(MongoDatabase readModels, Clock clock, PrivilegeRecord privileges) {
        this.links = readModels.getCollection(COLLECTION);
        this.clock = clock;
        this.privileges = privileges;
    }

    /**
     * Creates a link and returns its token, which is not kept.
     *
     * @param program the one program shown, or {@code null} for every program
     * @param expiresAt when the link stops working, or {@code null} for never
     * @param rotation how long each panel stays, or {@code null} for the default
     * @throws InvalidDisplayLink when a field breaks its rule
     */
    public IssuedLink create(String name, ProgramId program, Instant expiresAt, Duration rotation) {
        var now = clock.instant();
        var trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidDisplayLink("name", "is required, so the link can be told apart in the list");
        }
        if (trimmed.length() > NAME_LENGTH) {
            throw new InvalidDisplayLink("name", "must be at most " + NAME_LENGTH + " characters");
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidDisplayLink("expiresAt", "must be in the future");
        }
        var every = rotation == null ? DEFAULT_ROTATION : rotation;
        if (every.compareTo(SHORTEST_ROTATION) < 0 || every.compareTo(LONGEST_ROTATION) > 0) {
            throw new InvalidDisplayLink("rotation", "must be between " + SHORTEST_ROTATION.toSeconds() + " and "
                    + LONGEST_ROTATION.toSeconds() + " seconds");
        }
        var bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var link = new DisplayLink(UUID.randomUUID().toString(), trimmed, Optional.ofNullable(program), every, now,
                Optional.ofNullable(expiresAt), Optional.empty());
        privileges.record(new CreateDisplayLink(DisplayLinkId.of(link.linkId()), trimmed, program, expiresAt,
                every.toSeconds()));
        links.insertOne(new Document("_id", hash(token))
                .append("linkId", link.linkId())
                .append("name", link.name())
                .append("program", program == null ? null : program.toString())
                .append("rotationSeconds", every.toSeconds())
                .append("createdAt", Date.from(now))
                .append("expiresAt", expiresAt == null ? null : Date.from(expiresAt))
                .append("revokedAt", null));
        return new IssuedLink(link, token);
    }

    /** The link behind a token if it still works now; empty for an unknown, revoked or expired token. */
    public Optional<DisplayLink> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        var found = links.find(Filters.eq("_id", hash(token))).first();
        return Optional.ofNullable(found).map(DisplayLinks::link).filter(l -> l.validAt(clock.instant()));
    }

    /** Every link, newest first; the collection holds a handful of small documents. */
    public List<DisplayLink> list() {
        var all = new ArrayList<DisplayLink>();
        links.find().forEach(document -> all.add(link(document)));
        all.sort(Comparator.comparing(DisplayLink::createdAt).reversed().thenComparing(DisplayLink::linkId));
        return all;
    }

    /** Revokes a link; revoking it again changes nothing. */
    public void revoke(String linkId) {
        if (links.find(Filters.eq("linkId", linkId)).first() == null) {
            return;
        }
        privileges.record(new RevokeDisplayLink(DisplayLinkId.of(linkId)));
        links.updateOne(Filters.and(Filters.eq("linkId", linkId), Filters.eq("revokedAt", null)),
                Updates.set("revokedAt", Date.from(clock.instant())));
    }

    Instant now() {
        return clock.instant();
    }

    private static DisplayLink link(Document document) {
        var program = document.getString("program");
        return new DisplayLink(document.getString("linkId"), document.getString("name"),
                Optional.ofNullable(program).map(ProgramId::of),
                Duration.ofSeconds(((Number) document.get("rotationSeconds")).longValue()),
                document.getDate("createdAt").toInstant(),
                Optional.ofNullable(document.getDate("expiresAt")).map(Date::toInstant),
                Optional.ofNullable(document.getDate("revokedAt")).map(Date::toInstant));
    }

    static String hash(String token) {
        return Digests.sha256Hex(token);
    }
}
