package app.ponte.api;

import app.ponte.followup.AssignFollowUp;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpOrigin;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.LogOutcome;
import app.ponte.mission.MarkEngagementHeld;
import app.ponte.mission.MissionId;
import app.ponte.mission.OutcomeKind;
import app.ponte.mission.PlanMission;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.opportunity.OpenOpportunity;
import app.ponte.opportunity.OpportunityId;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.RegisterOrganization;
import app.ponte.program.LaunchProgram;
import app.ponte.program.ProgramId;
import app.ponte.security.ApiTokens;
import app.ponte.security.Role;
import app.ponte.security.UserDirectory;
import app.ponte.shared.CountryCode;
import app.ponte.shared.OutcomeId;
import app.ponte.shared.Period;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Two programs, each with an organization, a mission, a held engagement with an outcome, an opportunity and a
 * follow-up; users of every role who are members of the first program, an officer of the second, and a token each.
 * Sent as the application itself (no one signed in), so no access check applies while it is built.
 */
final class World {

    /** One program's records. */
    record Program(ProgramId program, OrganizationId organization, MissionId mission, EngagementId engagement,
            OutcomeId outcome, OpportunityId opportunity, FollowUpId followUp, ProgramId closable) {

        /**
         * The same records with {@code closable} in place of the program: a sample that closes a program closes
         * that one, since a closed program refuses every later mission the other tests of the run plan in it.
         */
        Program closing() {
            return new Program(closable, organization, mission, engagement, outcome, opportunity, followUp, closable);
        }
    }

    static Program first;
    static Program second;
    static final Map<Role, String> TOKENS_IN_FIRST = new EnumMap<>(Role.class);
    static String officerOfSecond;

    static final LocalDate DAY = LocalDate.of(2017, 5, 16);

    private World() {
    }

    static void create(PonteServer server) {
        var commands = server.bean(CommandGateway.class);
        first = program(commands, "Italy–China research and innovation");
        second = program(commands, "Italy–Brazil agrifood");
        var users = server.bean(UserDirectory.class);
        var tokens = server.bean(ApiTokens.class);
        for (Role role : Role.values()) {
            var user = users.create("user-" + role.name().toLowerCase(), "a long enough password " + role, role,
                    List.of(first.program(), first.closable()));
            TOKENS_IN_FIRST.put(role, tokens.issue(user.userId(), "tests", role, Set.of()).secret());
        }
        var other = users.create("officer-second", "a long enough password again", Role.PROGRAM_OFFICER,
                List.of(second.program(), second.closable()));
        officerOfSecond = tokens.issue(other.userId(), "tests", Role.PROGRAM_OFFICER, Set.of()).secret();
    }

    static Program program(CommandGateway commands, String name) {
        var p = new Program(ProgramId.random(), OrganizationId.random(), MissionId.random(), EngagementId.random(),
                OutcomeId.random(), OpportunityId.random(), FollowUpId.random(), ProgramId.random());
        commands.sendAndWait(new RegisterOrganization(p.organization(), "Cluster of " + name, null,
                OrganizationType.CLUSTER, new CountryCode("IT"), "Torino", null));
        commands.sendAndWait(new LaunchProgram(p.program(), name, p.organization(), List.of(new CountryCode("CN")),
                new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31))));
        commands.sendAndWait(new LaunchProgram(p.closable(), name + " (to close)", p.organization(),
                List.of(new CountryCode("CN")), new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31))));
        commands.sendAndWait(new PlanMission(p.mission(), p.program(), "Mission of " + name, "Shanghai", "CN",
                ZoneId.of("Asia/Shanghai"), DAY, DAY.plusDays(1)));
        commands.sendAndWait(new ScheduleEngagement(p.mission(), p.engagement(), EngagementKind.MEETING,
                "Meeting with Fudan University (复旦大学)", "Fudan", LocalDateTime.of(DAY, java.time.LocalTime.of(9, 30)),
                LocalDateTime.of(DAY, java.time.LocalTime.of(10, 30)), List.of(), List.of("life sciences")));
        commands.sendAndWait(new MarkEngagementHeld(p.mission(), p.engagement(), "Went well"));
        commands.sendAndWait(new LogOutcome(p.mission(), p.engagement(), p.outcome(),
                OutcomeKind.COLLABORATION_OPPORTUNITY, "Joint research on chronic diseases", List.of(), List.of(),
                null));
        commands.sendAndWait(new OpenOpportunity(p.opportunity(), p.outcome(), p.mission(), p.program(),
                "Joint lab", null));
        commands.sendAndWait(new AssignFollowUp(p.followUp(), p.program(), p.mission(),
                new FollowUpOrigin(p.outcome(), null), "user-program_officer", DAY.plusDays(30),
                "Send the draft agreement"));
        return p;
    }
}
