package app.ponte.report;

import app.ponte.contact.ContactAdded;
import app.ponte.contact.ContactDetailsCorrected;
import app.ponte.contact.ContactErased;
import app.ponte.contact.ContactId;
import app.ponte.contact.ContactRoleChanged;
import app.ponte.contact.PersonalDataVault;
import app.ponte.followup.FollowUpAssigned;
import app.ponte.followup.FollowUpCompleted;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpReassigned;
import app.ponte.followup.FollowUpReopened;
import app.ponte.mission.AttendanceRecorded;
import app.ponte.mission.DelegationMemberAdded;
import app.ponte.mission.DelegationMemberRemoved;
import app.ponte.mission.EngagementCancelled;
import app.ponte.mission.EngagementHeld;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementRescheduled;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionAmended;
import app.ponte.mission.MissionCancelled;
import app.ponte.mission.MissionCompleted;
import app.ponte.mission.MissionConfirmed;
import app.ponte.mission.MissionOrganizerAssigned;
import app.ponte.mission.MissionPlanned;
import app.ponte.mission.OutcomeAmended;
import app.ponte.mission.OutcomeLogged;
import app.ponte.mission.OutcomeRetracted;
import app.ponte.mission.SupportingPostAdded;
import app.ponte.mission.SupportingPostRemoved;
import app.ponte.opportunity.OpportunityAdvanced;
import app.ponte.opportunity.OpportunityDropped;
import app.ponte.opportunity.OpportunityId;
import app.ponte.opportunity.OpportunityOpened;
import app.ponte.opportunity.OpportunityReopened;
import app.ponte.organization.OrganizationDetailsCorrected;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationMergedInto;
import app.ponte.organization.OrganizationRegistered;
import app.ponte.organization.OrganizationRenamed;
import app.ponte.privacy.Sealed;
import app.ponte.program.ProgramAmended;
import app.ponte.program.ProgramClosed;
import app.ponte.program.ProgramLaunched;
import app.ponte.report.MissionRecord.Engagement;
import app.ponte.report.MissionRecord.EngagementState;
import app.ponte.report.MissionRecord.FollowUp;
import app.ponte.report.MissionRecord.MissionStatus;
import app.ponte.report.MissionRecord.Opportunity;
import app.ponte.report.MissionRecord.Outcome;
import app.ponte.report.MissionRecord.Party;
import app.ponte.report.MissionRecord.Person;
import app.ponte.report.MissionRecord.Program;
import app.ponte.shared.CountryCode;
import app.ponte.shared.OutcomeId;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

/**
 * Builds a {@link MissionRecord} from the event store: the mission's own stream, then the stream of every program,
 * organization, contact, opportunity and follow-up it names. Nothing of what the report states comes from a read
 * model; the opportunity board and follow-up list are asked only <em>which</em> opportunities and follow-ups name
 * the mission (their events carry the mission's id, but finding them otherwise means reading every stream).
 *
 * <p>Contacts' names are opened through the privacy vault; once a contact was erased its name cannot be opened and
 * the record carries no name for it.
 */
public class MissionReports {

    // The read models' collections, named by their projections (package-private there).
    private static final String OPPORTUNITY_BOARD = "opportunity_board";
    private static final String FOLLOW_UPS = "followups";
    private static final String CONTACTS = "directory_contacts";

    private final EventStore events;
    private final MongoDatabase readModels;
    private final PersonalDataVault vault;
    private final Clock clock;

    public MissionReports(EventStore events, MongoDatabase readModels, PersonalDataVault vault, Clock clock) {
        this.events = events;
        this.readModels = readModels;
        this.vault = vault;
        this.clock = clock;
    }

    @QueryHandler
    public Optional<MissionRecord> handle(GetMissionRecord query) {
        return new Reading().mission(query.missionId().toString());
    }

    @QueryHandler
    public Optional<ProgramProfile> handle(GetProgramProfile query) {
        return new Reading().profile(query);
    }

    /** One report's reading: each stream it names is read once. */
    private final class Reading {

        private long count;
        private final Map<String, Party> parties = new HashMap<>();
        private final Map<String, Person> people = new HashMap<>();

