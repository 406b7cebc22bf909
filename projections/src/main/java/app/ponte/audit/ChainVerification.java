package app.ponte.audit;

import app.ponte.contact.ContactId;
import app.ponte.contact.PersonalDataAudit;
import app.ponte.store.HashChain;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;

/**
 * Answers a verify of the hash chain for the views, in the views' own words, and the chain's reach. A verify reads
 * every event; who may ask for one is for the access rules to say.
 */
public class ChainVerification {

    private final HashChain chain;
    private final Clock clock;
    private final PersonalDataAudit personalData;

    public ChainVerification(HashChain chain, Clock clock) {
        this(chain, clock, null);
    }

    /** Also checks that every contact's sealed personal data authenticates, when {@code personalData} is given. */
    public ChainVerification(HashChain chain, Clock clock, PersonalDataAudit personalData) {
        this.chain = chain;
        this.clock = clock;
        this.personalData = personalData;
    }

    @QueryHandler
    public ChainStatus handle(ShowChainStatus query) {
        return new ChainStatus(chain.lastLinkedNumber());
    }

    @QueryHandler
    public ChainVerdict handle(VerifyHashChain query) {
        Instant started = clock.instant();
        var report = chain.verify();
        List<String> tampered = personalData == null ? List.of()
                : personalData.tamperedContacts().stream().map(ContactId::toString).toList();
        long millis = Duration.between(started, clock.instant()).toMillis();
        String summary = report.summary() + (tampered.isEmpty() ? ""
                : " The personal data of " + tampered.size() + " contact(s) fails authentication although its key "
                        + "exists (tampered): " + String.join(", ", tampered) + ".");
        return new ChainVerdict(report.intact(), report.linked(), report.verified(), report.brokenAt(),
                report.eventId(), report.reason(), summary, started, millis, report.unlinked(), tampered);
    }
}
