package app.ponte.directory;

import app.ponte.contact.ContactAdded;
import app.ponte.contact.ContactDetailsCorrected;
import app.ponte.contact.ContactErased;
import app.ponte.contact.ContactId;
import app.ponte.contact.ContactRoleChanged;
import app.ponte.contact.PersonalDataVault;
import app.ponte.live.ReadModelChanges;
import app.ponte.mission.AttendanceRecorded;
import app.ponte.mission.EngagementCancelled;
import app.ponte.mission.EngagementHeld;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementRescheduled;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionAmended;
import app.ponte.mission.MissionCancelled;
import app.ponte.mission.MissionId;
import app.ponte.mission.MissionPlanned;
import app.ponte.mission.OutcomeAmended;
import app.ponte.mission.OutcomeLogged;
import app.ponte.mission.OutcomeRetracted;
import app.ponte.opportunity.OpportunityAdvanced;
import app.ponte.opportunity.OpportunityDropped;
import app.ponte.opportunity.OpportunityId;
import app.ponte.opportunity.OpportunityOpened;
import app.ponte.opportunity.OpportunityReopened;
import app.ponte.organization.OrganizationArchived;
import app.ponte.organization.OrganizationDetailsCorrected;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationMergedInto;
import app.ponte.organization.OrganizationRegistered;
import app.ponte.organization.OrganizationReinstated;
import app.ponte.organization.OrganizationRenamed;
import app.ponte.privacy.Sealed;
import app.ponte.program.ProgramId;
import app.ponte.readmodel.BatchedCollection;
import app.ponte.readmodel.Change;
import app.ponte.shared.OutcomeId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

/**
 * Organizations, contacts, and the engagements, outcomes and opportunities that touch them, one document each keyed
 * by its own id. The 360° view is joined when asked, so events from different aggregates may arrive in any order.
 * Contacts' personal data is stored sealed, as in the events, and opened through the vault only when read: erasing
 * the contact's key erases it here too.
 */
@ProcessingGroup(DirectoryProjection.PROCESSING_GROUP)
public class DirectoryProjection {

    public static final String PROCESSING_GROUP = "directory";
    static final String ORGANIZATIONS = "directory_organizations";
    static final String CONTACTS = "directory_contacts";
    static final String MISSIONS = "directory_missions";
    static final String ENGAGEMENTS = "directory_engagements";
    static final String OUTCOMES = "directory_outcomes";
    static final String OPPORTUNITIES = "directory_opportunities";

    private final MongoCollection<Document> organizations;
    private final MongoCollection<Document> contacts;
    private final MongoCollection<Document> missions;
    private final MongoCollection<Document> engagements;
    private final MongoCollection<Document> outcomes;
    private final MongoCollection<Document> opportunities;
    private final PersonalDataVault vault;
    private final ReadModelChanges changes;
    private final Map<String, BatchedCollection> batchedBy = new java.util.concurrent.ConcurrentHashMap<>();

    public DirectoryProjection(MongoDatabase database, PersonalDataVault vault, ReadModelChanges changes) {
        this.organizations = database.getCollection(ORGANIZATIONS);
        this.contacts = database.getCollection(CONTACTS);
        this.missions = database.getCollection(MISSIONS);
        this.engagements = database.getCollection(ENGAGEMENTS);
        this.outcomes = database.getCollection(OUTCOMES);
        this.opportunities = database.getCollection(OPPORTUNITIES);
        this.vault = vault;
        this.changes = changes;
    }

    // ---- organizations

    @EventHandler
    void on(OrganizationRegistered event) {
        write(organizations, event.organizationId().toString(), Change.combine(Change.set("name", event.name()),
                Change.set("nativeName", event.nativeName()), Change.set("type", event.type().name()),
                Change.set("country", event.country().value()), Change.set("city", event.city()),
                Change.set("website", event.website()), Change.set("status", "ACTIVE")));
    }

    @EventHandler
    void on(OrganizationRenamed event) {
        write(organizations, event.organizationId().toString(), Change.combine(Change.set("name", event.name()),
                Change.set("nativeName", event.nativeName())));
    }

    @EventHandler
    void on(OrganizationDetailsCorrected event) {
        write(organizations, event.organizationId().toString(), Change.combine(
                Change.set("type", event.type().name()), Change.set("country", event.country().value()),
                Change.set("city", event.city()), Change.set("website", event.website())));
    }