        private void each(String aggregateId, Consumer<Object> fold) {
            var stream = events.readEvents(aggregateId);
            while (stream.hasNext()) {
                DomainEventMessage<?> event = stream.next();
                count++;
                fold.accept(event.getPayload());
            }
        }

        Optional<ProgramProfile> profile(GetProgramProfile query) {
            ProgramLaunched[] latest = {null};
            Instant[] closed = {null};
            var stream = events.readEvents(query.programId().toString());
            while (stream.hasNext()) {
                DomainEventMessage<?> event = stream.next();
                count++;
                Object payload = event.getPayload();
                if (payload instanceof ProgramLaunched launched) {
                    latest[0] = launched;
                } else if (payload instanceof ProgramAmended amended) {
                    latest[0] = new ProgramLaunched(amended.programId(), amended.name(), amended.promoterId(),
                            amended.partnerCountries(), amended.period());
                } else if (payload instanceof ProgramClosed) {
                    closed[0] = event.getTimestamp();
                }
            }
            ProgramLaunched program = latest[0];
            if (program == null) {
                return Optional.empty();
            }
            var organizers = new LinkedHashMap<String, Party>();
            var delegations = new LinkedHashMap<String, Party>();
            for (var missionId : query.missions()) {
                var mission = new MissionFold();
                each(missionId.toString(), mission::on);
                if (mission.planned == null || !mission.planned.programId().equals(query.programId())) {
                    continue;
                }
                if (mission.organizer != null) {
                    organizers.computeIfAbsent(mission.organizer, this::party);
                }
                mission.delegation.values().stream().filter(java.util.Objects::nonNull)
                        .forEach(id -> delegations.computeIfAbsent(id.toString(), this::party));
            }
            return Optional.of(new ProgramProfile(program.programId(), program.name(),
                    party(program.promoterId().toString()),
                    program.partnerCountries().stream().map(CountryCode::value).toList(), program.period().start(),
                    program.period().end(),
                    closed[0] == null ? null : LocalDate.ofInstant(closed[0], ZoneOffset.UTC),
                    List.copyOf(organizers.values()), List.copyOf(delegations.values())));
        }

        Optional<MissionRecord> mission(String missionId) {
            var mission = new MissionFold();
            each(missionId, mission::on);
            if (mission.planned == null) {
                return Optional.empty();
            }
            MissionPlanned planned = mission.planned;
            Program program = program(planned.programId().toString());
            List<Engagement> engagements = mission.engagements.values().stream()
                    .map(this::engagement)
                    .sorted(Comparator.comparing(Engagement::start).thenComparing(Engagement::title))
                    .toList();
            return Optional.of(new MissionRecord(planned.missionId(), planned.programId(), program, planned.title(),
                    planned.city(), planned.countryCode(), planned.zone(), planned.startDate(), planned.endDate(),
                    mission.status, mission.cancellationReason, mission.closingReport,
                    mission.organizer == null ? null : party(mission.organizer),
                    mission.posts.stream().map(this::party).toList(), supporters(mission.posts),
                    mission.delegation.entrySet().stream()
                            .map(member -> person(member.getKey(), member.getValue())).toList(),
                    engagements, opportunities(missionId), followUps(missionId), count, clock.instant()));
        }

        private Program program(String programId) {
            ProgramLaunched[] latest = {null};
            each(programId, payload -> {
                if (payload instanceof ProgramLaunched launched) {
                    latest[0] = launched;
                } else if (payload instanceof ProgramAmended amended) {
                    latest[0] = new ProgramLaunched(amended.programId(), amended.name(), amended.promoterId(),
                            amended.partnerCountries(), amended.period());
                }
            });
            ProgramLaunched program = latest[0];
            if (program == null) {
                return new Program(null, null, null, null, List.of());
            }
            return new Program(program.name(), party(program.promoterId().toString()), program.period().start(),
                    program.period().end(), program.partnerCountries().stream().map(CountryCode::value).toList());
        }

