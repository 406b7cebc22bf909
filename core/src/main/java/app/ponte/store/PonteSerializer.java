package app.ponte.store;

import org.axonframework.serialization.json.JacksonSerializer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The serializer for events, snapshots, tokens and messages: JSON through Jackson, which reads Java records
 * through their canonical constructors, so stored events stay readable by people and by other tools.
 */
public final class PonteSerializer {

    private PonteSerializer() {
    }

    public static JacksonSerializer jackson() {
        return JacksonSerializer.builder().objectMapper(objectMapper()).build();
    }

    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
