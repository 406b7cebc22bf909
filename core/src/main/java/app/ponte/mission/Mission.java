package app.ponte.mission;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import app.ponte.contact.ContactDirectory;
import app.ponte.contact.ContactId;
import app.ponte.organization.OrganizationDirectory;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationStanding;
import app.ponte.organization.OrganizationType;
import app.ponte.program.ProgramDirectory;
import app.ponte.program.ProgramId;
import app.ponte.shared.OutcomeId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A delegation abroad and its agenda. The engagements and their outcomes live inside the mission so that rules
 * spanning the agenda (within the mission's days, no duplicate, no outcome for an engagement not held, nothing new in
 * a cancelled or completed mission) are decided on one consistent state.
 */
public class Mission {

    private enum Status {
        PLANNED,
        CONFIRMED,
        CANCELLED,
        COMPLETED
    }

    @AggregateIdentifier
    private MissionId missionId;

    private ProgramId programId;
    private String title;
    private String city;
    private String countryCode;
    private Status status;
    private ZoneId zone;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private OrganizationId organizerId;
    // Insertion-ordered so that the engagements cancelled with a mission are listed in the order they were scheduled.
    private final Map<EngagementId, Engagement> engagements = new LinkedHashMap<>();
    private final Map<OutcomeId, Outcome> outcomes = new HashMap<>();
    private final Set<ContactId> delegation = new HashSet<>();
    private final Set<OrganizationId> supportingPosts = new HashSet<>();

    /** Axon rebuilds a mission from its events, starting from this empty state. */
    protected Mission() {}