        private Engagement engagement(EngagementFold fold) {
            EngagementScheduled scheduled = fold.scheduled;
            ZoneId zone = fold.zone;
            return new Engagement(scheduled.engagementId(), scheduled.kind(), scheduled.title(), scheduled.venue(),
                    LocalDateTime.ofInstant(fold.startsAt, zone), LocalDateTime.ofInstant(fold.endsAt, zone),
                    fold.state, fold.cancellationReason,
                    fold.counterparts.stream().map(id -> party(id.toString())).toList(), scheduled.themes(),
                    fold.participants.stream().map(id -> person(id.toString(), null)).toList(),
                    fold.present.stream().map(id -> party(id.toString())).toList(), fold.minutes,
                    fold.outcomes.values().stream().map(outcome -> new Outcome(outcome.outcomeId(), outcome.kind(),
                            outcome.description(),
                            outcome.counterparts() == null ? List.of()
                                    : outcome.counterparts().stream().map(id -> party(id.toString())).toList(),
                            outcome.themes() == null ? List.of() : outcome.themes())).toList());
        }

        private Party party(OrganizationId id) {
            return party(id.toString());
        }

        private Party party(String organizationId) {
            return parties.computeIfAbsent(organizationId, id -> {
                Party[] latest = {null};
                each(id, payload -> {
                    Party now = latest[0];
                    if (payload instanceof OrganizationRegistered registered) {
                        latest[0] = new Party(registered.organizationId(), registered.name(),
                                registered.nativeName(), registered.type(), registered.country().value(),
                                registered.city());
                    } else if (now != null && payload instanceof OrganizationRenamed renamed) {
                        latest[0] = new Party(now.organizationId(), renamed.name(), renamed.nativeName(), now.type(),
                                now.countryCode(), now.city());
                    } else if (now != null && payload instanceof OrganizationDetailsCorrected corrected) {
                        latest[0] = new Party(now.organizationId(),
                                corrected.name() == null ? now.name() : corrected.name(), now.nativeName(),
                                corrected.type(), corrected.country().value(), corrected.city());
                    } else if (now != null && payload instanceof OrganizationMergedInto merged) {
                        // A merged organization is reported under the name of the one it became.
                        latest[0] = new Party(now.organizationId(), merged.survivorName(), null, now.type(),
                                now.countryCode(), now.city());
                    }
                });
                return latest[0] != null ? latest[0]
                        : new Party(OrganizationId.of(id), null, null, null, null, null);
            });
        }

        /** {@code organization}: where the mission's own event places the person, else the contact's own. */
        private Person person(String contactId, OrganizationId organization) {
            Person person = people.computeIfAbsent(contactId, id -> {
                ContactId contact = ContactId.of(id);
                String[] name = {null};
                String[] role = {null};
                String[] employer = {null};
                boolean[] erased = {false};
                each(id, payload -> {
                    if (payload instanceof ContactAdded added) {
                        name[0] = open(contact, added.fullName());
                        role[0] = added.roleTitle();
                        employer[0] = added.organizationId() == null ? null : added.organizationId().toString();
                    } else if (payload instanceof ContactDetailsCorrected corrected) {
                        name[0] = open(contact, corrected.fullName());
                    } else if (payload instanceof ContactRoleChanged changed) {
                        role[0] = changed.roleTitle();
                        employer[0] = changed.organizationId() == null ? null : changed.organizationId().toString();
                    } else if (payload instanceof ContactErased) {
                        erased[0] = true;
                    }
                });
                return new Person(contact, erased[0] ? null : name[0], erased[0] ? null : role[0],
                        employer[0] == null ? null : party(employer[0]));
            });
            if (organization != null && (person.organization() == null
                    || !person.organization().organizationId().equals(organization))) {
                return new Person(person.contactId(), person.name(), person.roleTitle(), party(organization));
            }
            return person;
        }

        private String open(ContactId contact, Sealed sealed) {
            if (sealed == null || vault == null) {
                return null;
            }
            return vault.open(contact, sealed).orElse(null);
        }

        private List<String> namedBy(String collection, String missionId) {
            return readModels.getCollection(collection).find(Filters.eq("missionId", missionId))
                    .map(document -> document.getString("_id")).into(new ArrayList<>());
        }

