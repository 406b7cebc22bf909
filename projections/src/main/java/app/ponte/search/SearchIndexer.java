package app.ponte.search;

import app.ponte.contact.ContactAdded;
import app.ponte.contact.ContactDetailsCorrected;
import app.ponte.contact.ContactErased;
import app.ponte.contact.ContactId;
import app.ponte.contact.ContactRoleChanged;
import app.ponte.contact.PersonalDataVault;
import app.ponte.followup.FollowUpAssigned;
import app.ponte.followup.FollowUpCompleted;
import app.ponte.mission.EngagementHeld;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionAmended;
import app.ponte.mission.MissionPlanned;
import app.ponte.mission.OutcomeAmended;
import app.ponte.mission.OutcomeLogged;
import app.ponte.mission.OutcomeRetracted;
import app.ponte.opportunity.OpportunityAdvanced;
import app.ponte.opportunity.OpportunityOpened;
import app.ponte.opportunity.OpportunityReopened;
import app.ponte.organization.OrganizationDetailsCorrected;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationRegistered;
import app.ponte.organization.OrganizationRenamed;
import app.ponte.program.ProgramAmended;
import app.ponte.program.ProgramLaunched;
import app.ponte.privacy.Sealed;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What each event changes in the search index. Handlers read the record's document as the index holds it and write
 * it back whole, so replaying an event is harmless. A contact's name is opened through the privacy vault when its
 * event is indexed; an erased contact's name no longer opens, so a rebuild never brings it back.
 */
public final class SearchIndexer {

    private final SearchIndex index;
    private final PersonalDataVault vault;

    public SearchIndexer(SearchIndex index, PersonalDataVault vault) {
        this.index = index;
        this.vault = vault;
    }

    /** Indexes one event; events of no interest to the search are ignored. */
    public void handle(Object event) {
        if (event instanceof OrganizationRegistered e) {
            index.put(new SearchDocument(SearchKind.ORGANIZATION, id(e.organizationId()), null, null,
                    organizationTitle(e.name(), e.nativeName()),
                    Map.of("city", text(e.city()), "native", text(e.nativeName()))));
        } else if (event instanceof OrganizationRenamed e) {
            update(SearchKind.ORGANIZATION, id(e.organizationId()),
                    d -> d.withTitle(organizationTitle(e.name(), e.nativeName())).withPart("native", e.nativeName()));
        } else if (event instanceof OrganizationDetailsCorrected e) {
            update(SearchKind.ORGANIZATION, id(e.organizationId()), d -> d
                    .withTitle(organizationTitle(e.name(), d.parts().get("native")))
                    .withPart("city", e.city()));
        } else if (event instanceof ContactAdded e) {
            var name = open(e.contactId(), e.fullName());
            if (name != null) {
                index.put(new SearchDocument(SearchKind.CONTACT, id(e.contactId()), null, id(e.organizationId()),
                        name, Map.of("role", text(e.roleTitle()), "organization", organizationName(e.organizationId()))));
            }
        } else if (event instanceof ContactDetailsCorrected e) {
            var name = open(e.contactId(), e.fullName());
            if (name != null) {
                update(SearchKind.CONTACT, id(e.contactId()), d -> d.withTitle(name));
            }
        } else if (event instanceof ContactRoleChanged e) {
            update(SearchKind.CONTACT, id(e.contactId()), d -> d.withParent(id(e.organizationId()))
                    .withPart("role", e.roleTitle()).withPart("organization", organizationName(e.organizationId())));
        } else if (event instanceof ContactErased e) {
            index.erase(SearchKind.CONTACT, id(e.contactId()));
        } else if (event instanceof ProgramLaunched e) {
            index.put(new SearchDocument(SearchKind.PROGRAM, id(e.programId()), id(e.programId()), null, e.name(),
                    Map.of()));
        } else if (event instanceof ProgramAmended e) {
            update(SearchKind.PROGRAM, id(e.programId()), d -> d.withTitle(e.name()));
        } else {
            handleProgramRecord(event);
        }
    }

