package app.ponte.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key-encryption keys (KEKs) that wrap every contact's data key, kept in a file outside the database: whoever holds
 * a copy of the database (its file pages, an oplog, a backup) without this file holds only wrapped keys, which open
 * nothing. Erasure replaces the KEK, so the wrapped copies of an erased key left in old pages and backups stay closed
 * for good once the old KEK is gone from this file.
 *
 * <p>The file holds the current generation and, only while a rotation is under way, the previous one, each as
 * {@code <role> <generation> <Base64 key>} on a line of its own. It is only ever replaced whole (written to a temporary
 * file, forced to disk, renamed over the old one, the folder forced), so a crash leaves either the old or the new
 * content, never a mix. It must be readable by its owner only; the application refuses to start otherwise.
 *
 * <p>Wrapping is AES-256-GCM with the data key's id as associated data, so a wrapped key copied onto another id does
 * not unwrap.
 */
public final class KeyEncryptionKeys {

    private static final String HEADER = "ponte-kek 1";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    /** One generation of the KEK. */
    public record Generation(long number, byte[] key) {
        @Override
        public String toString() {
            return "Generation[" + number + "]";
        }
    }

    private final Path file;
    private final SecureRandom random = new SecureRandom();
    private Generation current;
    private Generation previous;
    private Object readAt;

    private KeyEncryptionKeys(Path file) {
        this.file = file;
    }

    /**
     * Reads the KEK file, or creates it with a first generation when it is missing and {@code mayCreate} (there is no
     * wrapped key it would have to open).
     *
     * @throws IllegalStateException when the file is missing but must exist, is readable by others, or is malformed
     */
    public static KeyEncryptionKeys open(Path file, boolean mayCreate) {
        var keks = new KeyEncryptionKeys(file.toAbsolutePath());
        if (Files.exists(keks.file)) {
            keks.read();
        } else if (mayCreate) {
            keks.current = keks.fresh(1);
            keks.write();
        } else {
            throw new IllegalStateException("The key-encryption key file " + keks.file + " is missing, but the store "
                    + "holds personal-data keys wrapped by it: without it no contact can be read. Restore it (or point "
                    + "PONTE_KEK_FILE at it) and start again.");
        }
        return keks;
    }

    public Path file() {
        return file;
    }

    public synchronized Generation current() {
        return current;
    }

    /** The previous generation while a rotation is unfinished. */
    public synchronized Optional<Generation> previous() {
        return Optional.ofNullable(previous);
    }

    /** The generation numbered {@code number}, re-reading the file once if another instance may have rotated. */
    public synchronized Optional<Generation> generation(long number) {
        Optional<Generation> found = held(number);
        if (found.isEmpty() && changedOnDisk()) {
            read();
            found = held(number);
        }
        return found;
    }

    /** Re-reads the file if it changed since it was last read: another instance sharing it may have rotated. */
    public synchronized void refresh() {
        if (changedOnDisk()) {
            read();
        }
    }

    /** Starts a rotation: a fresh generation becomes current, the current one is kept as previous. */
    public synchronized Generation beginRotation() {
        if (previous != null) {
            throw new IllegalStateException("A rotation is already under way; finish it first");
        }
        previous = current;
        current = fresh(current.number() + 1);
        write();
        return current;
    }

    /** Ends a rotation: the previous generation is dropped from the file and from memory. */
    public synchronized void finishRotation() {
        if (previous == null) {
            return;
        }
        Generation dropped = previous;
        previous = null;
        write();
        Arrays.fill(dropped.key(), (byte) 0);
    }

    public byte[] wrap(String keyId, byte[] dataKey, Generation generation) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(generation.key(), "AES"),
                    new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(dataKey);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM key wrapping failed", e);
        }
    }

    /** The data key, or empty when the wrapped bytes fail authentication (altered, or bound to another key id). */
    public Optional<byte[]> unwrap(String keyId, byte[] wrapped, Generation generation) {
        if (wrapped.length <= NONCE_BYTES) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(generation.key(), "AES"),
                    new GCMParameterSpec(TAG_BITS, wrapped, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return Optional.of(cipher.doFinal(wrapped, NONCE_BYTES, wrapped.length - NONCE_BYTES));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM key unwrapping failed", e);
        }
    }

    private Optional<Generation> held(long number) {
        if (current != null && current.number() == number) {
            return Optional.of(current);
        }
        if (previous != null && previous.number() == number) {
            return Optional.of(previous);
        }
        return Optional.empty();
    }

    private Generation fresh(long number) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return new Generation(number, key);
    }

    private boolean changedOnDisk() {
        try {
            return !stamp().equals(readAt);
        } catch (IOException e) {
            return true;
        }
    }

    // Every write renames a new file into place, so the file's identity (its inode) changes with every rotation even
    // when two land within the clock's resolution.
    private Object stamp() throws IOException {
        var attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return List.of(String.valueOf(attributes.fileKey()), attributes.lastModifiedTime());
    }

    private void read() {
        checkOwnerOnly(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            readAt = stamp();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key-encryption key file " + file, e);
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw malformed("it does not start with \"" + HEADER + "\"");
        }
        Generation readCurrent = null;
        Generation readPrevious = null;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split(" ");
            if (parts.length != 3) {
                throw malformed("a line is not \"<current|previous> <generation> <key>\"");
            }
            Generation generation;
            try {
                generation = new Generation(Long.parseLong(parts[1]), Base64.getDecoder().decode(parts[2]));
            } catch (IllegalArgumentException e) {
                throw malformed("a generation or key does not parse");
            }
            if (generation.key().length != KEY_BYTES) {
                throw malformed("a key is not " + KEY_BYTES + " bytes");
            }
            switch (parts[0]) {
                case "current" -> readCurrent = generation;
                case "previous" -> readPrevious = generation;
                default -> throw malformed("\"" + parts[0] + "\" is neither current nor previous");
            }
        }
        if (readCurrent == null) {
            throw malformed("it names no current key");
        }
        current = readCurrent;
        previous = readPrevious;
    }

    private IllegalStateException malformed(String why) {
        return new IllegalStateException("The key-encryption key file " + file + " is malformed: " + why);
    }

    private void write() {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add(line("current", current));
        if (previous != null) {
            lines.add(line("previous", previous));
        }
        byte[] content = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.US_ASCII);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(temporary);
            try (FileChannel channel = FileChannel.open(temporary, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), ownerOnlyAttribute())) {
                channel.write(ByteBuffer.wrap(content));
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IllegalStateException("The folder of " + file + " cannot replace files atomically; the "
                        + "key-encryption key file needs a local file system", e);
            }
            forceFolder(file.getParent());
            readAt = stamp();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the key-encryption key file " + file, e);
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }

    private static String line(String role, Generation generation) {
        return role + " " + generation.number() + " " + Base64.getEncoder().encodeToString(generation.key());
    }

    private static FileAttribute<?>[] ownerOnlyAttribute() {
        if (!posix()) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
    }

    // The rename is durable only once the folder's entry is on disk too; where a folder cannot be opened (Windows)
    // there is nothing to force.
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported on this platform
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void checkOwnerOnly(Path file) {
        if (!posix()) {
            return;
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the permissions of " + file, e);
        }
        Set<PosixFilePermission> others = EnumSet.copyOf(permissions);
        others.removeAll(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
        if (!others.isEmpty()) {
            throw new IllegalStateException("The key-encryption key file " + file + " is accessible to others ("
                    + PosixFilePermissions.toString(permissions) + "); it must be readable by its owner only: run "
                    + "chmod 600 " + file + " and start again.");
        }
    }
}
