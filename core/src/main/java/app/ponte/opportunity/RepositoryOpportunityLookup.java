package app.ponte.opportunity;

import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Answers from the opportunity's own event stream; the opportunity is loaded into the caller's unit of work and only
 * read.
 */
public class RepositoryOpportunityLookup implements OpportunityLookup {

    private final Supplier<Repository<Opportunity>> opportunities;

    public RepositoryOpportunityLookup(Repository<Opportunity> opportunities) {
        this(() -> opportunities);
    }

    /** For wiring before Axon has started: {@code () -> axonConfiguration.repository(Opportunity.class)}. */
    public RepositoryOpportunityLookup(Supplier<Repository<Opportunity>> opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public Optional<OpportunityStanding> find(OpportunityId opportunityId) {
        try {
            return Optional.of(opportunities.get().load(opportunityId.toString()).invoke(Opportunity::standing));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
