package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionPlanned;
import app.ponte.program.ProgramId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the stored shape of every event: one golden JSON file per stored type and revision under
 * {@code src/test/resources/events/<stored name>/<revision, 0 for none>.json}. A sample of every event is
 * serialized with the store's serializer and must match its file; every file must load. A new event without a file
 * fails; run once with {@code -Dponte.golden.write=true} to write the missing files (never an existing one), read
 * them, and commit them. A changed shape fails until the event gets a new {@code @Revision}, whose file is then
 * written, and an upcaster that brings the old file (which stays) to it.
 */
class EventSchemaTest {

    static final Path GOLDEN = Path.of("src/test/resources/events");
    private static final JacksonSerializer SERIALIZER = PonteSerializer.jackson();
    private static final ObjectMapper JSON = PonteSerializer.objectMapper();

    @Test
    void everyEventOfTheDomainHasAFrozenStoredName() {
        Set<Class<?>> unregistered = new LinkedHashSet<>(discoveredEvents());
        unregistered.removeAll(StoredTypes.events().values());
        assertThat(unregistered)
                .as("events without a stored name: give each an entry in StoredTypes, then a golden file")
                .isEmpty();
        assertThat(discoveredEvents()).as("the discovery finds the sealed families").hasSizeGreaterThan(40);
    }

