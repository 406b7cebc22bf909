package app.ponte.webhook;

import app.ponte.program.ProgramId;
import app.ponte.shared.Check;
import app.ponte.shared.InvalidField;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Starts sending the named event types of the named programs (none: every program) to {@code url}.
 * {@code personalData} allows contacts' names, e-mail addresses and phone numbers in what is sent. The secret itself
 * is kept apart from the record; {@code secretVersion} names which one signs (1 for the first).
 */
public record RegisterWebhookEndpoint(
        @TargetAggregateIdentifier WebhookEndpointId endpointId, String name, String url, List<String> eventTypes,
        List<ProgramId> programs, boolean personalData, int secretVersion) {

    static final Pattern EVENT_TYPE = Pattern.compile("^[A-Za-z][A-Za-z0-9.]{0,99}$");

    public RegisterWebhookEndpoint {
        Check.present("endpointId", endpointId);
        name = Check.text("name", name, Check.NAME_MAX);
        url = WebhookUrl.check("url", url);
        eventTypes = eventTypes(eventTypes);
        programs = Check.list("programs", programs).stream().distinct().sorted(
                Comparator.comparing(ProgramId::toString)).toList();
        if (secretVersion < 1) {
            throw new InvalidField("secretVersion", "must be 1 or more");
        }
    }

    static List<String> eventTypes(Collection<String> given) {
        var types = Check.nonEmptyList("eventTypes", given);
        for (var type : types) {
            if (type == null || !EVENT_TYPE.matcher(type).matches()) {
                throw new InvalidField("eventTypes", "must be event type names such as EngagementScheduled");
            }
        }
        return types.stream().distinct().sorted().toList();
    }
}
