package app.ponte.store;

import app.ponte.contact.ContactAdded;
import app.ponte.contact.ContactDetailsCorrected;
import app.ponte.contact.ContactErased;
import app.ponte.contact.ContactRoleChanged;
import app.ponte.followup.FollowUpAssigned;
import app.ponte.followup.FollowUpCompleted;
import app.ponte.followup.FollowUpReassigned;
import app.ponte.followup.FollowUpReopened;
import app.ponte.mission.AttendanceRecorded;
import app.ponte.mission.DelegationMemberAdded;
import app.ponte.mission.DelegationMemberRemoved;
import app.ponte.mission.EngagementCancelled;
import app.ponte.mission.EngagementHeld;
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
import app.ponte.opportunity.AgreementDocumentAttached;
import app.ponte.opportunity.OpportunityAdvanced;
import app.ponte.opportunity.OpportunityDropped;
import app.ponte.opportunity.OpportunityOpened;
import app.ponte.opportunity.OpportunityReopened;
import app.ponte.organization.OrganizationArchived;
import app.ponte.organization.OrganizationDetailsCorrected;
import app.ponte.organization.OrganizationMergedInto;
import app.ponte.organization.OrganizationRegistered;
import app.ponte.organization.OrganizationReinstated;
import app.ponte.organization.OrganizationRenamed;
import app.ponte.program.IndicatorDefined;
import app.ponte.program.IndicatorDropped;
import app.ponte.program.ProgramAmended;
import app.ponte.program.ProgramClosed;
import app.ponte.program.ProgramLaunched;
import app.ponte.privilege.UserCreated;
import app.ponte.privilege.UserRoleChanged;
import app.ponte.privilege.UserProgramsChanged;
import app.ponte.privilege.UserDisabled;
import app.ponte.privilege.UserEnabled;
import app.ponte.privilege.UserRemoved;
import app.ponte.privilege.ApiTokenIssued;
import app.ponte.privilege.ApiTokenRevoked;
import app.ponte.privilege.DisplayLinkCreated;
import app.ponte.privilege.DisplayLinkRevoked;
import app.ponte.privilege.CalendarLinkCreated;
import app.ponte.privilege.CalendarLinkRevoked;
import app.ponte.webhook.WebhookEndpointDisabled;
import app.ponte.webhook.WebhookEndpointEnabled;
import app.ponte.webhook.WebhookEndpointRegistered;
import app.ponte.webhook.WebhookSecretRotated;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names events are stored under, decoupled from where their classes live. Every stored event names its type,
 * and events are kept forever: a class renamed or moved to another package must go on reading the events written
 * under its old name. So the names are written down here once, frozen, and the serializer uses this table both
 * ways; moving a class means changing only its import below, never the text beside it.
 *
 * <p>The names are the fully qualified class names the events had when they were first stored. A new event gets an
 * entry with its own fully qualified name of the day, which then never changes either. Types outside this table
 * (commands, queries, tokens, metadata) are named by their class, as Axon does.
 */
public final class StoredTypes {

    private static final Map<String, Class<?>> BY_NAME;
    private static final Map<Class<?>, String> BY_CLASS;

