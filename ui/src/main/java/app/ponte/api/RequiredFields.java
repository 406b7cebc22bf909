package app.ponte.api;

import app.ponte.shared.InvalidField;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which fields of a command (or of a record inside one) must be sent, as its own constructor decides: the field is
 * required when the constructor refuses the command without it. Asking the constructor, rather than keeping a second
 * list, keeps the OpenAPI document true as commands change.
 */
final class RequiredFields {

    private RequiredFields() {
    }

    /** The required fields of {@code type}, in declaration order. */
    static List<String> of(Class<?> type) {
        var components = type.getRecordComponents();
        Object[] plausible = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            plausible[i] = plausible(components[i]);
        }
        if (refusal(type, plausible) != null) {
            throw new IllegalStateException("No plausible " + type.getSimpleName() + " to learn its required fields "
                    + "from: " + refusal(type, plausible).getMessage());
        }
        var required = new ArrayList<String>();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getType().isPrimitive()) {
                required.add(components[i].getName());
                continue;
            }
            Object[] without = plausible.clone();
            without[i] = null;
            if (refusal(type, without) != null) {
                required.add(components[i].getName());
            }
        }
        return required;
    }

    /** What the constructor refuses the values with, or null when it accepts them. */
    private static RuntimeException refusal(Class<?> type, Object[] values) {
        try {
            build(type, values);
            return null;
        } catch (InvalidField | NullPointerException | IllegalArgumentException refused) {
            return refused;
        }
    }

    private static Object build(Class<?> type, Object[] values) {
        try {
            Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    /** A value the field would plausibly hold in a well-formed command. */
    private static Object plausible(RecordComponent component) {
        Class<?> type = component.getType();
        // Some lists must name at least one entry (a program's partner countries): give them one.
        if (Collection.class.isAssignableFrom(type) && component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> entry) {
            Object one = plausible(entry, component.getName());
            if (one != null) {
                return Set.class.isAssignableFrom(type) ? Set.of(one) : List.of(one);
            }
        }
        return plausible(type, component.getName());
    }

    private static Object plausible(Class<?> type, String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (type == String.class) {
            return lower.contains("country") ? "IT"
                    : lower.contains("currency") ? "EUR"
                    : lower.contains("sha256") ? "0".repeat(64)
                    : lower.contains("mediatype") ? "application/pdf"
                    : lower.contains("email") ? "someone@example.org"
                    : lower.contains("phone") ? "+39 011 123456"
                    : lower.contains("website") || lower.contains("url") ? "https://example.org"
                    : "Sample";
        }
        if (type == LocalDate.class) {
            return lower.contains("end") ? LocalDate.of(2017, 5, 17) : LocalDate.of(2017, 5, 16);
        }
        if (type == LocalDateTime.class) {
            return lower.contains("end") ? LocalDateTime.of(2017, 5, 16, 10, 30) : LocalDateTime.of(2017, 5, 16, 9, 30);
        }
        if (type == ZoneId.class) {
            return ZoneId.of("Asia/Shanghai");
        }
        if (type == UUID.class) {
            return UUID.randomUUID();
        }
        if (type == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        }
        if (Collection.class.isAssignableFrom(type)) {
            return List.of();
        }
        if (Map.class.isAssignableFrom(type)) {
            return Map.of();
        }
        if (type.isRecord()) {
            var components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = ValueRecordsModule.isValueRecord(type) && components[i].getType() == String.class
                        ? plausible(String.class, type.getSimpleName()) : plausible(components[i]);
            }
            if (refusal(type, values) == null) {
                return build(type, values);
            }
            // A record of alternatives (an outcome or an opportunity) takes one of them, not all.
            for (int i = 0; i < values.length; i++) {
                Object[] fewer = values.clone();
                fewer[i] = null;
                if (refusal(type, fewer) == null) {
                    return build(type, fewer);
                }
            }
            return build(type, values);
        }
        return null;
    }
}