    /*
     * Create-if-missing rather than a constructor: planning an id that exists then reaches this handler, which
     * rejects it by name, on any event store (a constructor would rely on the store's duplicate detection).
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PlanMission command, ProgramDirectory programs) {
        if (missionId != null) {
            throw new MissionAlreadyPlanned(command.missionId());
        }
        if (command.endDate().isBefore(command.startDate())) {
            throw new MissionEndsBeforeItStarts(command.startDate(), command.endDate());
        }
        programs.requireOpen("programId", command.programId());
        apply(new MissionPlanned(
                command.missionId(),
                command.programId(),
                command.title(),
                command.city(),
                command.countryCode(),
                command.zone(),
                command.startDate(),
                command.endDate()));
    }

    @CommandHandler
    void handle(ConfirmMission command) {
        requireOpen();
        if (status == Status.CONFIRMED) {
            throw new MissionAlreadyConfirmed(title);
        }
        apply(new MissionConfirmed(missionId, programId, title));
    }

    @CommandHandler
    void handle(AmendMission command) {
        requireOpen();
        if (command.endDate().isBefore(command.startDate())) {
            throw new MissionEndsBeforeItStarts(command.startDate(), command.endDate());
        }
        boolean agendaExists = engagements.values().stream().anyMatch(Engagement::isLive);
        if (!command.zone().equals(zone) && agendaExists) {
            throw new TimeZoneFixedOnceScheduled(zone, command.zone());
        }
        for (Engagement engagement : engagements.values()) {
            if (engagement.isLive()) {
                requireWithinDays(LocalDateTime.ofInstant(engagement.startsAt(), zone),
                        LocalDateTime.ofInstant(engagement.endsAt(), zone), command.startDate(), command.endDate());
            }
        }
        boolean unchanged = title.equals(command.title()) && city.equals(command.city())
                && countryCode.equals(command.countryCode()) && zone.equals(command.zone())
                && firstDay.equals(command.startDate()) && lastDay.equals(command.endDate());
        if (unchanged) {
            return;
        }
        apply(new MissionAmended(missionId, programId, command.title(), command.city(), command.countryCode(),
                command.zone(), command.startDate(), command.endDate()));
    }

    @CommandHandler
    void handle(CancelMission command) {
        requireOpen();
        List<EngagementId> scheduled = engagements.values().stream()
                .filter(e -> e.status() == Engagement.Status.SCHEDULED)
                .map(Engagement::id)
                .toList();
        apply(new MissionCancelled(missionId, programId, title, command.reason(), scheduled));
    }

    @CommandHandler
    void handle(CompleteMission command) {
        requireOpen();
        if (status != Status.CONFIRMED) {
            throw new MissionNotConfirmed(title);
        }
        long open = engagements.values().stream().filter(e -> e.status() == Engagement.Status.SCHEDULED).count();
        if (open > 0) {
            throw new EngagementsStillScheduled(title, (int) open);
        }
        apply(new MissionCompleted(missionId, programId, title, command.report()));
    }

    @CommandHandler
    void handle(AssignMissionOrganizer command, OrganizationDirectory organizations) {
        requireOpen();
        if (command.organizerId().equals(organizerId)) {
            return;
        }
        organizations.requireActive("organizerId", command.organizerId(), "the mission's organizer");
        apply(new MissionOrganizerAssigned(missionId, programId, command.organizerId()));
    }

    @CommandHandler
    void handle(AddDelegationMember command, OrganizationDirectory organizations, ContactDirectory contacts) {
        requireOpen();
        if (delegation.contains(command.contactId())) {
            throw new AlreadyInDelegation(command.contactId());
        }
        contacts.requireUsable("contactId", command.contactId());
        organizations.requireActive("organizationId", command.organizationId(), "the organization a delegate represents");
        apply(new DelegationMemberAdded(missionId, programId, command.contactId(), command.organizationId()));
    }

    @CommandHandler
    void handle(RemoveDelegationMember command) {
        requireOpen();
        if (!delegation.contains(command.contactId())) {
            throw new NotInDelegation(command.contactId());
        }
        apply(new DelegationMemberRemoved(missionId, programId, command.contactId()));
    }

    @CommandHandler
    void handle(AddSupportingPost command, OrganizationDirectory organizations) {
        requireOpen();
        if (supportingPosts.contains(command.postId())) {
            throw new PostAlreadySupporting(command.postId());
        }
        OrganizationStanding post = organizations.requireActive("postId", command.postId(), "a supporting post");
        if (post.type() != OrganizationType.DIPLOMATIC_POST) {
            throw new NotADiplomaticPost(post.name());
        }
        apply(new SupportingPostAdded(missionId, programId, command.postId()));
    }

    @CommandHandler
    void handle(RemoveSupportingPost command) {
        requireOpen();
        if (!supportingPosts.contains(command.postId())) {
            throw new NotASupportingPost(command.postId());
        }
        apply(new SupportingPostRemoved(missionId, programId, command.postId()));
    }

    @CommandHandler
    void handle(ScheduleEngagement command, OrganizationDirectory organizations) {
        requireOpen();
        if (engagements.containsKey(command.engagementId())) {
            throw new EngagementAlreadyScheduled(command.engagementId());
        }
        requireSpanWithinMission(command.start(), command.end());
        requireCounterparts(organizations, command.counterparts(), Set.of());
        apply(new EngagementScheduled(
                missionId,
                programId,
                command.engagementId(),
                command.kind(),
                command.title(),
                command.venue(),
                command.start().atZone(zone).toInstant(),
                command.end().atZone(zone).toInstant(),
                zone,
                command.counterparts(),
                command.themes()));
    }

    @CommandHandler
    void handle(RescheduleEngagement command) {
        requireOpen();
        Engagement engagement = scheduled(command.engagementId());
        requireSpanWithinMission(command.start(), command.end());
        Instant startsAt = command.start().atZone(zone).toInstant();
        Instant endsAt = command.end().atZone(zone).toInstant();
        if (startsAt.equals(engagement.startsAt()) && endsAt.equals(engagement.endsAt())) {
            return;
        }
        apply(new EngagementRescheduled(missionId, programId, engagement.id(), startsAt, endsAt, zone,
                engagement.startsAt(), engagement.endsAt()));
    }

    @CommandHandler
    void handle(CancelEngagement command) {
        requireOpen();
        Engagement engagement = scheduled(command.engagementId());
        apply(new EngagementCancelled(missionId, programId, engagement.id(), command.reason()));
    }

    @CommandHandler
    void handle(RecordAttendance command, OrganizationDirectory organizations, ContactDirectory contacts) {
        requireOpen();
        Engagement engagement = engagement(command.engagementId());
        if (engagement.status() == Engagement.Status.CANCELLED) {
            throw new EngagementWasCancelled(engagement.title());
        }
        command.participants().forEach(contact -> contacts.requireUsable("participants", contact));
        for (OrganizationId present : command.organizationsPresent()) {
            organizations.requireActive("organizationsPresent", present, "an organization present");
        }
        apply(new AttendanceRecorded(missionId, programId, engagement.id(), command.participants(),
                command.organizationsPresent()));
    }

    @CommandHandler
    void handle(MarkEngagementHeld command) {
        requireOpen();
        Engagement engagement = scheduled(command.engagementId());
        apply(new EngagementHeld(missionId, programId, engagement.id(), engagement.kind(),
                engagement.counterparts(), command.minutes()));
    }

    /*
     * Outcomes may still be logged, amended or retracted once the mission is completed: what an engagement led to
     * often becomes clear only weeks after the delegation is back. Only a cancelled mission refuses them.
     */
    @CommandHandler
    void handle(LogOutcome command, OrganizationDirectory organizations) {
        requireNotCancelled();
        Engagement engagement = engagement(command.engagementId());
        if (engagement.status() != Engagement.Status.HELD) {
            throw new OutcomeNeedsHeldEngagement(engagement.title());
        }
        if (outcomes.containsKey(command.outcomeId())) {
            throw new OutcomeAlreadyLogged(command.outcomeId());
        }
        requireCounterparts(organizations, command.counterparts(), Set.of());
        apply(new OutcomeLogged(missionId, programId, engagement.id(), command.outcomeId(), command.kind(),
                command.description(), command.counterparts(), command.themes(), command.expectedValue()));
    }