    @EventHandler
    void on(OrganizationArchived event) {
        write(organizations, event.organizationId().toString(), Change.set("status", "ARCHIVED"));
    }

    @EventHandler
    void on(OrganizationReinstated event) {
        write(organizations, event.organizationId().toString(), Change.set("status", "ACTIVE"));
    }

    @EventHandler
    void on(OrganizationMergedInto event) {
        write(organizations, event.organizationId().toString(), Change.combine(Change.set("status", "MERGED"),
                Change.set("survivorId", event.survivorId().toString())));
    }

    // ---- contacts

    @EventHandler
    void on(ContactAdded event) {
        write(contacts, event.contactId().toString(), Change.combine(sealed(event.fullName(), event.email(),
                        event.phone()), Change.set("organizationId", event.organizationId().toString()),
                Change.set("roleTitle", event.roleTitle()), Change.set("erased", false)));
    }

    @EventHandler
    void on(ContactDetailsCorrected event) {
        write(contacts, event.contactId().toString(), sealed(event.fullName(), event.email(), event.phone()));
    }

    @EventHandler
    void on(ContactRoleChanged event) {
        write(contacts, event.contactId().toString(), Change.combine(
                Change.set("organizationId", event.organizationId().toString()),
                Change.set("roleTitle", event.roleTitle())));
    }

    // The sealed values are useless once the key is gone; they are dropped as well, so nothing lingers here.
    @EventHandler
    void on(ContactErased event) {
        write(contacts, event.contactId().toString(), Change.combine(Change.set("erased", true),
                Change.unset("fullName"), Change.unset("email"), Change.unset("phone")));
    }

    private static Change sealed(Sealed fullName, Sealed email, Sealed phone) {
        return Change.combine(Change.set("fullName", sealedDocument(fullName)),
                Change.set("email", sealedDocument(email)), Change.set("phone", sealedDocument(phone)));
    }

    private static Document sealedDocument(Sealed sealed) {
        return sealed == null ? null : new Document("keyId", sealed.keyId()).append("ciphertext", sealed.ciphertext());
    }

    // ---- missions, engagements, outcomes, opportunities

    @EventHandler
    void on(MissionPlanned event) {
        write(missions, event.missionId().toString(), Change.combine(
                Change.set("programId", event.programId().toString()), Change.set("title", event.title())));
    }

    @EventHandler
    void on(MissionAmended event) {
        write(missions, event.missionId().toString(), Change.set("title", event.title()));
    }

    @EventHandler
    void on(MissionCancelled event) {
        event.cancelledEngagements().forEach(e -> write(engagements, e.toString(), Change.set("status", "CANCELLED")));
    }

    @EventHandler
    void on(EngagementScheduled event) {
        write(engagements, event.engagementId().toString(), Change.combine(
                Change.set("missionId", event.missionId().toString()),
                Change.set("programId", event.programId().toString()),
                Change.set("title", event.title()), Change.set("kind", event.kind().name()),
                Change.set("startsAt", java.util.Date.from(event.startsAt())),
                Change.set("zone", event.zone().getId()), Change.set("status", "SCHEDULED"),
                Change.set("counterparts", ids(event.counterparts()))));
    }

    @EventHandler
    void on(EngagementRescheduled event) {
        write(engagements, event.engagementId().toString(),
                Change.set("startsAt", java.util.Date.from(event.startsAt())));
    }

    @EventHandler
    void on(EngagementCancelled event) {
        write(engagements, event.engagementId().toString(), Change.set("status", "CANCELLED"));
    }

    @EventHandler
    void on(EngagementHeld event) {
        write(engagements, event.engagementId().toString(), Change.combine(Change.set("status", "HELD"),
                Change.set("counterparts", ids(event.counterparts()))));
    }

    @EventHandler
    void on(AttendanceRecorded event) {
        write(engagements, event.engagementId().toString(),
                Change.set("present", ids(event.organizationsPresent())));
    }

    @EventHandler
    void on(OutcomeLogged event) {
        write(outcomes, event.outcomeId().toString(), outcome(event.engagementId(), event.programId(),
                event.kind().name(), event.description(), event.counterparts()));
    }

    @EventHandler
    void on(OutcomeAmended event) {
        write(outcomes, event.outcomeId().toString(), outcome(event.engagementId(), event.programId(),
                event.kind().name(), event.description(), event.counterparts()));
    }

