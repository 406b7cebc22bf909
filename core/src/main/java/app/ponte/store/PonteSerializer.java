package app.ponte.store;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The serializer for events, snapshots, tokens and messages: JSON through Jackson, which reads Java records
 * through their canonical constructors, so stored events stay readable by people and by other tools. Events are
 * named by their frozen {@link StoredTypes} name rather than by their class, so that classes can move.
 */
public final class PonteSerializer {

    private PonteSerializer() {
    }

    public static JacksonSerializer jackson() {
        return new StoredNames(JacksonSerializer.builder().objectMapper(objectMapper()));
    }

    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Jackson as Axon configures it, with the type names of {@link StoredTypes} in both directions. */
    private static final class StoredNames extends JacksonSerializer {

        StoredNames(Builder builder) {
            super(builder);
        }

        @Override
        public SerializedType typeForClass(Class type) {
            SerializedType byClass = super.typeForClass(type);
            if (type == null || SimpleSerializedType.emptyType().equals(byClass)) {
                return byClass;
            }
            return new SimpleSerializedType(StoredTypes.nameOf(type), byClass.getRevision());
        }

        @Override
        protected String resolveClassName(SerializedType serializedType) {
            return StoredTypes.classNameOf(serializedType.getName());
        }
    }
}