    private void handleProgramRecord(Object event) {
        if (event instanceof MissionPlanned e) {
            index.put(new SearchDocument(SearchKind.MISSION, id(e.missionId()), id(e.programId()), null, e.title(),
                    Map.of("city", text(e.city()))));
        } else if (event instanceof MissionAmended e) {
            update(SearchKind.MISSION, id(e.missionId()), d -> d.withTitle(e.title()).withPart("city", e.city()));
        } else if (event instanceof EngagementScheduled e) {
            var existing = index.find(SearchKind.ENGAGEMENT, id(e.engagementId()));
            var parts = new HashMap<String, String>();
            parts.put("venue", text(e.venue()));
            parts.put("themes", String.join(", ", e.themes()));
            parts.put("counterparts", e.counterparts().stream().map(this::organizationName)
                    .filter(name -> !name.isEmpty()).collect(Collectors.joining(", ")));
            if (existing != null && existing.parts().containsKey("minutes")) {
                parts.put("minutes", existing.parts().get("minutes"));
            }
            index.put(new SearchDocument(SearchKind.ENGAGEMENT, id(e.engagementId()), id(e.programId()),
                    id(e.missionId()), e.title(), parts));
        } else if (event instanceof EngagementHeld e) {
            update(SearchKind.ENGAGEMENT, id(e.engagementId()), d -> d.withPart("minutes", e.minutes()));
        } else if (event instanceof OutcomeLogged e) {
            index.put(new SearchDocument(SearchKind.OUTCOME, id(e.outcomeId()), id(e.programId()), id(e.missionId()),
                    e.description(), Map.of("themes", String.join(", ", e.themes()))));
        } else if (event instanceof OutcomeAmended e) {
            index.put(new SearchDocument(SearchKind.OUTCOME, id(e.outcomeId()), id(e.programId()), id(e.missionId()),
                    e.description(), Map.of("themes", String.join(", ", e.themes()))));
        } else if (event instanceof OutcomeRetracted e) {
            index.delete(SearchKind.OUTCOME, id(e.outcomeId()));
        } else if (event instanceof OpportunityOpened e) {
            index.put(new SearchDocument(SearchKind.OPPORTUNITY, id(e.opportunityId()), id(e.programId()),
                    id(e.missionId()), e.title(), Map.of("description", text(e.description()))));
        } else if (event instanceof OpportunityAdvanced e) {
            update(SearchKind.OPPORTUNITY, id(e.opportunityId()), d -> d.withTitle(e.title()));
        } else if (event instanceof OpportunityReopened e) {
            update(SearchKind.OPPORTUNITY, id(e.opportunityId()), d -> d.withTitle(e.title()));
        } else if (event instanceof FollowUpAssigned e) {
            index.put(new SearchDocument(SearchKind.FOLLOW_UP, id(e.followUpId()), id(e.programId()),
                    id(e.missionId()), e.description(), Map.of()));
        } else if (event instanceof FollowUpCompleted e) {
            update(SearchKind.FOLLOW_UP, id(e.followUpId()), d -> d.withPart("note", e.note()));
        }
    }

    private interface Change {
        SearchDocument apply(SearchDocument document);
    }

    /** Changes a record the index holds; an event about a record it never saw (a contact erased since) changes nothing. */
    private void update(SearchKind kind, String id, Change change) {
        var document = index.find(kind, id);
        if (document != null) {
            index.put(change.apply(document));
        }
    }

    private String open(ContactId contactId, Sealed sealed) {
        if (sealed == null) {
            return null;
        }
        return vault.open(contactId, sealed).filter(name -> !name.isBlank()).orElse(null);
    }

    private String organizationName(OrganizationId organizationId) {
        if (organizationId == null) {
            return "";
        }
        var organization = index.find(SearchKind.ORGANIZATION, id(organizationId));
        return organization == null ? "" : organization.title();
    }

    private static String organizationTitle(String name, String nativeName) {
        return nativeName == null || nativeName.isBlank() || nativeName.equals(name) ? text(name)
                : text(name) + " (" + nativeName + ")";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String id(Object id) {
        return Objects.toString(id, null);
    }
}