    @TestFactory
    Stream<DynamicTest> everyEventSerializesAsItsGoldenFile() {
        boolean write = Boolean.getBoolean("ponte.golden.write");
        return StoredTypes.events().entrySet().stream().map(entry -> dynamicTest(entry.getKey(), () -> {
            Class<?> type = entry.getValue();
            var serialized = SERIALIZER.serialize(EventSamples.of(type), String.class);
            assertThat(serialized.getType().getName()).isEqualTo(entry.getKey());
            Path file = golden(entry.getKey(), serialized.getType().getRevision());
            JsonNode actual = JSON.readTree(serialized.getData());
            if (!Files.exists(file)) {
                if (!write) {
                    fail("No golden file " + file + " for " + type.getName() + ": run the tests once with "
                            + "-Dponte.golden.write=true to write it, read it, and commit it");
                }
                Files.createDirectories(file.getParent());
                Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
                return;
            }
            List<String> differences = differences(read(file), actual);
            if (!differences.isEmpty()) {
                fail(type.getName() + " no longer serializes as " + file + ": " + differences + ". Events are "
                        + "kept forever: give the event a new @Revision (its golden file is then written) and an "
                        + "upcaster from the stored shape, whose file stays as it is");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenFileLoadsAsTheCurrentShape() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = file.getParent().getFileName().toString();
                String fileRevision = file.getFileName().toString().replace(".json", "");
                tests.add(dynamicTest(name + " revision " + fileRevision, () -> loads(name, fileRevision, file)));
            }
        }
        return tests.stream();
    }

    private static void loads(String name, String fileRevision, Path file) throws IOException {
        assertThat(StoredTypes.events()).as("a golden file names a stored type").containsKey(name);
        Class<?> type = StoredTypes.events().get(name);
        String current = SERIALIZER.typeForClass(type).getRevision();
        String revision = "0".equals(fileRevision) ? null : fileRevision;
        String payload = Files.readString(file);
        if (java.util.Objects.equals(revision, current)) {
            Object event = SERIALIZER.deserialize(new SimpleSerializedObject<>(payload, String.class, name, revision));
            assertThat(event).isInstanceOf(type);
            assertThat(differences(read(file), JSON.readTree(SERIALIZER.serialize(event, String.class).getData())))
                    .as("%s reads back every field it holds", file).isEmpty();
            return;
        }
        // An old shape is read as the store reads it: after the events before it in its aggregate's stream (here
        // the creation event, the first its family permits), through the upcasters, with nothing to look up.
        IntermediateEventRepresentation upcast = upcast(type, name, revision, payload, NOTHING_STORED);
        assertThat(upcast.getType().getRevision())
                .as("%s is revision %s of %s, now at revision %s: an upcaster must bring it there", file,
                        fileRevision, name, current)
                .isEqualTo(current);
        JsonNode upcastFields = upcast.getData(JsonNode.class).getData();
        assertThat(fieldNames(upcastFields)).as("the fields of %s once upcast", file)
                .isEqualTo(fieldNames(read(golden(name, current))));
        assertThat((Object) SERIALIZER.deserialize(upcast.getData())).isInstanceOf(type);
    }

    /** {@code payload}, stored as {@code name} at {@code revision}, read through the upcasters. */
    static IntermediateEventRepresentation upcast(Class<?> type, String name, String revision, String payload,
            MissionPrograms stored) {
        Class<?> creation = Arrays.stream(type.getInterfaces()).filter(Class::isSealed).findFirst()
                .map(family -> family.getPermittedSubclasses()[0]).orElseThrow();
        String creationName = StoredTypes.nameOf(creation);
        String creationPayload;
        try {
            creationPayload = Files.readString(golden(creationName, SERIALIZER.typeForClass(creation).getRevision()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var stream = Stream.of(
                entry(0, creationName, SERIALIZER.typeForClass(creation).getRevision(), creationPayload),
                entry(1, name, revision, payload));
        List<IntermediateEventRepresentation> upcast = Upcasters.chain(stored)
                .upcast(stream.map(event -> (IntermediateEventRepresentation)
                        new InitialEventRepresentation(event, SERIALIZER)))
                .toList();
        return upcast.get(upcast.size() - 1);
    }

    static GenericDomainEventEntry<String> entry(long sequence, String name, String revision, String payload) {
        return new GenericDomainEventEntry<>("Aggregate", "9b2c09db-df79-37ed-8f55-f0d870b9a9bc", sequence,
                "event-" + sequence, Instant.parse("2017-06-01T08:00:00Z"), name, revision, payload, "{}");
    }

    static final MissionPrograms NOTHING_STORED = missionId -> Optional.empty();

    /** Every field name, by its path: the shape of the fields, whatever their values. */
    static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        collectNames("", node, names);
        return names;
    }

    private static void collectNames(String path, JsonNode node, Set<String> names) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                names.add(at);
                collectNames(at, field.getValue(), names);
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectNames(path + "[]", element, names));
        }
    }

    @Test
    void anEngagementScheduledOfTheFirstShapeLoadsAsRevision2WithItsMissionsProgram() throws IOException {
        String name = StoredTypes.nameOf(EngagementScheduled.class);
        String firstShape = Files.readString(golden(name, null));
        JsonNode planned = read(golden(StoredTypes.nameOf(MissionPlanned.class), null));

        var upcast = upcast(EngagementScheduled.class, name, null, firstShape, NOTHING_STORED);
        EngagementScheduled event = SERIALIZER.deserialize(upcast.getData());

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        assertThat(event.programId()).isEqualTo(ProgramId.of(planned.get("programId").get("value").asText()));
        assertThat(JSON.valueToTree(event).get("title")).isEqualTo(read(golden(name, null)).get("title"));
        assertThat(differences(read(golden(name, null)), JSON.valueToTree(event)))
                .containsExactly("programId: not in the golden file");
    }

    @Test
    void aRenamedFieldFailsTheComparison() throws IOException {
        var renamed = new RenamedTitle(EventSamples.of(EngagementScheduled.class));
        JsonNode actual = JSON.readTree(SERIALIZER.serialize(renamed, String.class).getData());
        JsonNode golden = read(golden(StoredTypes.nameOf(EngagementScheduled.class),
                SERIALIZER.typeForClass(EngagementScheduled.class).getRevision()));

        assertThat(differences(golden, actual)).containsExactly("title: missing", "name: not in the golden file");
    }

    /** What {@link EngagementScheduled} would store if its {@code title} were renamed {@code name}. */
    private record RenamedTitle(JsonNode fields) {

        RenamedTitle(Object event) {
            this(rename(JSON.valueToTree(event)));
        }

        private static JsonNode rename(JsonNode fields) {
            var object = (com.fasterxml.jackson.databind.node.ObjectNode) fields;
            object.set("name", object.remove("title"));
            return object;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        JsonNode json() {
            return fields;
        }
    }

    /** The records every aggregate's sealed event family permits, and every type an aggregate sources from. */
    static Set<Class<?>> discoveredEvents() {
        Set<Class<?>> events = new LinkedHashSet<>();
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.ponte");
        for (JavaClass javaClass : classes) {
            Class<?> type = javaClass.reflect();
            if (type.isInterface() && type.isSealed()) {
                for (Class<?> permitted : type.getPermittedSubclasses()) {
                    if (permitted.isRecord()) {
                        events.add(permitted);
                    }
                }
            }
            javaClass.getMethods().stream()
                    .filter(method -> method.isAnnotatedWith(EventSourcingHandler.class))
                    .forEach(method -> events.add(method.reflect().getParameterTypes()[0]));
        }
        return events;
    }

    static Path golden(String storedName, String revision) {
        return GOLDEN.resolve(storedName).resolve((revision == null ? "0" : revision) + ".json");
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each field missing, added or changed, by its path; empty when the two are the same. */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare("", expected, actual, differences);
        return differences;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                String at = path.isEmpty() ? field : path + "." + field;
                if (!actual.has(field)) {
                    differences.add(at + ": missing");
                } else {
                    compare(at, expected.get(field), actual.get(field), differences);
                }
            }
            for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!names.contains(field)) {
                    differences.add((path.isEmpty() ? field : path + "." + field) + ": not in the golden file");
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": " + expected + " became " + actual);
        }
    }
}
