package app.ponte.api;

import app.ponte.contact.AddContact;
import app.ponte.contact.ChangeContactRole;
import app.ponte.contact.CorrectContactDetails;
import app.ponte.contact.EraseContact;
import app.ponte.followup.AssignFollowUp;
import app.ponte.followup.CompleteFollowUp;
import app.ponte.followup.ReassignFollowUp;
import app.ponte.followup.ReopenFollowUp;
import app.ponte.mission.AddDelegationMember;
import app.ponte.mission.AddSupportingPost;
import app.ponte.mission.AmendMission;
import app.ponte.mission.AmendOutcome;
import app.ponte.mission.AssignMissionOrganizer;
import app.ponte.mission.CancelEngagement;
import app.ponte.mission.CancelMission;
import app.ponte.mission.CompleteMission;
import app.ponte.mission.ConfirmMission;
import app.ponte.mission.LogOutcome;
import app.ponte.mission.MarkEngagementHeld;
import app.ponte.mission.PlanMission;
import app.ponte.mission.RecordAttendance;
import app.ponte.mission.RemoveDelegationMember;
import app.ponte.mission.RemoveSupportingPost;
import app.ponte.mission.RescheduleEngagement;
import app.ponte.mission.RetractOutcome;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.opportunity.AdvanceOpportunity;
import app.ponte.opportunity.AttachAgreementDocument;
import app.ponte.opportunity.DropOpportunity;
import app.ponte.opportunity.OpenOpportunity;
import app.ponte.opportunity.ReopenOpportunity;
import app.ponte.organization.ArchiveOrganization;
import app.ponte.organization.CorrectOrganizationDetails;
import app.ponte.organization.MergeOrganization;
import app.ponte.organization.RegisterOrganization;
import app.ponte.organization.ReinstateOrganization;
import app.ponte.organization.RenameOrganization;
import app.ponte.program.AmendProgram;
import app.ponte.program.CloseProgram;
import app.ponte.program.DefineIndicator;
import app.ponte.program.DropIndicator;
import app.ponte.program.LaunchProgram;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every command the API accepts, by its path name: {@code ScheduleEngagement} is posted to
 * {@code /api/v1/commands/schedule-engagement} with the command's fields as JSON. A new command is one more line.
 */
public final class ApiCommands {

    public static final List<Class<? extends Record>> ALL = List.of(
            LaunchProgram.class, AmendProgram.class, CloseProgram.class, DefineIndicator.class, DropIndicator.class,
            RegisterOrganization.class, RenameOrganization.class, CorrectOrganizationDetails.class,
            ArchiveOrganization.class, ReinstateOrganization.class, MergeOrganization.class,
            AddContact.class, ChangeContactRole.class, CorrectContactDetails.class, EraseContact.class,
            PlanMission.class, ConfirmMission.class, AmendMission.class, CancelMission.class, CompleteMission.class,
            AssignMissionOrganizer.class, AddDelegationMember.class, RemoveDelegationMember.class,
            AddSupportingPost.class, RemoveSupportingPost.class,
            ScheduleEngagement.class, RescheduleEngagement.class, CancelEngagement.class, RecordAttendance.class,
            MarkEngagementHeld.class, LogOutcome.class, AmendOutcome.class, RetractOutcome.class,
            OpenOpportunity.class, AdvanceOpportunity.class, DropOpportunity.class, ReopenOpportunity.class,
            AttachAgreementDocument.class,
            AssignFollowUp.class, ReassignFollowUp.class, CompleteFollowUp.class, ReopenFollowUp.class);

    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z])(?=[A-Z])");
    private static final Map<String, Class<? extends Record>> BY_NAME = new LinkedHashMap<>();

    static {
        ALL.forEach(command -> BY_NAME.put(pathName(command), command));
    }

    private ApiCommands() {
    }

    public static String pathName(Class<?> command) {
        return WORD_START.matcher(command.getSimpleName()).replaceAll("-").toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Class<? extends Record>> byPathName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static Map<String, Class<? extends Record>> byPathName() {
        return BY_NAME;
    }
}