    @EventHandler
    void on(OutcomeRetracted event) {
        batched(outcomes).delete(event.outcomeId().toString());
        changes.touch(ReadModelChanges.DIRECTORY);
    }

    private static Change outcome(EngagementId engagementId, ProgramId programId, String kind, String description,
            List<OrganizationId> counterparts) {
        return Change.combine(Change.set("engagementId", engagementId.toString()),
                Change.set("programId", programId.toString()), Change.set("kind", kind),
                Change.set("description", description), Change.set("counterparts", ids(counterparts)));
    }

    @EventHandler
    void on(OpportunityOpened event) {
        write(opportunities, event.opportunityId().toString(), Change.combine(
                Change.set("outcomeId", event.outcomeId().toString()),
                Change.set("programId", event.programId().toString()), Change.set("title", event.title()),
                Change.set("stage", event.stage().name()), Change.set("dropped", false)));
    }

    @EventHandler
    void on(OpportunityAdvanced event) {
        write(opportunities, event.opportunityId().toString(), Change.set("stage", event.to().name()));
    }

    @EventHandler
    void on(OpportunityDropped event) {
        write(opportunities, event.opportunityId().toString(), Change.set("dropped", true));
    }

    @EventHandler
    void on(OpportunityReopened event) {
        write(opportunities, event.opportunityId().toString(), Change.combine(
                Change.set("stage", event.to().name()), Change.set("dropped", false)));
    }

    private void write(MongoCollection<Document> collection, String id, Change change) {
        batched(collection).upsert(id, change);
        changes.touch(ReadModelChanges.DIRECTORY);
    }

    private BatchedCollection batched(MongoCollection<Document> collection) {
        return batchedBy.computeIfAbsent(collection.getNamespace().getCollectionName(),
                name -> new BatchedCollection(collection));
    }

    private static List<String> ids(List<OrganizationId> organizationIds) {
        return organizationIds.stream().map(OrganizationId::toString).toList();
    }

    @ResetHandler
    void reset() {
        Stream.of(organizations, contacts, missions, engagements, outcomes, opportunities)
                .forEach(collection -> collection.deleteMany(new Document()));
    }

    // ---- queries

