package app.ponte.dashboard;

import app.ponte.mission.OutcomeKind;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.program.ProgramId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a program's dashboard shows. Maps keep a stable order (enum order, or largest first) so charts and
 * tests read them as they are.
 */
public record ProgramDashboard(
        ProgramId programId,
        String name,
        LocalDate start,
        LocalDate end,
        List<IndicatorProgress> indicators,
        long engagementsScheduled,
        long engagementsHeld,
        long engagementsCancelled,
        Map<OutcomeKind, Long> outcomesByKind,
        Map<OpportunityStage, Long> opportunitiesByStage,
        long opportunitiesDropped,
        Map<String, Long> counterpartsByCountry,
        Map<String, Long> counterpartsByType,
        Map<String, Long> counterpartsByTheme,
        List<UpcomingEngagement> upcoming,
        List<OverdueFollowUp> overdueFollowUps,
        List<Activity> recentActivity) {

    public long outcomes() {
        return outcomesByKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
