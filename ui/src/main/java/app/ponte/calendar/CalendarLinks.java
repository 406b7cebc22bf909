package app.ponte.calendar;

import app.ponte.privilege.CalendarLinkId;
import app.ponte.privilege.CreateCalendarLink;
import app.ponte.privilege.RevokeCalendarLink;
import app.ponte.privilege.UserId;
import app.ponte.security.ApiTokens;
import app.ponte.security.PrivilegeRecord;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Personal calendar links in the {@code calendar_links} collection, keyed by the SHA-256 of their token, as display
 * links are: a poll finds its link with one {@code _id} lookup, and a copy of the database hands out no working
 * link. A user holds at most one active link; creating one revokes the one before, so that a link pasted somewhere
 * it should not be is replaced by creating another.
 */
@Component
public class CalendarLinks {

    static final String COLLECTION = "calendar_links";
    static final String FEED_PATH = "api/v1/calendar-feeds/";
    private static final int TOKEN_BYTES = 32;
    private static final int LONGEST_TOKEN = 200;
    /* Calendar apps poll every few minutes: the last use is written at most this often, not on every poll. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final MongoCollection<Document> links;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private final PrivilegeRecord privileges;

    /** {@code privileges} records each link created and revoked, before its document is written; never its token. */
    CalendarLinks(MongoDatabase readModels, Clock clock, PrivilegeRecord privileges) {
        this.links = readModels.getCollection(COLLECTION);
        this.clock = clock;
        this.privileges = privileges;
        // Serves "the user's link" on a real MongoDB; the embedded server ignores non-unique indexes and scans.
        links.createIndex(Indexes.ascending("ownerUserId"));
    }

    /** Creates the user's link, revoking any link they held, and returns its token, which is not kept. */
    public IssuedCalendarLink create(String ownerUserId) {
        if (ownerUserId == null || ownerUserId.isBlank()) {
            throw new IllegalArgumentException("A calendar link needs its owner");
        }
        revokeAll(ownerUserId);
        var now = clock.instant();
        var bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var link = new CalendarLink(UUID.randomUUID().toString(), ownerUserId, now, Optional.empty(),
                Optional.empty());
        privileges.record(new CreateCalendarLink(CalendarLinkId.of(link.linkId()), UserId.of(ownerUserId)));
        links.insertOne(new Document("_id", ApiTokens.hash(token))
                .append("linkId", link.linkId())
                .append("ownerUserId", ownerUserId)
                .append("createdAt", Date.from(now))
                .append("revokedAt", null)
                .append("lastUsedAt", null));
        return new IssuedCalendarLink(link, token);
    }

    /** The active link behind a token; empty for an unknown or revoked one. */
    public Optional<CalendarLink> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > LONGEST_TOKEN) {
            return Optional.empty();
        }
        var found = links.find(Filters.eq("_id", ApiTokens.hash(token))).first();
        return Optional.ofNullable(found).map(CalendarLinks::link).filter(CalendarLink::active);
    }

    /** The user's active link, if they hold one (its token is not known any more). */
    public Optional<CalendarLink> activeOf(String ownerUserId) {
        var found = links.find(Filters.and(Filters.eq("ownerUserId", ownerUserId), Filters.eq("revokedAt", null)))
                .first();
        return Optional.ofNullable(found).map(CalendarLinks::link);
    }

    /** Revokes the user's link; revoking again, or revoking when there is none, changes nothing. */
    public void revokeAll(String ownerUserId) {
        var active = new java.util.ArrayList<String>();
        links.find(Filters.and(Filters.eq("ownerUserId", ownerUserId), Filters.eq("revokedAt", null)))
                .forEach(document -> active.add(document.getString("linkId")));
        for (var linkId : active) {
            privileges.record(new RevokeCalendarLink(CalendarLinkId.of(linkId), UserId.of(ownerUserId)));
        }
        links.updateMany(Filters.and(Filters.eq("ownerUserId", ownerUserId), Filters.eq("revokedAt", null)),
                Updates.set("revokedAt", Date.from(clock.instant())));
    }

    /** Notes that the link was polled, to the minute, so the owner sees that a calendar app still uses it. */
    void used(CalendarLink link) {
        var now = clock.instant();
        if (link.lastUsedAt().map(at -> at.plus(USE_RESOLUTION).isAfter(now)).orElse(false)) {
            return;
        }
        links.updateOne(Filters.eq("linkId", link.linkId()), Updates.set("lastUsedAt", Date.from(now)));
    }

    private static CalendarLink link(Document document) {
        return new CalendarLink(document.getString("linkId"), document.getString("ownerUserId"),
                document.getDate("createdAt").toInstant(),
                Optional.ofNullable(document.getDate("revokedAt")).map(Date::toInstant),
                Optional.ofNullable(document.getDate("lastUsedAt")).map(Date::toInstant));
    }
}