    @CommandHandler
    void handle(AmendOutcome command, OrganizationDirectory organizations) {
        requireNotCancelled();
        Outcome outcome = liveOutcome(command.outcomeId());
        requireCounterparts(organizations, command.counterparts(), outcome.counterparts());
        apply(new OutcomeAmended(missionId, programId, outcome.engagementId(), outcome.id(), command.kind(),
                command.description(), command.counterparts(), command.themes(), command.expectedValue()));
    }

    @CommandHandler
    void handle(RetractOutcome command) {
        requireNotCancelled();
        Outcome outcome = liveOutcome(command.outcomeId());
        apply(new OutcomeRetracted(missionId, programId, outcome.engagementId(), outcome.id(), outcome.kind(),
                command.reason()));
    }

    /** For {@link RepositoryOutcomeLookup} only. */
    Optional<OutcomeStanding> outcomeStanding(OutcomeId outcomeId) {
        return Optional.ofNullable(outcomes.get(outcomeId)).map(outcome -> new OutcomeStanding(missionId, programId,
                outcome.engagementId(), outcome.id(), outcome.kind(), outcome.retracted()));
    }

    /*
     * A counterpart named anew must be a registered, active organization; one the record already names stays
     * acceptable after it is archived or merged, so that an outcome can still be corrected.
     */
    private static void requireCounterparts(OrganizationDirectory organizations, List<OrganizationId> counterparts,
            Set<OrganizationId> alreadyNamed) {
        for (OrganizationId counterpart : counterparts) {
            if (!alreadyNamed.contains(counterpart)) {
                organizations.requireActive("counterparts", counterpart, "a counterpart");
            }
        }
    }

    private void requireNotCancelled() {
        if (status == Status.CANCELLED) {
            throw new MissionWasCancelled(title);
        }
    }

    private void requireOpen() {
        requireNotCancelled();
        if (status == Status.COMPLETED) {
            throw new MissionWasCompleted(title);
        }
    }

    /** A new or moved engagement, in venue time: it ends after it starts, within the mission's days. */
    private void requireSpanWithinMission(LocalDateTime start, LocalDateTime end) {
        if (!end.isAfter(start)) {
            throw new EngagementEndsBeforeItStarts(start, end);
        }
        requireWithinDays(start, end, firstDay, lastDay);
    }

    /** Scheduling, rescheduling and amending the mission's dates all keep every engagement inside these days. */
    private static void requireWithinDays(LocalDateTime start, LocalDateTime end, LocalDate first, LocalDate last) {
        if (start.toLocalDate().isBefore(first) || end.toLocalDate().isAfter(last)) {
            throw new EngagementOutsideMissionDates(start, end, first, last);
        }
    }

