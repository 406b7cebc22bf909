package app.ponte.report;

import app.ponte.mission.EngagementKind;
import app.ponte.mission.OutcomeKind;
import app.ponte.report.MissionRecord.Engagement;
import app.ponte.report.MissionRecord.EngagementState;
import app.ponte.report.MissionRecord.FollowUp;
import app.ponte.report.MissionRecord.MissionStatus;
import app.ponte.report.MissionRecord.Opportunity;
import app.ponte.report.MissionRecord.Outcome;
import app.ponte.report.MissionRecord.Party;
import app.ponte.report.MissionRecord.Person;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a mission's record as a report's content: prose paragraphs that say what the seed report says (the
 * program, who organized and supported the mission, who went, what was held), then tables of the parties, the
 * delegation, the agenda day by day in venue time, outcomes by kind, opportunities and follow-ups. Everything comes
 * from the {@link MissionRecord}; an erased contact is only ever "erased contact".
 */
public final class MissionReportWriter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportTexts texts;

    public MissionReportWriter(ReportLanguage language) {
        this.texts = new ReportTexts(language);
    }

    public ReportDocument write(MissionRecord mission) {
        var out = new ReportDocument.Builder();
        List<Engagement> held = mission.engagements().stream()
                .filter(engagement -> engagement.state() == EngagementState.HELD).toList();
        List<Engagement> cancelled = mission.engagements().stream()
                .filter(engagement -> engagement.state() == EngagementState.CANCELLED).toList();

        prose(mission, held, cancelled, out);
        parties(mission, out);
        people(mission, out);
        agenda(mission, out);
        cancelled(cancelled, out);
        outcomes(held, out);
        opportunities(mission.opportunities(), out);
        followUps(mission.followUps(), out);
        if (mission.closingReport() != null) {
            out.paragraph(texts.get("mission.closing", mission.closingReport()));
        }
        out.paragraph(texts.get("mission.footer", mission.events(),
                STAMP.format(mission.readAt().atZone(java.time.ZoneOffset.UTC))));
        return new ReportDocument(texts.locale().getLanguage(), texts.get("mission.title", mission.title()),
                texts.get("mission.subtitle", mission.city(), texts.date(mission.startDate()),
                        texts.date(mission.endDate())),
                out.blocks());
    }

    private void prose(MissionRecord mission, List<Engagement> held, List<Engagement> cancelled,
            ReportDocument.Builder out) {
        var program = mission.program();
        String country = texts.country(mission.countryCode());
        if (program.name() != null) {
            out.paragraph(texts.get("mission.opening", program.name(), name(program.promoter()), mission.title(),
                    mission.city(), country, texts.date(mission.startDate()), texts.date(mission.endDate())));
        } else {
            out.paragraph(texts.get("mission.openingNoProgram", mission.title(), mission.city(), country,
                    texts.date(mission.startDate()), texts.date(mission.endDate())));
        }
        if (mission.status() == MissionStatus.CANCELLED) {
            out.paragraph(texts.get("mission.statusCancelled", orNone(mission.cancellationReason())));
        }
        var who = new StringBuilder();
        if (mission.organizer() != null) {
            who.append(texts.get("mission.organizer", name(mission.organizer())));
        }
        if (!mission.supportingPosts().isEmpty()) {
            List<String> support = new ArrayList<>(mission.supportingPosts().stream().map(this::name).toList());
            List<String> people = mission.supporters().stream().map(this::personWithRole).toList();
            who.append(who.isEmpty() ? "" : " ").append(texts.get("mission.supporters", texts.list(
                    people.isEmpty() ? support : List.of(texts.list(support) + ", " + texts.list(people)))));
        }
        if (!mission.delegation().isEmpty()) {
            who.append(who.isEmpty() ? "" : " ").append(texts.get("mission.delegation",
                    texts.list(mission.delegation().stream().map(this::personWithRole).toList())));
        }
        out.paragraph(who.toString());

        if (!held.isEmpty()) {
            Map<EngagementKind, Integer> byKind = new EnumMap<>(EngagementKind.class);
            held.forEach(engagement -> byKind.merge(engagement.kind(), 1, Integer::sum));
            List<String> kinds = new ArrayList<>();
            byKind.forEach((kind, count) -> kinds.add(texts.get("kinds." + kind.name(), count)));
            var met = new LinkedHashSet<String>();
            held.forEach(engagement -> engagement.counterparts().forEach(party -> met.add(name(party))));
            out.paragraph(texts.get("mission.summary", held.size(), texts.list(kinds)) + " "
                    + texts.get("mission.counterparts", texts.list(List.copyOf(met))));
        }
        for (Engagement engagement : held) {
            String when = texts.date(engagement.start().toLocalDate());
            if (engagement.kind() == EngagementKind.WORKSHOP) {
                List<String> with = engagement.counterparts().stream().map(this::name).toList();
                out.paragraph(with.isEmpty()
                        ? texts.get("mission.workshopAlone", when, engagement.title(), engagement.venue())
                        : texts.get("mission.workshop", when, engagement.title(), engagement.venue(),
                                texts.list(with)));
            } else if (engagement.kind() == EngagementKind.SPEECH) {
                List<String> speakers = engagement.participants().stream().map(this::person).toList();
                out.paragraph(speakers.isEmpty()
                        ? texts.get("mission.speechNoSpeaker", when, engagement.title(), engagement.venue())
                        : texts.get("mission.speech", when, texts.list(speakers), engagement.title(),
                                engagement.venue()));
            }
        }
        if (!cancelled.isEmpty()) {
            out.paragraph(texts.get("mission.cancelledSummary", cancelled.size()));
        }
    }

    private void parties(MissionRecord mission, ReportDocument.Builder out) {
        var program = mission.program();
        out.heading(1, texts.get("section.parties"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(texts.get("field.program"), orNone(program.name())));
        rows.add(List.of(texts.get("field.promoter"), name(program.promoter())));
        rows.add(List.of(texts.get("field.destination"),
                mission.city() + ", " + texts.country(mission.countryCode())));
        rows.add(List.of(texts.get("field.dates"),
                texts.date(mission.startDate()) + " – " + texts.date(mission.endDate())));
        rows.add(List.of(texts.get("field.organizer"), name(mission.organizer())));
        rows.add(List.of(texts.get("field.supportingPosts"),
                texts.list(mission.supportingPosts().stream().map(this::name).toList())));
        rows.add(List.of(texts.get("field.status"), texts.get("status." + mission.status().name())));
        out.table(List.of("", ""), rows);
    }

    private void people(MissionRecord mission, ReportDocument.Builder out) {
        if (!mission.delegation().isEmpty()) {
            out.heading(1, texts.get("section.delegation"));
            out.table(List.of(texts.get("field.name"), texts.get("field.organization"), texts.get("field.role")),
                    mission.delegation().stream().map(person -> List.of(person(person),
                            name(person.organization()), orNone(person.roleTitle()))).toList());
        }
        if (!mission.supportingPosts().isEmpty()) {
            out.heading(1, texts.get("section.supporters"));
            List<List<String>> rows = new ArrayList<>();
            for (Party post : mission.supportingPosts()) {
                List<Person> there = mission.supporters().stream()
                        .filter(person -> person.organization().organizationId().equals(post.organizationId()))
                        .toList();
                if (there.isEmpty()) {
                    rows.add(List.of(name(post), texts.get("none"), texts.get("none")));
                }
                there.forEach(person -> rows.add(List.of(name(post), person(person), orNone(person.roleTitle()))));
            }
            out.table(List.of(texts.get("field.post"), texts.get("field.name"), texts.get("field.role")), rows);
        }
    }

    private void agenda(MissionRecord mission, ReportDocument.Builder out) {
        List<Engagement> shown = mission.engagements().stream()
                .filter(engagement -> engagement.state() != EngagementState.CANCELLED).toList();
        if (shown.isEmpty()) {
            return;
        }
        out.heading(1, texts.get("section.agenda", mission.zone().getId()));
        Map<LocalDate, List<Engagement>> byDay = new TreeMap<>();
        shown.forEach(engagement -> byDay.computeIfAbsent(engagement.start().toLocalDate(), day -> new ArrayList<>())
                .add(engagement));
        byDay.forEach((day, engagements) -> {
            out.heading(2, texts.day(day));
            out.table(List.of(texts.get("field.time"), texts.get("field.kind"), texts.get("field.title"),
                            texts.get("field.venue"), texts.get("field.counterparts"), texts.get("field.whoTookPart")),
                    engagements.stream().map(engagement -> List.of(
                            TIME.format(engagement.start()) + "–" + TIME.format(engagement.end())
                                    + (engagement.end().toLocalDate().equals(day) ? ""
                                            : " (+" + ChronoUnit.DAYS.between(day, engagement.end().toLocalDate())
                                                    + ")"),
                            texts.get("kind." + engagement.kind().name()), engagement.title(), engagement.venue(),
                            texts.list(engagement.counterparts().stream().map(this::name).toList()),
                            texts.list(engagement.participants().stream().map(this::person).toList()))).toList());
            for (Engagement engagement : engagements) {
                if (engagement.minutes() != null && !engagement.minutes().isBlank()) {
                    out.paragraph(engagement.title() + " — " + texts.get("field.minutes") + ": "
                            + engagement.minutes());
                }
            }
        });
    }

    private void cancelled(List<Engagement> cancelled, ReportDocument.Builder out) {
        if (cancelled.isEmpty()) {
            return;
        }
        out.heading(1, texts.get("section.cancelled"));
        out.table(List.of(texts.get("field.date"), texts.get("field.kind"), texts.get("field.title"),
                        texts.get("field.reason")),
                cancelled.stream().map(engagement -> List.of(texts.date(engagement.start().toLocalDate()),
                        texts.get("kind." + engagement.kind().name()), engagement.title(),
                        orNone(engagement.cancellationReason()))).toList());
    }

    private void outcomes(List<Engagement> held, ReportDocument.Builder out) {
        Map<OutcomeKind, List<List<String>>> byKind = new EnumMap<>(OutcomeKind.class);
        for (Engagement engagement : held) {
            for (Outcome outcome : engagement.outcomes()) {
                byKind.computeIfAbsent(outcome.kind(), kind -> new ArrayList<>()).add(List.of(outcome.description(),
                        engagement.title(), texts.list(outcome.counterparts().stream().map(this::name).toList())));
            }
        }
        if (byKind.isEmpty()) {
            return;
        }
        out.heading(1, texts.get("section.outcomes"));
        byKind.forEach((kind, rows) -> {
            out.heading(2, texts.get("outcome." + kind.name()) + " (" + rows.size() + ")");
            out.table(List.of(texts.get("field.description"), texts.get("field.engagement"),
                    texts.get("field.counterparts")), rows);
        });
    }

    private void opportunities(List<Opportunity> opportunities, ReportDocument.Builder out) {
        if (opportunities.isEmpty()) {
            return;
        }
        out.heading(1, texts.get("section.opportunities"));
        out.table(List.of(texts.get("field.title"), texts.get("field.stage"), texts.get("field.description")),
                opportunities.stream().map(opportunity -> List.of(opportunity.title(),
                        opportunity.dropped()
                                ? texts.get("opportunity.dropped", orNone(opportunity.dropReason()))
                                : texts.get("stage." + opportunity.stage().name()),
                        orNone(opportunity.description()))).toList());
    }

    private void followUps(List<FollowUp> followUps, ReportDocument.Builder out) {
        if (followUps.isEmpty()) {
            return;
        }
        out.heading(1, texts.get("section.followUps"));
        out.table(List.of(texts.get("field.description"), texts.get("field.owner"), texts.get("field.dueOn"),
                        texts.get("field.status")),
                followUps.stream().map(followUp -> List.of(followUp.description(), orNone(followUp.ownerUserId()),
                        texts.date(followUp.dueOn()),
                        followUp.completedOn() == null ? texts.get("followUp.open")
                                : texts.get("followUp.completed", texts.date(followUp.completedOn()))))
                        .toList());
    }

    /** An organization as the report names it: "Fudan University (复旦大学)" when it has a native name. */
    private String name(Party party) {
        if (party == null || party.name() == null) {
            return texts.get("none");
        }
        return party.nativeName() == null || party.nativeName().isBlank() || party.name().contains(party.nativeName())
                ? party.name() : party.name() + " (" + party.nativeName() + ")";
    }

    private String person(Person person) {
        return person.erased() || person.name() == null ? texts.get("person.erased") : person.name();
    }

    private String personWithRole(Person person) {
        if (person.erased() || person.roleTitle() == null) {
            return person(person);
        }
        String where = person.organization() == null || person.organization().name() == null ? ""
                : ", " + name(person.organization());
        return texts.get("person.withRole", person(person), person.roleTitle() + where);
    }

    private String orNone(String text) {
        return text == null || text.isBlank() ? texts.get("none") : text;
    }

}