        /**
         * The people of the diplomatic posts that supported the mission: the directory is asked who works there,
         * each contact's own events say whether they still do.
         */
        private List<Person> supporters(List<String> posts) {
            if (posts.isEmpty()) {
                return List.of();
            }
            List<Person> found = new ArrayList<>();
            for (Document contact : readModels.getCollection(CONTACTS).find(Filters.in("organizationId", posts))) {
                Person person = person(contact.getString("_id"), null);
                if (person.organization() != null
                        && posts.contains(person.organization().organizationId().toString())) {
                    found.add(person);
                }
            }
            found.sort(Comparator.comparing((Person person) -> posts.indexOf(
                    person.organization().organizationId().toString()))
                    .thenComparing(person -> person.name() == null ? "\uffff" : person.name()));
            return found;
        }

        private List<Opportunity> opportunities(String missionId) {
            List<Opportunity> opened = new ArrayList<>();
            for (String id : namedBy(OPPORTUNITY_BOARD, missionId)) {
                Opportunity[] latest = {null};
                each(id, payload -> {
                    Opportunity now = latest[0];
                    if (payload instanceof OpportunityOpened event && event.missionId().toString().equals(missionId)) {
                        latest[0] = new Opportunity(event.opportunityId(), event.title(), event.description(),
                                event.stage(), false, null);
                    } else if (now != null && payload instanceof OpportunityAdvanced event) {
                        latest[0] = new Opportunity(now.opportunityId(), now.title(), now.description(), event.to(),
                                false, null);
                    } else if (now != null && payload instanceof OpportunityDropped event) {
                        latest[0] = new Opportunity(now.opportunityId(), now.title(), now.description(),
                                event.stage(), true, event.reason());
                    } else if (now != null && payload instanceof OpportunityReopened event) {
                        latest[0] = new Opportunity(now.opportunityId(), now.title(), now.description(),
                                event.to(), false, null);
                    }
                });
                if (latest[0] != null) {
                    opened.add(latest[0]);
                }
            }
            opened.sort(Comparator.comparing(Opportunity::title));
            return opened;
        }

        private List<FollowUp> followUps(String missionId) {
            List<FollowUp> assigned = new ArrayList<>();
            for (String id : namedBy(FOLLOW_UPS, missionId)) {
                FollowUp[] latest = {null};
                each(id, payload -> {
                    FollowUp now = latest[0];
                    if (payload instanceof FollowUpAssigned event && event.missionId().toString().equals(missionId)) {
                        latest[0] = new FollowUp(event.followUpId(), event.description(), event.ownerUserId(),
                                event.dueOn(), null, null);
                    } else if (now != null && payload instanceof FollowUpReassigned event) {
                        latest[0] = new FollowUp(now.followUpId(), now.description(), event.ownerUserId(),
                                event.dueOn(), now.completedOn(), now.note());
                    } else if (now != null && payload instanceof FollowUpCompleted event) {
                        latest[0] = new FollowUp(now.followUpId(), now.description(), event.ownerUserId(),
                                event.dueOn(), event.completedOn(), event.note());
                    } else if (now != null && payload instanceof FollowUpReopened event) {
                        latest[0] = new FollowUp(now.followUpId(), now.description(), event.ownerUserId(),
                                event.dueOn(), null, null);
                    }
                });
                if (latest[0] != null) {
                    assigned.add(latest[0]);
                }
            }
            assigned.sort(Comparator.comparing(FollowUp::dueOn).thenComparing(FollowUp::description));
            return assigned;
        }
    }

    /** The mission's own stream, folded. */
    private static final class MissionFold {

        MissionPlanned planned;
        MissionStatus status = MissionStatus.PLANNED;
        String cancellationReason;
        String closingReport;
        String organizer;
        final List<String> posts = new ArrayList<>();
        final Map<String, OrganizationId> delegation = new LinkedHashMap<>();
        final Map<EngagementId, EngagementFold> engagements = new LinkedHashMap<>();