    private Engagement engagement(EngagementId engagementId) {
        Engagement engagement = engagements.get(engagementId);
        if (engagement == null) {
            throw new UnknownEngagement(engagementId);
        }
        return engagement;
    }

    /** The engagement, if it can still be moved, cancelled or held. */
    private Engagement scheduled(EngagementId engagementId) {
        Engagement engagement = engagement(engagementId);
        switch (engagement.status()) {
            case CANCELLED -> throw new EngagementWasCancelled(engagement.title());
            case HELD -> throw new EngagementAlreadyHeld(engagement.title());
            case SCHEDULED -> {
            }
        }
        return engagement;
    }

    private Outcome liveOutcome(OutcomeId outcomeId) {
        Outcome outcome = outcomes.get(outcomeId);
        if (outcome == null) {
            throw new UnknownOutcome(outcomeId);
        }
        if (outcome.retracted()) {
            throw new OutcomeWasRetracted(outcomeId);
        }
        return outcome;
    }

    @EventSourcingHandler
    void on(MissionPlanned event) {
        missionId = event.missionId();
        programId = event.programId();
        title = event.title();
        city = event.city();
        countryCode = event.countryCode();
        status = Status.PLANNED;
        zone = event.zone();
        firstDay = event.startDate();
        lastDay = event.endDate();
    }

    @EventSourcingHandler
    void on(MissionConfirmed event) {
        status = Status.CONFIRMED;
    }

    @EventSourcingHandler
    void on(MissionAmended event) {
        title = event.title();
        city = event.city();
        countryCode = event.countryCode();
        zone = event.zone();
        firstDay = event.startDate();
        lastDay = event.endDate();
    }

    @EventSourcingHandler
    void on(MissionCancelled event) {
        status = Status.CANCELLED;
        event.cancelledEngagements().forEach(id -> engagements.computeIfPresent(id,
                (key, engagement) -> engagement.withStatus(Engagement.Status.CANCELLED)));
    }

    @EventSourcingHandler
    void on(MissionCompleted event) {
        status = Status.COMPLETED;
    }

    @EventSourcingHandler
    void on(MissionOrganizerAssigned event) {
        organizerId = event.organizerId();
    }

    @EventSourcingHandler
    void on(DelegationMemberAdded event) {
        delegation.add(event.contactId());
    }

    @EventSourcingHandler
    void on(DelegationMemberRemoved event) {
        delegation.remove(event.contactId());
    }

    @EventSourcingHandler
    void on(SupportingPostAdded event) {
        supportingPosts.add(event.postId());
    }

    @EventSourcingHandler
    void on(SupportingPostRemoved event) {
        supportingPosts.remove(event.postId());
    }

    @EventSourcingHandler
    void on(EngagementScheduled event) {
        engagements.put(event.engagementId(), new Engagement(event.engagementId(), event.kind(), event.title(),
                event.startsAt(), event.endsAt(), event.counterparts(), Engagement.Status.SCHEDULED));
    }

    @EventSourcingHandler
    void on(EngagementRescheduled event) {
        engagements.computeIfPresent(event.engagementId(),
                (id, engagement) -> engagement.movedTo(event.startsAt(), event.endsAt()));
    }

    @EventSourcingHandler
    void on(EngagementCancelled event) {
        engagements.computeIfPresent(event.engagementId(),
                (id, engagement) -> engagement.withStatus(Engagement.Status.CANCELLED));
    }

    @EventSourcingHandler
    void on(EngagementHeld event) {
        engagements.computeIfPresent(event.engagementId(),
                (id, engagement) -> engagement.withStatus(Engagement.Status.HELD));
    }

    @EventSourcingHandler
    void on(OutcomeLogged event) {
        outcomes.put(event.outcomeId(), new Outcome(event.outcomeId(), event.engagementId(), event.kind(),
                Outcome.named(event.counterparts()), false));
    }

    @EventSourcingHandler
    void on(OutcomeAmended event) {
        outcomes.put(event.outcomeId(), new Outcome(event.outcomeId(), event.engagementId(), event.kind(),
                Outcome.named(event.counterparts()), false));
    }

    @EventSourcingHandler
    void on(OutcomeRetracted event) {
        outcomes.computeIfPresent(event.outcomeId(), (id, outcome) -> outcome.retract());
    }
}
