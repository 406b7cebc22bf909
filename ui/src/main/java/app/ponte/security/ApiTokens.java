package app.ponte.security;

import app.ponte.privilege.ApiTokenId;
import app.ponte.privilege.IssueApiToken;
import app.ponte.privilege.RevokeApiToken;
import app.ponte.privilege.UserId;
import app.ponte.program.ProgramId;
import app.ponte.shared.Source;
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
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * Personal API tokens. A token is 256 random bits shown once when issued; only its SHA-256 is stored, which is
 * enough for a secret with that much entropy (no slow hash needed). A token acts for its user, in a role and over
 * programs no wider than the user's own at the moment of use, so demoting a user narrows their tokens too.
 */
public class ApiTokens {

    public static final String PREFIX = "ponte_";
    private static final int LABEL_MAX = 100;
    /** How long a new token lasts unless its issuer says otherwise ({@code ponte.api.token-days}). */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    /** The most tokens a user may hold at once, revoked and expired ones aside ({@code ponte.api.tokens-per-user}). */
    public static final int DEFAULT_CAP = 20;
    /** A token's last use is written at most this often, so an API call does not cost a write each. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /**
     * A token as listed: never its secret.
     *
     * @param expiresAt when it stops working; null for a token without expiry (issued before expiry existed)
     * @param lastUsedAt when it was last presented, to the minute; null when never
     */
    public record TokenInfo(String tokenId, String userId, String label, Role role, Set<ProgramId> programs,
            Instant issuedAt, boolean revoked, Instant expiresAt, Instant lastUsedAt) {

        public boolean activeAt(Instant now) {
            return !revoked && (expiresAt == null || now.isBefore(expiresAt));
        }
    }

    /** A newly issued token; {@code secret} is shown to the user once and cannot be recovered. */
    public record IssuedToken(TokenInfo info, String secret) {

        @Override
        public String toString() {
            // Records print every component; the secret must never reach a log.
            return "IssuedToken[" + info + "]";
        }
    }

    private final MongoCollection<Document> tokens;
    private final UserDirectory users;
    private final Clock clock;
    private final Duration lifetime;
    private final int cap;
    private final SecureRandom random = new SecureRandom();
    private final PrivilegeRecord privileges;

    public ApiTokens(MongoDatabase database, UserDirectory users, Clock clock, PrivilegeRecord privileges) {
        this(database, users, clock, DEFAULT_LIFETIME, DEFAULT_CAP, privileges);
    }