        void on(Object payload) {
            if (payload instanceof MissionPlanned event) {
                planned = event;
            } else if (payload instanceof MissionAmended event) {
                planned = new MissionPlanned(event.missionId(), event.programId(), event.title(), event.city(),
                        event.countryCode(), event.zone(), event.startDate(), event.endDate());
            } else if (payload instanceof MissionConfirmed) {
                status = MissionStatus.CONFIRMED;
            } else if (payload instanceof MissionCompleted event) {
                status = MissionStatus.COMPLETED;
                closingReport = event.report();
            } else if (payload instanceof MissionCancelled event) {
                status = MissionStatus.CANCELLED;
                cancellationReason = event.reason();
                for (EngagementId id : event.cancelledEngagements()) {
                    with(id, engagement -> {
                        engagement.state = EngagementState.CANCELLED;
                        engagement.cancellationReason = event.reason();
                    });
                }
            } else if (payload instanceof MissionOrganizerAssigned event) {
                organizer = event.organizerId().toString();
            } else if (payload instanceof SupportingPostAdded event) {
                if (!posts.contains(event.postId().toString())) {
                    posts.add(event.postId().toString());
                }
            } else if (payload instanceof SupportingPostRemoved event) {
                posts.remove(event.postId().toString());
            } else if (payload instanceof DelegationMemberAdded event) {
                delegation.put(event.contactId().toString(), event.organizationId());
            } else if (payload instanceof DelegationMemberRemoved event) {
                delegation.remove(event.contactId().toString());
            } else if (payload instanceof EngagementScheduled event) {
                engagements.put(event.engagementId(), new EngagementFold(event));
            } else {
                onEngagement(payload);
            }
        }

        private void onEngagement(Object payload) {
            if (payload instanceof EngagementRescheduled event) {
                with(event.engagementId(), engagement -> {
                    engagement.startsAt = event.startsAt();
                    engagement.endsAt = event.endsAt();
                    engagement.zone = event.zone();
                });
            } else if (payload instanceof EngagementHeld event) {
                with(event.engagementId(), engagement -> {
                    engagement.state = EngagementState.HELD;
                    engagement.minutes = event.minutes();
                    if (event.counterparts() != null) {
                        engagement.counterparts = List.copyOf(event.counterparts());
                    }
                });
            } else if (payload instanceof EngagementCancelled event) {
                with(event.engagementId(), engagement -> {
                    engagement.state = EngagementState.CANCELLED;
                    engagement.cancellationReason = event.reason();
                });
            } else if (payload instanceof AttendanceRecorded event) {
                with(event.engagementId(), engagement -> {
                    engagement.participants = List.copyOf(event.participants());
                    engagement.present = List.copyOf(event.organizationsPresent());
                });
            } else if (payload instanceof OutcomeLogged event) {
                with(event.engagementId(), engagement -> engagement.outcomes.put(event.outcomeId(), event));
            } else if (payload instanceof OutcomeAmended event) {
                with(event.engagementId(), engagement -> engagement.outcomes.put(event.outcomeId(),
                        new OutcomeLogged(event.missionId(), event.programId(), event.engagementId(),
                                event.outcomeId(), event.kind(), event.description(), event.counterparts(),
                                event.themes(), event.expectedValue())));
            } else if (payload instanceof OutcomeRetracted event) {
                with(event.engagementId(), engagement -> engagement.outcomes.remove(event.outcomeId()));
            }
            // Other events of the mission state nothing a report says.
        }

        private void with(EngagementId id, Consumer<EngagementFold> change) {
            var engagement = engagements.get(id);
            if (engagement != null) {
                change.accept(engagement);
            }
        }
    }

    private static final class EngagementFold {

        final EngagementScheduled scheduled;
        Instant startsAt;
        Instant endsAt;
        ZoneId zone;
        EngagementState state = EngagementState.SCHEDULED;
        String cancellationReason;
        String minutes;
        List<OrganizationId> counterparts;
        List<ContactId> participants = List.of();
        List<OrganizationId> present = List.of();
        final Map<OutcomeId, OutcomeLogged> outcomes = new LinkedHashMap<>();

        EngagementFold(EngagementScheduled scheduled) {
            this.scheduled = scheduled;
            this.startsAt = scheduled.startsAt();
            this.endsAt = scheduled.endsAt();
            this.zone = scheduled.zone();
            this.counterparts = scheduled.counterparts();
        }
    }

}
