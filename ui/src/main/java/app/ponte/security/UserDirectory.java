package app.ponte.security;

import app.ponte.privilege.ChangeUserAccess;
import app.ponte.privilege.CreateUser;
import app.ponte.privilege.DisableUser;
import app.ponte.privilege.EnableUser;
import app.ponte.privilege.RemoveUser;
import app.ponte.privilege.UserId;
import app.ponte.program.ProgramId;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Users, their roles and program memberships, as MongoDB documents: the fast look-up every request reads. Each change
 * of access is recorded first as an event ({@link PrivilegeRecord}: created, role or programs changed, disabled,
 * enabled, removed), and the document is written only once the event is stored, so the audit never misses a change
 * the documents hold. Should the document write fail after the event, the same change sent again records nothing
 * new (the aggregate sees nothing changed) and writes the document. Passwords and their hashes stay here alone. User
 * names are unique (a unique index, which the embedded server also enforces).
 */
public class UserDirectory {

    static final int PASSWORD_MIN = 12;
    static final int PASSWORD_MAX = 128;
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._@-]{3,60}$");

    private static final String ACCESS_CHANGED_AT = "accessChangedAt";

    private final MongoCollection<Document> users;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final PrivilegeRecord privileges;

    /** The shortest password accepted. */
    public static final int PASSWORD_MIN_LENGTH = PASSWORD_MIN;

    /** The one password hash (Argon2), for the server and the command line alike. */
    public static PasswordEncoder passwordEncoder() {
        return org.springframework.security.crypto.argon2.Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    public UserDirectory(MongoDatabase database, PasswordEncoder passwords, Clock clock, PrivilegeRecord privileges) {
        this.users = database.getCollection("security_users");
        this.passwords = passwords;
        this.clock = clock;
        this.privileges = privileges;
        users.createIndex(Indexes.ascending("username"), new IndexOptions().unique(true));
    }

    public long count() {
        return users.countDocuments();
    }

    public UserAccount create(String username, String password, Role role, Collection<ProgramId> programs) {
        String name = checkUsername(username);
        checkPassword(password);
        if (role == null) {
            throw new InvalidAccountInput("role", "is required");
        }
        if (byUsername(name).isPresent()) {
            throw new InvalidAccountInput("username", "is already taken");
        }
        String id = UUID.randomUUID().toString();
        privileges.record(new CreateUser(UserId.of(id), name, role.name(), List.copyOf(programSet(programs))));
        var document = new Document("_id", id)
                .append("username", name)
                .append("passwordHash", passwords.encode(password))
                .append("role", role.name())
                .append("programs", programIds(programs))
                .append("enabled", true)
                .append(ACCESS_CHANGED_AT, Date.from(clock.instant()));
        try {
            users.insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                // Another administrator took the name in between: the record says this user is gone again.
                privileges.record(new RemoveUser(UserId.of(id), "the user name " + name + " was taken meanwhile"));
                throw new InvalidAccountInput("username", "is already taken");
            }
            throw e;
        }
        return toAccount(document);
    }

    public Optional<UserAccount> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(users.find(Filters.eq("username", username)).first()).map(UserDirectory::toAccount);
    }

    public Optional<UserAccount> byId(String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(users.find(Filters.eq("_id", userId)).first()).map(UserDirectory::toAccount);
    }

    public List<UserAccount> all() {
        return users.find().map(UserDirectory::toAccount).into(new ArrayList<>()).stream()
                .sorted(Comparator.comparing(UserAccount::username))
                .toList();
    }

    public void changeRole(String userId, Role role, Collection<ProgramId> programs) {
        if (role == null) {
            throw new InvalidAccountInput("role", "is required");
        }
        existing(userId);
        privileges.record(new ChangeUserAccess(UserId.of(userId), role.name(), List.copyOf(programSet(programs))));
        users.updateOne(Filters.eq("_id", userId), Updates.combine(Updates.set("role", role.name()),
                Updates.set("programs", programIds(programs)), accessChanged()));
    }

    public void changePassword(String userId, String password) {
        checkPassword(password);
        users.updateOne(Filters.eq("_id", userId), Updates.set("passwordHash", passwords.encode(password)));
    }

    public void enable(String userId, boolean enabled) {
        existing(userId);
        privileges.record(enabled ? new EnableUser(UserId.of(userId)) : new DisableUser(UserId.of(userId)));
        users.updateOne(Filters.eq("_id", userId), Updates.combine(Updates.set("enabled", enabled), accessChanged()));
    }

    /**
     * When the user's role, programs or standing last changed (empty for an account last changed before this was
     * kept): what a user may see changes then, so documents that show what they may see (calendar feeds) take it
     * into their Last-Modified.
     */
    public Optional<Instant> accessChangedAt(String userId) {
        var found = users.find(Filters.eq("_id", userId)).projection(new Document(ACCESS_CHANGED_AT, 1)).first();
        return Optional.ofNullable(found).map(document -> document.getDate(ACCESS_CHANGED_AT)).map(Date::toInstant);
    }

    private org.bson.conversions.Bson accessChanged() {
        return Updates.max(ACCESS_CHANGED_AT, Date.from(clock.instant()));
    }

    public boolean passwordMatches(UserAccount account, String password) {
        return password != null && passwords.matches(password, account.passwordHash());
    }

    Instant now() {
        return clock.instant();
    }

    private static String checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidAccountInput("username",
                    "must be 3 to 60 letters, digits, dots, dashes, underscores or @");
        }
        return username;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX) {
            throw new InvalidAccountInput("password",
                    "must be " + PASSWORD_MIN + " to " + PASSWORD_MAX + " characters long");
        }
    }

    private UserAccount existing(String userId) {
        return byId(userId).orElseThrow(() -> new UnknownRecord("There is no user " + userId));
    }

    private static Set<ProgramId> programSet(Collection<ProgramId> programs) {
        if (programs != null && programs.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidAccountInput("programs", "must not contain empty entries");
        }
        return programs == null ? Set.of() : Set.copyOf(programs);
    }

    private static List<String> programIds(Collection<ProgramId> programs) {
        return programs == null ? List.of() : programs.stream().map(ProgramId::toString).distinct().toList();
    }

    private static UserAccount toAccount(Document d) {
        Set<ProgramId> programs = d.getList("programs", String.class, List.of()).stream()
                .map(ProgramId::of)
                .collect(Collectors.toSet());
        return new UserAccount(d.getString("_id"), d.getString("username"), d.getString("passwordHash"),
                Role.valueOf(d.getString("role")), programs, d.getBoolean("enabled", true));
    }
}