    /** {@code privileges} records every issue and revocation, by id, label, role, programs and expiry only. */
    public ApiTokens(MongoDatabase database, UserDirectory users, Clock clock, Duration lifetime, int cap,
            PrivilegeRecord privileges) {
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("ponte.api.token-days must be at least 1");
        }
        if (cap < 1) {
            throw new IllegalArgumentException("ponte.api.tokens-per-user must be at least 1");
        }
        this.tokens = database.getCollection("security_api_tokens");
        this.users = users;
        this.clock = clock;
        this.lifetime = lifetime;
        this.cap = cap;
        this.privileges = privileges;
    }

    /** Issues a token that expires after the default lifetime. */
    public IssuedToken issue(String userId, String label, Role role, Collection<ProgramId> programs) {
        return issue(userId, label, role, programs, null);
    }

    /**
     * Issues a token; {@code expiresAt} null means the default lifetime from now, and it may be no later than that:
     * a token that never expires cannot be asked for.
     */
    public IssuedToken issue(String userId, String label, Role role, Collection<ProgramId> programs,
            Instant expiresAt) {
        var user = users.byId(userId).orElseThrow(() -> new UnknownRecord("There is no user " + userId));
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > LABEL_MAX) {
            throw new InvalidAccountInput("label", "must be 1 to " + LABEL_MAX + " characters long");
        }
        if (role == null || !user.role().delegable().contains(role)) {
            throw new InvalidAccountInput("role", "must be one of " + user.role().delegable() + " for this user");
        }
        Set<ProgramId> scope = programs == null ? Set.of() : Set.copyOf(programs);
        if (!user.role().seesEveryProgram() && !user.programs().containsAll(scope)) {
            throw new InvalidAccountInput("programs", "must be programs the user is a member of");
        }
        Instant now = clock.instant();
        Instant expiry = expiresAt == null ? now.plus(lifetime) : expiresAt;
        if (!expiry.isAfter(now) || expiry.isAfter(now.plus(lifetime))) {
            throw new InvalidAccountInput("expiresAt", "must be in the future and at most " + lifetime.toDays()
                    + " days away");
        }
        long active = of(userId).stream().filter(token -> token.activeAt(now)).count();
        if (active >= cap) {
            throw new InvalidAccountInput("tokens", "a user may hold at most " + cap
                    + " active tokens; revoke one first");
        }
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        String id = UUID.randomUUID().toString();
        // The event first, so the token works only once its issue is on the record; it never holds the secret.
        privileges.record(new IssueApiToken(ApiTokenId.of(id), UserId.of(userId), name, role.name(),
                List.copyOf(scope), expiry));
        tokens.insertOne(new Document("_id", id)
                .append("hash", hash(secret))
                .append("userId", userId)
                .append("label", name)
                .append("role", role.name())
                .append("programs", scope.stream().map(ProgramId::toString).toList())
                .append("issuedAt", Date.from(now))
                .append("expiresAt", Date.from(expiry))
                .append("revoked", false));
        return new IssuedToken(new TokenInfo(id, userId, name, role, scope, now, false, expiry, null), secret);
    }

    /** Revokes a token; an unknown token changes nothing, and revoking it again records nothing new. */
    public void revoke(String tokenId) {
        var token = byId(tokenId);
        if (token.isEmpty()) {
            return;
        }
        privileges.record(new RevokeApiToken(ApiTokenId.of(tokenId), UserId.of(token.get().userId())));
        tokens.updateOne(Filters.eq("_id", tokenId), Updates.set("revoked", true));
    }

    public Optional<TokenInfo> byId(String tokenId) {
        return Optional.ofNullable(tokens.find(Filters.eq("_id", tokenId)).first()).map(ApiTokens::toInfo);
    }

    public List<TokenInfo> of(String userId) {
        return tokens.find(Filters.eq("userId", userId)).map(ApiTokens::toInfo).into(new ArrayList<>());
    }

    /**
     * The caller a presented secret stands for, or empty when it is unknown, revoked, or its user is disabled. The
     * hash is looked up by equality, so no secret comparison happens in Java at all.
     */
    public Optional<Authenticated> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        var found = tokens.find(Filters.eq("hash", hash(secret))).first();
        Instant now = clock.instant();
        if (found == null || !toInfo(found).activeAt(now)) {
            return Optional.empty();
        }
        var info = toInfo(found);
        if (info.lastUsedAt() == null || info.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
            tokens.updateOne(Filters.eq("_id", info.tokenId()), Updates.set("lastUsedAt", Date.from(now)));
        }
        return users.byId(info.userId())
                // Wrong passwords at the sign-in form never refuse a token: they slow that form, from that address.
                .filter(UserAccount::enabled)
                .map(user -> new Authenticated(info, narrowed(info, user)));
    }

    /** A token that authenticated, and the caller it acts as now. */
    public record Authenticated(TokenInfo token, Caller caller) {}

    private static Caller narrowed(TokenInfo token, UserAccount user) {
        Role role = user.role().delegable().contains(token.role()) ? token.role() : Role.VIEWER;
        if (user.role().seesEveryProgram() && role.seesEveryProgram() && token.programs().isEmpty()) {
            return new Caller(user.userId(), user.username(), role, Set.of(), true, Source.API);
        }
        Set<ProgramId> programs = new HashSet<>(token.programs().isEmpty() ? user.programs() : token.programs());
        if (!user.role().seesEveryProgram()) {
            programs.retainAll(user.programs());
        }
        return new Caller(user.userId(), user.username(), role, programs, false, Source.API);
    }

    /** The SHA-256 of a secret in hex: how tokens and calendar links are stored, never the secret itself. */
    public static String hash(String secret) {
        return Digests.sha256Hex(secret);
    }

    private static TokenInfo toInfo(Document d) {
        return new TokenInfo(d.getString("_id"), d.getString("userId"), d.getString("label"),
                Role.valueOf(d.getString("role")),
                d.getList("programs", String.class, List.of()).stream().map(ProgramId::of)
                        .collect(Collectors.toSet()),
                d.getDate("issuedAt").toInstant(), d.getBoolean("revoked", false), instant(d.getDate("expiresAt")),
                instant(d.getDate("lastUsedAt")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
