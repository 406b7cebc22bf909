package app.ponte.store;

import static org.axonframework.common.ReflectionUtils.ensureAccessible;
import static org.axonframework.common.ReflectionUtils.fieldsOf;
import static org.axonframework.common.ReflectionUtils.methodsOf;

import java.lang.annotation.Annotation;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Resolves a command's target aggregate as Axon's {@link AnnotationCommandTargetResolver} does (the first method,
 * else field, carrying {@link TargetAggregateIdentifier}, and likewise {@link TargetAggregateVersion}), but looks
 * the annotated members up once per command type. Axon's resolver walks the type's methods and fields and parses
 * their annotations on every command: a profile of the command benchmark put that at a tenth of the sending
 * thread's time, more than Jackson's serialization of the event.
 */
public final class CachingTargetResolver implements CommandTargetResolver {

    private final ClassValue<Target> targets = new ClassValue<>() {
        @Override
        protected Target computeValue(Class<?> type) {
            return new Target(annotated(type, TargetAggregateIdentifier.class),
                    annotated(type, TargetAggregateVersion.class));
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Target target = targets.get(command.getPayloadType());
        Object identifier;
        Long version;
        try {
            identifier = read(target.identifier(), command.getPayload());
            version = asLong(read(target.version(), command.getPayload()));
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("An exception occurred while extracting aggregate information from "
                    + "command " + command.getPayloadType().getSimpleName(), e);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("The target aggregate of command "
                    + command.getPayloadType().getSimpleName() + " cannot be read", e);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The version given by command "
                    + command.getPayloadType().getSimpleName() + " is not a number", e);
        }
        if (identifier == null) {
            throw new IllegalArgumentException("Command " + command.getPayloadType().getSimpleName()
                    + " does not identify its target aggregate: a method or field annotated with "
                    + "@TargetAggregateIdentifier must give a value");
        }
        return new VersionedAggregateIdentifier(identifier, version);
    }

    /** The member holding the annotation, made accessible once; methods first, as Axon's resolver looks. */
    private static AccessibleObject annotated(Class<?> type, Class<? extends Annotation> annotation) {
        for (Method method : methodsOf(type)) {
            if (AnnotationUtils.isAnnotationPresent(method, annotation)) {
                return ensureAccessible(method);
            }
        }
        for (Field field : fieldsOf(type)) {
            if (AnnotationUtils.isAnnotationPresent(field, annotation)) {
                return ensureAccessible(field);
            }
        }
        return null;
    }

    private static Object read(AccessibleObject member, Object payload)
            throws InvocationTargetException, IllegalAccessException {
        if (member instanceof Method method) {
            return method.invoke(payload);
        }
        if (member instanceof Field field) {
            return field.get(payload);
        }
        return null;
    }

    private static Long asLong(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Number number ? number.longValue() : Long.parseLong(value.toString());
    }

    /** Where a command type keeps its target: the identifier's member and the version's, either may be null. */
    private record Target(AccessibleObject identifier, AccessibleObject version) {
    }
}
