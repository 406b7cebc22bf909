package app.ponte.report;

import app.ponte.dashboard.ProgramResults;
import app.ponte.dashboard.ProgramResults.IndicatorResult;
import app.ponte.dashboard.ProgramResults.MissionResult;
import app.ponte.mission.OutcomeKind;
import app.ponte.opportunity.OpportunityStage;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a program's results in a window as a report's content: a paragraph saying what the window held, the
 * indicators' targets against their actuals as a bar chart and a table, the window's missions, outcomes by kind
 * and by the counterparts' country, the opportunity funnel and the follow-ups overdue. The same sections, as
 * numbers and dates, are the XLSX's sheets ({@link ProgramSpreadsheet}).
 */
public final class ProgramReportWriter {

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportTexts texts;

    public ProgramReportWriter(ReportLanguage language) {
        this.texts = new ReportTexts(language);
    }

    public ReportDocument write(ProgramReport report) {
        ProgramResults results = report.results();
        var out = new ReportDocument.Builder();
        long held = results.missions().stream().mapToLong(MissionResult::engagementsHeld).sum();
        var promoter = report.profile() == null || report.profile().promoter() == null ? null
                : report.profile().promoter().name();
        if (promoter != null) {
            out.paragraph(texts.get("program.opening", results.name(), promoter, texts.date(results.from()),
                    texts.date(results.to()), results.missions().size(), held, results.outcomes()));
        } else {
            out.paragraph(texts.get("program.openingShort", results.name(), texts.date(results.from()),
                    texts.date(results.to()), results.missions().size(), held, results.outcomes()));
        }

        out.heading(1, texts.get("section.indicators"));
        if (results.indicators().isEmpty()) {
            out.paragraph(texts.get("program.indicatorsNone"));
        }
        out.chart(new ReportDocument.Chart(texts.get("program.chart"), texts.get("field.target"),
                texts.get("field.actual"), results.indicators().stream()
                        .map(i -> new ReportDocument.Bar(indicatorLabel(i), i.target(), i.actual())).toList()));
        out.table(List.of(texts.get("field.indicator"), texts.get("field.periodStart"), texts.get("field.periodEnd"),
                texts.get("field.target"), texts.get("field.actual"), texts.get("field.share")),
                results.indicators().stream().map(i -> List.of(texts.get("indicator." + i.kind().name()),
                        texts.date(i.periodStart()), texts.date(i.periodEnd()), Long.toString(i.target()),
                        Long.toString(i.actual()), share(i))).toList());

        out.heading(1, texts.get("section.missions"));
        out.table(List.of(texts.get("field.title"), texts.get("field.start"), texts.get("field.end"),
                texts.get("field.status"), texts.get("field.engagementsHeld"), texts.get("field.outcomes")),
                results.missions().stream().map(m -> List.of(m.title(), texts.date(m.startDate()),
                        texts.date(m.endDate()), texts.get("status." + m.status()), Long.toString(m.engagementsHeld()),
                        Long.toString(m.outcomes()))).toList());

        out.heading(1, texts.get("section.outcomesByKind"));
        out.table(List.of(texts.get("field.kind"), texts.get("field.count")), outcomeRows(results.outcomesByKind()));
        out.heading(1, texts.get("section.outcomesByCountry"));
        out.table(List.of(texts.get("field.country"), texts.get("field.count")),
                results.outcomesByCountry().entrySet().stream()
                        .map(e -> List.of(country(e.getKey()), Long.toString(e.getValue()))).toList());

        out.heading(1, texts.get("section.funnel"));
        var funnel = new ArrayList<List<String>>();
        for (Map.Entry<OpportunityStage, Long> stage : results.opportunitiesByStage().entrySet()) {
            funnel.add(List.of(texts.get("stage." + stage.getKey().name()), Long.toString(stage.getValue())));
        }
        funnel.add(List.of(texts.get("field.dropped"), Long.toString(results.opportunitiesDropped())));
        out.table(List.of(texts.get("field.stage"), texts.get("field.count")), funnel);

        out.heading(1, texts.get("section.overdue"));
        out.table(List.of(texts.get("field.description"), texts.get("field.owner"), texts.get("field.dueOn"),
                texts.get("field.daysOverdue")),
                results.overdueFollowUps().stream().map(f -> List.of(orNone(f.description()),
                        orNone(f.ownerUserId()), texts.date(f.dueOn()), Long.toString(f.daysOverdue()))).toList());
        if (results.overdueFollowUps().isEmpty()) {
            out.paragraph(texts.get("none"));
        }
        out.paragraph(texts.get("program.footer", STAMP.format(report.readAt().atZone(ZoneOffset.UTC))));
        return new ReportDocument(texts.locale().getLanguage(), texts.get("program.title", results.name()),
                texts.get("program.subtitle", texts.date(results.from()), texts.date(results.to())), out.blocks());
    }

    ReportTexts texts() {
        return texts;
    }

    String indicatorLabel(IndicatorResult indicator) {
        return texts.get("indicator." + indicator.kind().name()) + " " + indicator.periodStart().getYear()
                + (indicator.periodEnd().getYear() != indicator.periodStart().getYear()
                        ? "–" + indicator.periodEnd().getYear() : "");
    }

    List<List<String>> outcomeRows(Map<OutcomeKind, Long> byKind) {
        return byKind.entrySet().stream()
                .map(e -> List.of(texts.get("outcome." + e.getKey().name()), Long.toString(e.getValue()))).toList();
    }

    String country(String code) {
        return "?".equals(code) ? texts.get("country.unknown") : texts.country(code);
    }

    private String share(IndicatorResult indicator) {
        return indicator.target() == 0 ? texts.get("none")
                : Math.round(100.0 * indicator.actual() / indicator.target()) + " %";
    }

    private String orNone(String text) {
        return text == null || text.isBlank() ? texts.get("none") : text;
    }
}
