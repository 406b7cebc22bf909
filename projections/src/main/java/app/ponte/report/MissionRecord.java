package app.ponte.report;

import app.ponte.contact.ContactId;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.MissionId;
import app.ponte.mission.OutcomeKind;
import app.ponte.opportunity.OpportunityId;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.followup.FollowUpId;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.program.ProgramId;
import app.ponte.shared.OutcomeId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A mission as its events tell it, with the program, organizations and people it names as their own events tell
 * them, ready to be written into a report. Times of engagements are venue times in the mission's zone.
 *
 * @param supporters the people of the supporting posts
 * @param events how many events the record was read from
 * @param readAt when it was read
 */
public record MissionRecord(
        MissionId missionId,
        ProgramId programId,
        Program program,
        String title,
        String city,
        String countryCode,
        ZoneId zone,
        LocalDate startDate,
        LocalDate endDate,
        MissionStatus status,
        String cancellationReason,
        String closingReport,
        Party organizer,
        List<Party> supportingPosts,
        List<Person> supporters,
        List<Person> delegation,
        List<Engagement> engagements,
        List<Opportunity> opportunities,
        List<FollowUp> followUps,
        long events,
        Instant readAt) {

    public MissionRecord {
        supportingPosts = List.copyOf(supportingPosts);
        supporters = List.copyOf(supporters);
        delegation = List.copyOf(delegation);
        engagements = List.copyOf(engagements);
        opportunities = List.copyOf(opportunities);
        followUps = List.copyOf(followUps);
    }

    public enum MissionStatus { PLANNED, CONFIRMED, COMPLETED, CANCELLED }

    public enum EngagementState { SCHEDULED, HELD, CANCELLED }

    /** The program the mission belongs to; {@code promoter} is null when the program's events are missing. */
    public record Program(String name, Party promoter, LocalDate startDate, LocalDate endDate,
            List<String> partnerCountries) {

        public Program {
            partnerCountries = List.copyOf(partnerCountries);
        }
    }

    /** An organization as its own events name it now (renamed, merged: the latest name). */
    public record Party(OrganizationId organizationId, String name, String nativeName, OrganizationType type,
            String countryCode, String city) {}

    /**
     * A person named by the mission; {@code name} is null once the contact was erased (its key destroyed), so a
     * report can only say "erased contact".
     */
    public record Person(ContactId contactId, String name, String roleTitle, Party organization) {

        public boolean erased() {
            return name == null;
        }
    }

    public record Engagement(EngagementId engagementId, EngagementKind kind, String title, String venue,
            LocalDateTime start, LocalDateTime end, EngagementState state, String cancellationReason,
            List<Party> counterparts, List<String> themes, List<Person> participants, List<Party> present,
            String minutes, List<Outcome> outcomes) {

        public Engagement {
            // An engagement scheduled without a venue stores none (null); a report prints it as an empty cell.
            venue = venue == null ? "" : venue;
            counterparts = List.copyOf(counterparts);
            themes = List.copyOf(themes);
            participants = List.copyOf(participants);
            present = List.copyOf(present);
            outcomes = List.copyOf(outcomes);
        }
    }

    /** An outcome still standing (a retracted one is not reported). */
    public record Outcome(OutcomeId outcomeId, OutcomeKind kind, String description, List<Party> counterparts,
            List<String> themes) {

        public Outcome {
            counterparts = List.copyOf(counterparts);
            themes = List.copyOf(themes);
        }
    }

    public record Opportunity(OpportunityId opportunityId, String title, String description, OpportunityStage stage,
            boolean dropped, String dropReason) {}

    public record FollowUp(FollowUpId followUpId, String description, String ownerUserId, LocalDate dueOn,
            LocalDate completedOn, String note) {}
}
