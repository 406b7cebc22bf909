package app.ponte.directory;

import app.ponte.mission.EngagementId;
import app.ponte.mission.MissionId;
import app.ponte.opportunity.OpportunityId;
import app.ponte.program.ProgramId;
import app.ponte.shared.OutcomeId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Every engagement, outcome, contact and opportunity with one organization, across programs and missions. */
public record Organization360(
        OrganizationCard organization,
        List<Engagement> engagements,
        List<Outcome> outcomes,
        List<ContactCard> contacts,
        List<Opportunity> opportunities) {

    public Organization360 {
        engagements = List.copyOf(engagements);
        outcomes = List.copyOf(outcomes);
        contacts = List.copyOf(contacts);
        opportunities = List.copyOf(opportunities);
    }

    /** An engagement the organization was a counterpart in, or present at. */
    public record Engagement(EngagementId engagementId, MissionId missionId, ProgramId programId, String missionTitle,
            String kind, String title, Instant startsAt, ZoneId zone, String status) {}

    /** An outcome that names the organization as a counterpart. */
    public record Outcome(OutcomeId outcomeId, EngagementId engagementId, ProgramId programId, String kind,
            String description) {}

    /** An opportunity pursued from one of those outcomes. */
    public record Opportunity(OpportunityId opportunityId, ProgramId programId, String title, String stage,
            boolean dropped) {}
}
