package app.ponte.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.mission.OutcomeKind;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.program.IndicatorKind;
import app.ponte.security.Role;
import app.ponte.shared.Source;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text the audit and user administration screens ask for is in both bundles: a missing key would show the key
 * itself to the officer. Keys are read from the source, and keys built from a prefix are expanded over their values.
 */
class AuditTextsTest {

    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/app/ponte/audit"),
            Path.of("src/main/java/app/ponte/admin"), Path.of("src/main/java/app/ponte/layout/DatePickers.java"));
    private static final Pattern TRANSLATED = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:audit|admin|date)\\.[A-Za-z0-9_.]+)\"");

    // Sign-in outcomes are strings in the sign-in log, not an enum: these are the ones it writes.
    private static final Map<String, List<String>> PREFIXES = Map.of(
            "audit.recordType.", names(RecordType.values()),
            "audit.thisRecord.", names(RecordType.values()),
            "admin.role.", names(Role.values()),
            "admin.signIn.", List.of("SIGNED_IN", "BAD_CREDENTIALS", "LOCKED", "DISABLED", "THROTTLED"),
            "indicator.", names(IndicatorKind.values()),
            "outcome.", names(OutcomeKind.values()),
            "stage.", names(OpportunityStage.values()),
            "audit.event.", storedEventNames(),
            "audit.source.", names(Source.values()));

    @Test
    void everyKeyTheAuditAndAdministrationUseIsInEnglishAndItalian() throws IOException {
        var used = usedKeys();
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(bundle("/messages.properties")).containsAll(used);
        assertThat(bundle("/messages_it.properties")).containsAll(used);
    }

    @Test
    void everyKeyBuiltFromAPrefixIsKnownToThisTest() throws IOException {
        var prefixes = new TreeSet<String>();
        for (var literal : literals()) {
            if (literal.endsWith(".")) {
                prefixes.add(literal);
            }
        }
        assertThat(PREFIXES.keySet()).containsAll(prefixes);
    }

    private static Set<String> usedKeys() throws IOException {
        var keys = new TreeSet<String>();
        for (var literal : literals()) {
            if (literal.endsWith(".")) {
                PREFIXES.getOrDefault(literal, List.of()).forEach(value -> keys.add(literal + value));
            } else {
                keys.add(literal);
            }
        }
        return keys;
    }

    private static Set<String> literals() throws IOException {
        var found = new TreeSet<String>();
        for (var file : javaFiles()) {
            var source = Files.readString(file);
            for (var pattern : List.of(TRANSLATED, KEY_LITERAL)) {
                var matcher = pattern.matcher(source);
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
            // Prefixes handed to a helper, such as counts(..., "stage.", on).
            var prefix = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)*\\.)\"").matcher(source);
            while (prefix.find()) {
                found.add(prefix.group(1));
            }
        }
        return found;
    }

    private static List<Path> javaFiles() throws IOException {
        var files = new java.util.ArrayList<Path>();
        for (var source : SOURCES) {
            try (Stream<Path> walk = Files.walk(source)) {
                walk.filter(path -> path.toString().endsWith(".java")).forEach(files::add);
            }
        }
        return files;
    }

    private static Set<Object> bundle(String resource) throws IOException {
        var properties = new Properties();
        try (var in = AuditTextsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.keySet();
    }

    /** Every event type the store holds, by the simple name the audit shows: one golden folder each, in core. */
    private static List<String> storedEventNames() {
        try (Stream<Path> folders = Files.list(Path.of("../core/src/test/resources/events"))) {
            var names = folders.map(folder -> folder.getFileName().toString())
                    .map(name -> name.substring(name.lastIndexOf('.') + 1)).sorted().toList();
            if (names.isEmpty()) {
                throw new IllegalStateException("No golden event folders found in core");
            }
            return names;
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