    @QueryHandler
    public List<OrganizationCard> handle(SearchOrganizations query) {
        var text = query.text().toLowerCase(Locale.ROOT);
        return organizations.find().into(new ArrayList<>()).stream()
                .filter(o -> o.getString("name") != null)
                .map(DirectoryProjection::toOrganization)
                .filter(o -> text.isEmpty() || contains(o.name(), text) || contains(o.nativeName(), text)
                        || contains(o.city(), text))
                .filter(o -> query.type() == null || query.type().name().equals(o.type()))
                .filter(o -> query.country() == null || query.country().equalsIgnoreCase(o.country()))
                .sorted(Comparator.comparing(OrganizationCard::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(o -> o.organizationId().toString()))
                .skip(query.offset())
                .limit(query.limit())
                .toList();
    }

    @QueryHandler
    public List<ContactCard> handle(SearchContacts query) {
        var text = query.text().toLowerCase(Locale.ROOT);
        var filter = query.organizationId() == null ? new Document()
                : Filters.eq("organizationId", query.organizationId().toString());
        var names = organizationNames();
        return contacts.find(filter).into(new ArrayList<>()).stream()
                .filter(c -> c.getString("organizationId") != null)
                .map(c -> toContact(c, names))
                .filter(c -> text.isEmpty() || contains(c.fullName(), text) || contains(c.roleTitle(), text)
                        || contains(c.organizationName(), text))
                .sorted(Comparator.comparing(ContactCard::erased)
                        .thenComparing(ContactCard::fullName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(c -> c.contactId().toString()))
                .skip(query.offset())
                .limit(query.limit())
                .toList();
    }

    @QueryHandler
    public ContactCard handle(GetContactCard query) {
        var contact = contacts.find(Filters.eq("_id", query.contactId().toString())).first();
        if (contact == null || contact.getString("organizationId") == null) {
            return new ContactCard(query.contactId(), ContactCard.ERASED_NAME, null, null, null, null, null, true);
        }
        return toContact(contact, organizationNames());
    }

    @QueryHandler
    public Organization360 handle(GetOrganization360 query) {
        var id = query.organizationId().toString();
        var found = organizations.find(Filters.eq("_id", id)).first();
        var organization = found == null
                ? new OrganizationCard(query.organizationId(), "Unknown organization", null, null, null, null, null,
                        null)
                : toOrganization(found);
        var missionTitles = new HashMap<String, String>();
        missions.find().forEach(m -> missionTitles.put(m.getString("_id"), m.getString("title")));
        var engagementLines = engagements.find(Filters.or(Filters.eq("counterparts", id), Filters.eq("present", id)))
                .into(new ArrayList<>()).stream()
                .filter(e -> e.getString("title") != null)
                .map(e -> new Organization360.Engagement(EngagementId.of(e.getString("_id")),
                        MissionId.of(e.getString("missionId")), programId(e), missionTitles.get(e.getString("missionId")),
                        e.getString("kind"), e.getString("title"), e.getDate("startsAt").toInstant(),
                        ZoneId.of(e.getString("zone")), e.getString("status")))
                .sorted(Comparator.comparing(Organization360.Engagement::startsAt).reversed())
                .toList();
        var outcomeLines = outcomes.find(Filters.eq("counterparts", id)).into(new ArrayList<>()).stream()
                .map(o -> new Organization360.Outcome(OutcomeId.of(o.getString("_id")),
                        EngagementId.of(o.getString("engagementId")), programId(o), o.getString("kind"),
                        o.getString("description")))
                .sorted(Comparator.comparing(Organization360.Outcome::description))
                .toList();
        var outcomeIds = outcomeLines.stream().map(o -> o.outcomeId().toString()).toList();
        var opportunityLines = outcomeIds.isEmpty() ? List.<Organization360.Opportunity>of()
                : opportunities.find(Filters.in("outcomeId", outcomeIds)).into(new ArrayList<>()).stream()
                        .filter(o -> o.getString("title") != null)
                        .map(o -> new Organization360.Opportunity(OpportunityId.of(o.getString("_id")), programId(o),
                                o.getString("title"), o.getString("stage"), o.getBoolean("dropped", false)))
                        .sorted(Comparator.comparing(Organization360.Opportunity::title))
                        .toList();
        var names = Map.of(id, organization.name());
        var contactCards = contacts.find(Filters.eq("organizationId", id)).into(new ArrayList<>()).stream()
                .map(c -> toContact(c, names))
                .sorted(Comparator.comparing(ContactCard::erased)
                        .thenComparing(ContactCard::fullName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new Organization360(organization, engagementLines, outcomeLines, contactCards, opportunityLines);
    }

    private static ProgramId programId(Document document) {
        var id = document.getString("programId");
        return id == null ? null : ProgramId.of(id);
    }

    private Map<String, String> organizationNames() {
        var names = new HashMap<String, String>();
        organizations.find().projection(new Document("name", 1))
                .forEach(o -> names.put(o.getString("_id"), o.getString("name")));
        return names;
    }

    private ContactCard toContact(Document contact, Map<String, String> organizationNames) {
        var contactId = ContactId.of(contact.getString("_id"));
        var name = open(contactId, contact.get("fullName", Document.class));
        boolean erased = contact.getBoolean("erased", false) || name == null;
        var organizationId = contact.getString("organizationId");
        return new ContactCard(contactId, erased ? ContactCard.ERASED_NAME : name,
                erased ? null : open(contactId, contact.get("email", Document.class)),
                erased ? null : open(contactId, contact.get("phone", Document.class)),
                OrganizationId.of(organizationId), organizationNames.get(organizationId),
                contact.getString("roleTitle"), erased);
    }

    private String open(ContactId contactId, Document sealed) {
        if (sealed == null) {
            return null;
        }
        var unsealed = vault.unseal(contactId, new Sealed(sealed.getString("keyId"), sealed.getString("ciphertext")));
        return switch (unsealed.state()) {
            case OPEN -> unsealed.text();
            case ERASED -> null;
            case TAMPERED -> ContactCard.TAMPERED_TEXT;
        };
    }

    private static OrganizationCard toOrganization(Document o) {
        return new OrganizationCard(OrganizationId.of(o.getString("_id")), o.getString("name"),
                o.getString("nativeName"), o.getString("type"), o.getString("country"), o.getString("city"),
                o.getString("website"), o.getString("status"));
    }

    private static boolean contains(String value, String lowerCaseText) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }

}
