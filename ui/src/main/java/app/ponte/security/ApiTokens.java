package app.ponte.security;

import app.ponte.program.ProgramId;
import app.ponte.shared.Source;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
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

    /** A token as listed: never its secret. */
    public record TokenInfo(String tokenId, String userId, String label, Role role, Set<ProgramId> programs,
            Instant issuedAt, boolean revoked) {}

    /** A newly issued token; {@code secret} is shown to the user once and cannot be recovered. */
    public record IssuedToken(TokenInfo info, String secret) {}

    private final MongoCollection<Document> tokens;
    private final UserDirectory users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiTokens(MongoDatabase database, UserDirectory users, Clock clock) {
        this.tokens = database.getCollection("security_api_tokens");
        this.users = users;
        this.clock = clock;
    }

    public IssuedToken issue(String userId, String label, Role role, Collection<ProgramId> programs) {
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
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        tokens.insertOne(new Document("_id", id)
                .append("hash", hash(secret))
                .append("userId", userId)
                .append("label", name)
                .append("role", role.name())
                .append("programs", scope.stream().map(ProgramId::toString).toList())
                .append("issuedAt", Date.from(now))
                .append("revoked", false));
        return new IssuedToken(new TokenInfo(id, userId, name, role, scope, now, false), secret);
    }

    public void revoke(String tokenId) {
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
        if (found == null || found.getBoolean("revoked", false)) {
            return Optional.empty();
        }
        var info = toInfo(found);
        return users.byId(info.userId())
                .filter(UserAccount::enabled)
                .filter(user -> !user.lockedAt(clock.instant()))
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

    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static TokenInfo toInfo(Document d) {
        return new TokenInfo(d.getString("_id"), d.getString("userId"), d.getString("label"),
                Role.valueOf(d.getString("role")),
                d.getList("programs", String.class, List.of()).stream().map(ProgramId::of)
                        .collect(Collectors.toSet()),
                d.getDate("issuedAt").toInstant(), d.getBoolean("revoked", false));
    }
}
