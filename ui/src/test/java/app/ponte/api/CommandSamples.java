package app.ponte.api;

import app.ponte.program.CloseProgram;
import app.ponte.contact.ContactId;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpOrigin;
import app.ponte.mission.EngagementId;
import app.ponte.mission.MissionId;
import app.ponte.opportunity.OpportunityId;
import app.ponte.organization.OrganizationId;
import app.ponte.program.ProgramId;
import app.ponte.shared.CountryCode;
import app.ponte.shared.OutcomeId;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Builds a well-formed instance of any command, aimed at one program's records: its ids are that program's, its
 * texts and dates plausible. Whether the domain then accepts it does not matter to the access tests, only that it
 * reaches the access check.
 */
final class CommandSamples {

    private CommandSamples() {
    }

    static Object sample(Class<?> type, World.Program target) {
        return build(type, type == CloseProgram.class ? target.closing() : target, "");
    }

    private static Object build(Type type, World.Program target, String name) {
        if (type instanceof ParameterizedType parameterized) {
            Type element = parameterized.getActualTypeArguments()[0];
            Object one = build(element, target, name);
            return parameterized.getRawType() == Set.class ? Set.of(one) : List.of(one);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == ProgramId.class) {
            return target.program();
        }
        if (raw == MissionId.class) {
            return target.mission();
        }
        if (raw == EngagementId.class) {
            return target.engagement();
        }
        if (raw == OutcomeId.class) {
            return target.outcome();
        }
        if (raw == OpportunityId.class) {
            return target.opportunity();
        }
        if (raw == FollowUpId.class) {
            return target.followUp();
        }
        if (raw == OrganizationId.class) {
            return target.organization();
        }
        if (raw == ContactId.class) {
            return ContactId.random();
        }
        if (raw == FollowUpOrigin.class) {
            return new FollowUpOrigin(target.outcome(), null);
        }
        if (raw == CountryCode.class) {
            return new CountryCode("CN");
        }
        if (raw == String.class) {
            return text(name);
        }
        if (raw == ZoneId.class) {
            return ZoneId.of("Asia/Shanghai");
        }
        if (raw == LocalDate.class) {
            return name.startsWith("end") ? World.DAY.plusDays(1) : World.DAY;
        }
        if (raw == LocalDateTime.class) {
            return LocalDateTime.of(World.DAY, name.equals("end") ? LocalTime.of(12, 0) : LocalTime.of(11, 0));
        }
        if (raw == long.class || raw == Long.class) {
            return 1L;
        }
        if (raw == int.class || raw == Integer.class) {
            return 1;
        }
        if (raw == boolean.class) {
            return false;
        }
        if (raw == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = Arrays.stream(components)
                    .map(c -> build(c.getGenericType(), target, c.getName()))
                    .toArray();
            try {
                Constructor<?> constructor = raw.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                return constructor.newInstance(values);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("No sample for " + raw.getSimpleName() + ": " + e.getCause(), e);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("No sample value for " + raw + " (" + name + ")");
    }

    private static String text(String name) {
        return switch (name) {
            case "countryCode", "country" -> "CN";
            case "website" -> "https://example.org";
            case "fileName" -> "agreement.pdf";
            case "mediaType" -> "application/pdf";
            case "sha256" -> "a".repeat(64);
            case "currency" -> "EUR";
            case "email" -> "someone@example.org";
            case "phone" -> "+39 011 123456";
            default -> "Sample " + name;
        };
    }
}
