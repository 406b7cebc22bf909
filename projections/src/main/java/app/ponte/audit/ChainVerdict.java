package app.ponte.audit;

import java.time.Instant;
import java.util.List;

/**
 * What a verify of the hash chain found: {@code intact} when all {@code linked} events verify, otherwise the first
 * global number {@code brokenAt} where it breaks and why. {@code summary} says it in one sentence; {@code unlinked}
 * counts the numbers taken after the last link (appended since, not linked yet). {@code tamperedContacts} names the
 * contacts whose personal data fails authentication although their key exists: altered, never to be read as erased.
 */
public record ChainVerdict(
        boolean intact,
        long linked,
        long verified,
        long brokenAt,
        String eventId,
        String reason,
        String summary,
        Instant checkedAt,
        long millis,
        long unlinked,
        List<String> tamperedContacts) {

    public ChainVerdict {
        tamperedContacts = List.copyOf(tamperedContacts);
    }
}
