package app.ponte.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.ne;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import app.ponte.privacy.InMemoryKeyStore;
import app.ponte.privacy.KeyDestroyed;
import app.ponte.privacy.KeyEncryptionKeys;
import app.ponte.privacy.KeyEncryptionKeys.Generation;
import app.ponte.privacy.KeyStore;
import app.ponte.privacy.PersonalDataTampered;

/**
 * The data keys of crypto-shredding, one document per key id, each stored only wrapped by the key-encryption key
 * (KEK) of {@link KeyEncryptionKeys}, which lives in a file outside the database. Destroying a key leaves a tombstone,
 * so the id never gets a key again, and replaces the KEK, so the copies of the destroyed key's wrapped bytes that
 * stay behind in old file pages, an oplog or a backup open nothing.
 *
 * <p>A key document is {@code {_id, wrapped, kek}}: the wrapped key and the KEK generation that wrapped it. An erasure
 * runs this protocol; whatever step a crash interrupts, every key not destroyed still unwraps, and the next start
 * finishes the rotation:
 * <ol>
 * <li>a fresh KEK generation is written to the KEK file as current, beside the old one as previous (one atomic
 * replace of the file): keys wrapped by either generation unwrap;
 * <li>the erased key's document becomes a tombstone;
 * <li>every remaining key wrapped by an older generation is unwrapped and wrapped again by the current one, one
 * document at a time, each write carrying its generation: a half-done pass leaves a mix both generations open;
 * <li>the KEK file is replaced by one holding only the current generation, and the old one is wiped from memory.
 * </ol>
 * A start that finds a previous generation in the file resumes at step 3. Rotations on several instances sharing
 * one KEK file are serialized by a lock on a file beside it; a key created by another instance while a rotation ran
 * is re-wrapped by its creator, who still holds it in clear, when it sees the file's current generation changed.
 *
 * <p>Keys stored in clear by an earlier version ({@code {_id, key}}) are wrapped when the store opens.
 */
public final class MongoKeyStore implements KeyStore {

    private static final Logger log = LoggerFactory.getLogger(MongoKeyStore.class);

    static final String COLLECTION = "personal_data_keys";
    private static final Map<Path, Object> ROTATING = new ConcurrentHashMap<>();

    private final MongoCollection<Document> keys;
    private final KeyEncryptionKeys keks;
    private final ReadWriteLock rotation = new ReentrantReadWriteLock();
    private final Consumer<String> steps;
    private final long migrated;

    private MongoKeyStore(MongoDatabase database, Path kekFile, Consumer<String> steps) {
        this.keys = database.getCollection(COLLECTION);
        this.steps = steps;
        boolean anyWrapped = keys.find(exists("wrapped")).limit(1).first() != null;
        this.keks = KeyEncryptionKeys.open(kekFile, !anyWrapped);
        if (keks.previous().isPresent()) {
            log.info("Finishing a key-encryption key rotation that was interrupted");
            rewrapAll();
            keks.finishRotation();
        }
        this.migrated = wrapClearKeys();
    }

    /** The key store of {@code database}, its keys wrapped by the KEK in {@code kekFile}. */
    public static MongoKeyStore open(MongoDatabase database, Path kekFile) {
        return new MongoKeyStore(database, kekFile, step -> { });
    }

    /** As {@link #open}, calling {@code steps} after each step of an erasure, so a test can crash it there. */
    static MongoKeyStore withSteps(MongoDatabase database, Path kekFile, Consumer<String> steps) {
        return new MongoKeyStore(database, kekFile, steps);
    }

    /**
     * Where the KEK file is: {@code configured} when given; else, for the embedded store (no {@code mongoUri}),
     * {@code ponte.kek} in its data folder. A MongoDB deployment must name it: its data folder is not Ponte's, and every
     * instance sharing the database must read the same file.
     */
    public static Path kekFile(String configured, String mongoUri, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        if (mongoUri == null || mongoUri.isBlank()) {
            return dataDir.resolve("ponte.kek");
        }
        throw new IllegalStateException("PONTE_KEK_FILE (ponte.kek-file) must name the key-encryption key file when "
                + "PONTE_MONGODB_URI is set: a writable file outside the database, readable by its owner only, the "
                + "same file for every instance (it is created on the first start)");
    }

    /** How many keys stored in clear by an earlier version were wrapped when this store opened. */
    public long migratedClearKeys() {
        return migrated;
    }

