package app.ponte.dashboard;

import app.ponte.mission.MissionId;
import app.ponte.mission.OutcomeKind;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.program.IndicatorKind;
import app.ponte.program.ProgramId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A program's results within a window ({@code from}..{@code to}), computed from the same entries and by the same
 * rules as its dashboard's indicators, for the documents written from them (the program report, the IATI file).
 * Maps keep a stable order: enum order, or largest first.
 *
 * @param known false when the dashboard has never heard of the program
 * @param outcomesByCountry outcomes counted once for each country among their counterparts ("?" for none known)
 * @param opportunitiesByStage opportunities opened in the window and still pursued, by their stage now
 * @param overdueFollowUps follow-ups overdue today that fell due by the end of the window
 */
public record ProgramResults(
        ProgramId programId,
        boolean known,
        String name,
        LocalDate start,
        LocalDate end,
        boolean closed,
        LocalDate from,
        LocalDate to,
        List<IndicatorResult> indicators,
        List<MissionResult> missions,
        Map<OutcomeKind, Long> outcomesByKind,
        Map<String, Long> outcomesByCountry,
        Map<OpportunityStage, Long> opportunitiesByStage,
        long opportunitiesDropped,
        List<OverdueFollowUp> overdueFollowUps) {

    public ProgramResults {
        indicators = List.copyOf(indicators);
        missions = List.copyOf(missions);
    }

    public long outcomes() {
        return outcomesByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    /** One target period of one indicator, with what the events add up to within it. */
    public record IndicatorResult(IndicatorKind kind, LocalDate periodStart, LocalDate periodEnd, long target,
            long actual) {

        /** Share of the target reached, 0 to 1 and beyond. */
        public double share() {
            return target == 0 ? 0 : (double) actual / target;
        }
    }

    /** A mission whose days overlap the window, with what its engagements came to. */
    public record MissionResult(MissionId missionId, String title, String status, LocalDate startDate,
            LocalDate endDate, long engagementsHeld, long outcomes) {}
}
