package app.ponte.audit;

import app.ponte.store.HashChain;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.queryhandling.QueryHandler;

/**
 * Answers a verify of the hash chain for the views, in the views' own words, and the chain's reach. A verify reads
 * every event; who may ask for one is for the access rules to say.
 */
public class ChainVerification {

    private final HashChain chain;
    private final Clock clock;

    public ChainVerification(HashChain chain, Clock clock) {
        this.chain = chain;
        this.clock = clock;
    }

    @QueryHandler
    public ChainStatus handle(ShowChainStatus query) {
        return new ChainStatus(chain.lastLinkedNumber());
    }

    @QueryHandler
    public ChainVerdict handle(VerifyHashChain query) {
        Instant started = clock.instant();
        var report = chain.verify();
        long millis = Duration.between(started, clock.instant()).toMillis();
        return new ChainVerdict(report.intact(), report.linked(), report.verified(), report.brokenAt(),
                report.eventId(), report.reason(), report.summary(), started, millis, report.unlinked());
    }
}