    @Override
    public SecretKey keyFor(String keyId) {
        rotation.readLock().lock();
        try {
            Optional<Document> existing = load(keyId);
            if (existing.isEmpty()) {
                keks.refresh();
                Generation generation = keks.current();
                byte[] fresh = InMemoryKeyStore.newKey().getEncoded();
                try {
                    keys.insertOne(wrapped(keyId, fresh, generation).append("_id", keyId));
                    rewrapIfRotatedMeanwhile(keyId, fresh, generation);
                    return new SecretKeySpec(fresh, "AES");
                } catch (MongoWriteException e) {
                    if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw e;
                    }
                    // Another writer created (or destroyed) it first: use theirs.
                    existing = load(keyId);
                }
            }
            return existing.map(document -> toKey(keyId, document)).orElseThrow(() -> new KeyDestroyed(keyId));
        } finally {
            rotation.readLock().unlock();
        }
    }

    @Override
    public Optional<SecretKey> find(String keyId) {
        rotation.readLock().lock();
        try {
            return load(keyId).filter(document -> !document.getBoolean("destroyed", false))
                    .map(document -> toKey(keyId, document));
        } finally {
            rotation.readLock().unlock();
        }
    }

    @Override
    public void destroy(String keyId) {
        rotation.writeLock().lock();
        try {
            // A file lock is held by the whole process, and a second one from the same process is refused rather than
            // awaited: stores of this process that share a KEK file wait for each other here first.
            Object sameFile = ROTATING.computeIfAbsent(keks.file(), file -> new Object());
            synchronized (sameFile) {
                rotate(keyId);
            }
        } finally {
            rotation.writeLock().unlock();
        }
    }

    private void rotate(String keyId) {
        try (FileChannel lockFile = FileChannel.open(keks.file().resolveSibling(keks.file().getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
            keks.refresh();
            if (keks.previous().isPresent()) {
                rewrapAll();
                keks.finishRotation();
            }
            Generation next = keks.beginRotation();
            steps.accept("rotation begun");
            keys.updateOne(eq("_id", keyId), Updates.combine(Updates.unset("wrapped"), Updates.unset("kek"),
                    Updates.unset("key"), Updates.set("destroyed", true)), new UpdateOptions().upsert(true));
            steps.accept("tombstoned");
            long rewrapped = rewrapAll();
            steps.accept("rewrapped");
            keks.finishRotation();
            steps.accept("finished");
            log.info("Destroyed the key {}; {} other keys re-wrapped under key-encryption key generation {}", keyId,
                    rewrapped, next.number());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the key-encryption key file for a rotation", e);
        }
    }

    /** Step 3: every live key wrapped by another generation than the current one is wrapped by the current one. */
    private long rewrapAll() {
        Generation current = keks.current();
        long count = 0;
        // Read first, then written: the pass changes the very field it selects on.
        List<Document> stale = keys.find(and(exists("wrapped"), ne("kek", current.number()))).into(new ArrayList<>());
        for (Document document : stale) {
            String keyId = document.getString("_id");
            byte[] key = unwrap(keyId, document);
            try {
                keys.updateOne(and(eq("_id", keyId), eq("kek", document.getLong("kek"))),
                        Updates.combine(Updates.set("wrapped", wrappedBytes(keyId, key, current)),
                                Updates.set("kek", current.number())));
            } finally {
                Arrays.fill(key, (byte) 0);
            }
            count++;
            steps.accept("rewrapped one");
        }
        return count;
    }

    private long wrapClearKeys() {
        long count = 0;
        for (Document document : keys.find(exists("key")).into(new ArrayList<>())) {
            String keyId = document.getString("_id");
            byte[] key = document.get("key", Binary.class).getData();
            Generation current = keks.current();
            keys.updateOne(eq("_id", keyId), Updates.combine(Updates.set("wrapped", wrappedBytes(keyId, key, current)),
                    Updates.set("kek", current.number()), Updates.unset("key")));
            count++;
        }
        if (count > 0) {
            log.info("Wrapped {} personal-data keys stored in clear by an earlier version under the key-encryption "
                    + "key in {}", count, keks.file());
        }
        return count;
    }

    /*
     * Another instance may have begun a rotation between reading the file and inserting: its re-wrap pass may have run
     * before the insert, leaving this key under a generation about to be dropped. The clear key is still at hand
     * here, so it is wrapped again by whatever is current now, until the generation it is under is current.
     */
    private void rewrapIfRotatedMeanwhile(String keyId, byte[] key, Generation used) {
        Generation wrappedBy = used;
        keks.refresh();
        while (keks.current().number() != wrappedBy.number()) {
            Generation now = keks.current();
            keys.updateOne(and(eq("_id", keyId), eq("kek", wrappedBy.number())),
                    Updates.combine(Updates.set("wrapped", wrappedBytes(keyId, key, now)),
                            Updates.set("kek", now.number())));
            wrappedBy = now;
            keks.refresh();
        }
    }

    private Document wrapped(String keyId, byte[] key, Generation generation) {
        return new Document("wrapped", wrappedBytes(keyId, key, generation)).append("kek", generation.number());
    }

    private Binary wrappedBytes(String keyId, byte[] key, Generation generation) {
        return new Binary(keks.wrap(keyId, key, generation));
    }

    private Optional<Document> load(String keyId) {
        return Optional.ofNullable(keys.find(eq("_id", keyId)).first());
    }

    private SecretKey toKey(String keyId, Document document) {
        if (document.getBoolean("destroyed", false)) {
            throw new KeyDestroyed(keyId);
        }
        if (document.containsKey("key")) {
            // Written in clear by an instance of an earlier version still running beside this one.
            return new SecretKeySpec(document.get("key", Binary.class).getData(), "AES");
        }
        return new SecretKeySpec(unwrap(keyId, document), "AES");
    }

    private byte[] unwrap(String keyId, Document document) {
        long number = document.getLong("kek");
        Generation generation = keks.generation(number).orElseThrow(() -> new IllegalStateException("The key "
                + keyId + " is wrapped by key-encryption key generation " + number + ", which " + keks.file()
                + " does not hold (current: " + keks.current().number() + "): is this the store's KEK file?"));
        Binary wrapped = document.get("wrapped", Binary.class);
        return keks.unwrap(keyId, wrapped == null ? new byte[0] : wrapped.getData(), generation).orElseThrow(() -> {
            log.warn("The wrapped personal-data key {} fails authentication: it was altered in the store", keyId);
            return new PersonalDataTampered(keyId, "The wrapped key");
        });
    }
}
