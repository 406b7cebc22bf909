package app.ponte.store;

import app.ponte.followup.FollowUpOrigin;
import app.ponte.opportunity.AgreementDocument;
import app.ponte.privacy.Sealed;
import app.ponte.shared.Money;
import app.ponte.shared.OutcomeId;
import app.ponte.shared.CountryCode;
import app.ponte.shared.Period;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A sample of any event, built from its record components alone, so that a new event needs no sample written by
 * hand: ids are UUIDs named after the component (the same {@code missionId} in every event, as in one story),
 * texts name their component, times are the Shanghai mission's. Value types that validate their contents get a
 * fixed valid sample here.
 */
final class EventSamples {

    private static final Map<Class<?>, Object> FIXED = Map.ofEntries(
            Map.entry(CountryCode.class, CountryCode.of("CN")),
            Map.entry(Period.class, Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31))),
            Map.entry(Sealed.class, new Sealed("contact:7a1c1f3e-9b59-3d5e-8c44-1f4d5c7e0a11", "bm9uY2VjaXBoZXJ0ZXh0")),
            Map.entry(Money.class, Money.of("1250.00", "EUR")),
            Map.entry(FollowUpOrigin.class, FollowUpOrigin.outcome(new OutcomeId(named("outcomeId")))),
            Map.entry(AgreementDocument.class, new AgreementDocument("Memorandum of understanding", "mou.pdf",
                    "application/pdf", 1024, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                    LocalDate.of(2017, 6, 30))),
            Map.entry(ZoneId.class, ZoneId.of("Asia/Shanghai")),
            Map.entry(Instant.class, Instant.parse("2017-05-16T01:30:00Z")),
            Map.entry(LocalDate.class, LocalDate.of(2017, 5, 16)),
            Map.entry(LocalDateTime.class, LocalDateTime.of(2017, 5, 16, 9, 30)),
            Map.entry(LocalTime.class, LocalTime.of(9, 30)),
            Map.entry(BigDecimal.class, new BigDecimal("1250.00")));

    private EventSamples() {
    }

    static Object of(Class<?> type) {
        return sample(type, type, "");
    }

    private static Object sample(Class<?> type, Type generic, String path) {
        if (FIXED.containsKey(type)) {
            return FIXED.get(type);
        }
        if (type == String.class) {
            return path.isEmpty() ? "text" : path.substring(path.lastIndexOf('.') + 1) + " text";
        }
        if (type == UUID.class) {
            return named(path);
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == int.class || type == Integer.class) {
            return 3;
        }
        if (type == long.class || type == Long.class) {
            return 1024L;
        }
        if (type == double.class || type == Double.class) {
            return 0.5;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (List.class.isAssignableFrom(type) || Collection.class == type) {
            return List.of(element(generic, 0, path));
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of(element(generic, 0, path));
        }
        if (Map.class.isAssignableFrom(type)) {
            return Map.of(element(generic, 0, path), element(generic, 1, path));
        }
        if (type.isRecord()) {
            return record(type, path);
        }
        throw new IllegalStateException("No sample for " + type.getName() + " at " + path
                + ": give one in EventSamples.FIXED");
    }

    private static UUID named(String path) {
        return UUID.nameUUIDFromBytes(path.getBytes(StandardCharsets.UTF_8));
    }

    private static Object element(Type generic, int argument, String path) {
        if (!(generic instanceof ParameterizedType parameterized)) {
            throw new IllegalStateException("Raw collection at " + path);
        }
        Type element = parameterized.getActualTypeArguments()[argument];
        Class<?> raw = element instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) element;
        return sample(raw, element, path);
    }

    private static Object record(Class<?> type, String path) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            // A one-component value (an id) takes the name of the component holding it: one missionId in all.
            String name = components[i].getName();
            String inner = components.length == 1 && !path.isEmpty() ? path
                    : path.isEmpty() ? name : path + "." + name;
            values[i] = sample(components[i].getType(), components[i].getGenericType(), inner);
            types[i] = components[i].getType();
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The sample of " + type.getName() + " at " + path + " is refused: "
                    + e.getCause().getMessage() + "; give one in EventSamples.FIXED", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName(), e);
        }
    }
}
