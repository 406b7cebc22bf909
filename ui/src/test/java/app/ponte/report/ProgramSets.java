package app.ponte.report;

import app.ponte.mission.AssignMissionOrganizer;
import app.ponte.mission.CompleteMission;
import app.ponte.mission.ConfirmMission;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.LogOutcome;
import app.ponte.mission.MarkEngagementHeld;
import app.ponte.mission.MissionId;
import app.ponte.mission.OutcomeKind;
import app.ponte.mission.PlanMission;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.RegisterOrganization;
import app.ponte.program.CloseProgram;
import app.ponte.program.DefineIndicator;
import app.ponte.program.IndicatorKind;
import app.ponte.program.IndicatorTarget;
import app.ponte.program.LaunchProgram;
import app.ponte.program.ProgramId;
import app.ponte.shared.CountryCode;
import app.ponte.shared.OutcomeId;
import app.ponte.shared.Period;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Generates programs through the real commands, varied where the documents must cope: promoters of every kind,
 * one to three partner countries, names with markup characters and Chinese, closed and running programs, missions
 * with held engagements and outcomes. Each mission's engagements are held one day after another from its start.
 */
final class ProgramSets {

    private static final List<String> COUNTRIES = List.of("CN", "BR", "IN", "ZA", "VN", "MX", "KE", "JP");
    private static final OrganizationType[] TYPES = OrganizationType.values();

    /** What was generated: each program and its missions, with how many engagements were held in each. */
    record Generated(List<ProgramId> programs, List<MissionId> missions, int engagementsHeldPerMission) {}

    private ProgramSets() {
    }

    static Generated generate(CommandGateway commands, String label, int programs, int missionsPerProgram,
            int engagementsPerMission) {
        var programIds = new ArrayList<ProgramId>();
        var missionIds = new ArrayList<MissionId>();
        for (int p = 0; p < programs; p++) {
            var promoter = OrganizationId.random();
            commands.sendAndWait(new RegisterOrganization(promoter, "Promoter " + label + " " + p + " & <partners>",
                    null, TYPES[p % TYPES.length], CountryCode.of("IT"), "Roma", null));
            var counterpart = OrganizationId.random();
            String country = COUNTRIES.get(p % COUNTRIES.size());
            commands.sendAndWait(new RegisterOrganization(counterpart, "Counterpart " + label + " " + p,
                    p % 2 == 0 ? "合作伙伴" + p : null, TYPES[(p + 3) % TYPES.length], CountryCode.of(country),
                    "City " + p, null));
            var program = ProgramId.random();
            var partners = new ArrayList<CountryCode>();
            for (int c = 0; c <= p % 3; c++) {
                partners.add(CountryCode.of(COUNTRIES.get((p + c) % COUNTRIES.size())));
            }
            commands.sendAndWait(new LaunchProgram(program, "Programme " + label + " " + p + " – Italia & 中国 <2020>",
                    promoter, partners, Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(p % 3 == 1 ? 2030 : 2021, 12, 31))));
            commands.sendAndWait(new DefineIndicator(program, IndicatorKind.MEETINGS_HELD, List.of(
                    new IndicatorTarget(Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)), 10 + p),
                    new IndicatorTarget(Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)), 20))));
            commands.sendAndWait(new DefineIndicator(program, IndicatorKind.OUTCOMES_LOGGED, List.of(
                    new IndicatorTarget(Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)), 5))));
            for (int m = 0; m < missionsPerProgram; m++) {
                var mission = MissionId.random();
                LocalDate start = LocalDate.of(2020, 3, 2).plusDays(7L * m);
                commands.sendAndWait(new PlanMission(mission, program, "Mission " + label + " " + p + "." + m,
                        "City " + p, country, ZoneId.of("Asia/Shanghai"), start,
                        start.plusDays(Math.max(1, engagementsPerMission - 1))));
                commands.sendAndWait(new AssignMissionOrganizer(mission, counterpart));
                commands.sendAndWait(new ConfirmMission(mission));
                for (int e = 0; e < engagementsPerMission; e++) {
                    var engagement = EngagementId.random();
                    var day = start.plusDays(e);
                    commands.sendAndWait(new ScheduleEngagement(mission, engagement, EngagementKind.MEETING,
                            "Meeting " + e + " of mission " + p + "." + m, "Venue " + e, day.atTime(LocalTime.of(10, 0)),
                            day.atTime(LocalTime.of(11, 0)), List.of(counterpart), List.of("life sciences")));
                    commands.sendAndWait(new MarkEngagementHeld(mission, engagement, "Minutes of meeting " + e));
                    if (e % 2 == 0) {
                        commands.sendAndWait(new LogOutcome(mission, engagement, OutcomeId.random(),
                                e % 4 == 0 ? OutcomeKind.COLLABORATION_OPPORTUNITY : OutcomeKind.LEAD,
                                "Outcome of meeting " + e, List.of(counterpart), List.of(), null));
                    }
                }
                if (m % 2 == 0) {
                    commands.sendAndWait(new CompleteMission(mission, "Report of mission " + p + "." + m));
                }
                missionIds.add(mission);
            }
            if (p % 4 == 3) {
                commands.sendAndWait(new CloseProgram(program, "Closed by the generator"));
            }
            programIds.add(program);
        }
        return new Generated(programIds, missionIds, engagementsPerMission);
    }
}