    static {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        Map<Class<?>, String> byClass = new LinkedHashMap<>();
        for (var entry : new Entry[] {
            entry("app.ponte.program.ProgramLaunched", ProgramLaunched.class),
            entry("app.ponte.program.ProgramAmended", ProgramAmended.class),
            entry("app.ponte.program.IndicatorDefined", IndicatorDefined.class),
            entry("app.ponte.program.IndicatorDropped", IndicatorDropped.class),
            entry("app.ponte.program.ProgramClosed", ProgramClosed.class),
            entry("app.ponte.organization.OrganizationRegistered", OrganizationRegistered.class),
            entry("app.ponte.organization.OrganizationRenamed", OrganizationRenamed.class),
            entry("app.ponte.organization.OrganizationDetailsCorrected", OrganizationDetailsCorrected.class),
            entry("app.ponte.organization.OrganizationArchived", OrganizationArchived.class),
            entry("app.ponte.organization.OrganizationReinstated", OrganizationReinstated.class),
            entry("app.ponte.organization.OrganizationMergedInto", OrganizationMergedInto.class),
            entry("app.ponte.contact.ContactAdded", ContactAdded.class),
            entry("app.ponte.contact.ContactRoleChanged", ContactRoleChanged.class),
            entry("app.ponte.contact.ContactDetailsCorrected", ContactDetailsCorrected.class),
            entry("app.ponte.contact.ContactErased", ContactErased.class),
            entry("app.ponte.mission.MissionPlanned", MissionPlanned.class),
            entry("app.ponte.mission.MissionConfirmed", MissionConfirmed.class),
            entry("app.ponte.mission.MissionAmended", MissionAmended.class),
            entry("app.ponte.mission.MissionCancelled", MissionCancelled.class),
            entry("app.ponte.mission.MissionCompleted", MissionCompleted.class),
            entry("app.ponte.mission.MissionOrganizerAssigned", MissionOrganizerAssigned.class),
            entry("app.ponte.mission.DelegationMemberAdded", DelegationMemberAdded.class),
            entry("app.ponte.mission.DelegationMemberRemoved", DelegationMemberRemoved.class),
            entry("app.ponte.mission.SupportingPostAdded", SupportingPostAdded.class),
            entry("app.ponte.mission.SupportingPostRemoved", SupportingPostRemoved.class),
            entry("app.ponte.mission.EngagementScheduled", EngagementScheduled.class),
            entry("app.ponte.mission.EngagementRescheduled", EngagementRescheduled.class),
            entry("app.ponte.mission.EngagementCancelled", EngagementCancelled.class),
            entry("app.ponte.mission.AttendanceRecorded", AttendanceRecorded.class),
            entry("app.ponte.mission.EngagementHeld", EngagementHeld.class),
            entry("app.ponte.mission.OutcomeLogged", OutcomeLogged.class),
            entry("app.ponte.mission.OutcomeAmended", OutcomeAmended.class),
            entry("app.ponte.mission.OutcomeRetracted", OutcomeRetracted.class),
            entry("app.ponte.opportunity.OpportunityOpened", OpportunityOpened.class),
            entry("app.ponte.opportunity.OpportunityAdvanced", OpportunityAdvanced.class),
            entry("app.ponte.opportunity.OpportunityDropped", OpportunityDropped.class),
            entry("app.ponte.opportunity.OpportunityReopened", OpportunityReopened.class),
            entry("app.ponte.opportunity.AgreementDocumentAttached", AgreementDocumentAttached.class),
            entry("app.ponte.followup.FollowUpAssigned", FollowUpAssigned.class),
            entry("app.ponte.followup.FollowUpReassigned", FollowUpReassigned.class),
            entry("app.ponte.followup.FollowUpCompleted", FollowUpCompleted.class),
            entry("app.ponte.followup.FollowUpReopened", FollowUpReopened.class),
            entry("app.ponte.webhook.WebhookEndpointRegistered", WebhookEndpointRegistered.class),
            entry("app.ponte.webhook.WebhookSecretRotated", WebhookSecretRotated.class),
            entry("app.ponte.webhook.WebhookEndpointDisabled", WebhookEndpointDisabled.class),
            entry("app.ponte.webhook.WebhookEndpointEnabled", WebhookEndpointEnabled.class),
            entry("app.ponte.privilege.UserCreated", UserCreated.class),
            entry("app.ponte.privilege.UserRoleChanged", UserRoleChanged.class),
            entry("app.ponte.privilege.UserProgramsChanged", UserProgramsChanged.class),
            entry("app.ponte.privilege.UserDisabled", UserDisabled.class),
            entry("app.ponte.privilege.UserEnabled", UserEnabled.class),
            entry("app.ponte.privilege.UserRemoved", UserRemoved.class),
            entry("app.ponte.privilege.ApiTokenIssued", ApiTokenIssued.class),
            entry("app.ponte.privilege.ApiTokenRevoked", ApiTokenRevoked.class),
            entry("app.ponte.privilege.DisplayLinkCreated", DisplayLinkCreated.class),
            entry("app.ponte.privilege.DisplayLinkRevoked", DisplayLinkRevoked.class),
            entry("app.ponte.privilege.CalendarLinkCreated", CalendarLinkCreated.class),
            entry("app.ponte.privilege.CalendarLinkRevoked", CalendarLinkRevoked.class)
        }) {
            if (byName.putIfAbsent(entry.name(), entry.type()) != null) {
                throw new IllegalStateException("Stored type name " + entry.name() + " is given twice");
            }
            if (byClass.putIfAbsent(entry.type(), entry.name()) != null) {
                throw new IllegalStateException(entry.type() + " is given two stored type names");
            }
        }
        BY_NAME = Collections.unmodifiableMap(byName);
        BY_CLASS = Collections.unmodifiableMap(byClass);
    }

    private StoredTypes() {
    }

    /** Every stored event type by its stored name, in the order above. */
    public static Map<String, Class<?>> events() {
        return BY_NAME;
    }

    /** The name {@code type} is stored under: its frozen name when it is an event, else its class name. */
    public static String nameOf(Class<?> type) {
        return BY_CLASS.getOrDefault(type, type.getName());
    }

    /** The class name to load for a stored name: the class the name is frozen to, else the name itself. */
    public static String classNameOf(String storedName) {
        Class<?> type = BY_NAME.get(storedName);
        return type == null ? storedName : type.getName();
    }

    private static Entry entry(String name, Class<?> type) {
        return new Entry(name, type);
    }

    private record Entry(String name, Class<?> type) {}
}
