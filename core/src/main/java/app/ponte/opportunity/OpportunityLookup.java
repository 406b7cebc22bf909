package app.ponte.opportunity;

import java.util.Optional;

/**
 * Finds an opportunity while another aggregate decides, such as a follow-up assigned from it. Injected into command
 * handler methods like {@link app.ponte.mission.OutcomeLookup}; the ui declares {@link RepositoryOpportunityLookup}.
 */
public interface OpportunityLookup {

    Optional<OpportunityStanding> find(OpportunityId opportunityId);
}
