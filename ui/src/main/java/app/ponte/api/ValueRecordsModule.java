package app.ponte.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.UUID;

/**
 * Writes Ponte's one-value records (ids such as {@code MissionId}, and values such as {@code CountryCode} or
 * {@code Theme}) as their bare value in JSON, {@code "5f0c…"} rather than {@code {"value": "5f0c…"}}, and reads
 * them back through their validating constructors.
 */
class ValueRecordsModule extends SimpleModule {

    ValueRecordsModule() {
        super("ponte-value-records");
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(new Serializers.Base() {
            @Override
            public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                    BeanDescription description) {
                return isValueRecord(type.getRawClass()) ? new ValueSerializer(type.getRawClass()) : null;
            }
        });
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                    BeanDescription description) {
                return isValueRecord(type.getRawClass()) ? new ValueDeserializer(type.getRawClass()) : null;
            }
        });
    }

    static boolean isValueRecord(Class<?> type) {
        if (!type.isRecord() || !type.getPackageName().startsWith("app.ponte")) {
            return false;
        }
        var components = type.getRecordComponents();
        return components.length == 1
                && (components[0].getType() == UUID.class || components[0].getType() == String.class);
    }

    private static final class ValueSerializer extends JsonSerializer<Object> {

        private final Class<?> type;

        ValueSerializer(Class<?> type) {
            this.type = type;
        }

        @Override
        public void serialize(Object value, JsonGenerator json, SerializerProvider provider) throws IOException {
            try {
                json.writeString(String.valueOf(type.getRecordComponents()[0].getAccessor().invoke(value)));
            } catch (ReflectiveOperationException e) {
                throw new IOException("Cannot read " + type.getSimpleName(), e);
            }
        }
    }

    private static final class ValueDeserializer extends JsonDeserializer<Object> {

        private final Class<?> type;

        ValueDeserializer(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (json.currentToken() != JsonToken.VALUE_STRING) {
                throw InvalidFormatException.from(json, "must be a string", json.getText(), type);
            }
            String text = json.getText();
            var component = type.getRecordComponents()[0];
            Object value = text;
            if (component.getType() == UUID.class) {
                try {
                    value = UUID.fromString(text);
                } catch (IllegalArgumentException e) {
                    throw InvalidFormatException.from(json, "must be a UUID", text, type);
                }
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(component.getType());
                return constructor.newInstance(value);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException rejected) {
                    throw rejected;
                }
                throw new IOException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IOException("Cannot build " + type.getSimpleName(), e);
            }
        }
    }
}
