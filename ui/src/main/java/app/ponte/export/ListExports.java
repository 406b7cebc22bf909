package app.ponte.export;

import app.ponte.agenda.EngagementSummary;
import app.ponte.agenda.GetMissionAgenda;
import app.ponte.agenda.ListMissions;
import app.ponte.agenda.MissionAgenda;
import app.ponte.agenda.MissionSummary;
import app.ponte.agenda.OutcomeSummary;
import app.ponte.dashboard.ListPrograms;
import app.ponte.dashboard.ProgramSummary;
import app.ponte.directory.ContactCard;
import app.ponte.directory.OrganizationCard;
import app.ponte.directory.SearchContacts;
import app.ponte.directory.SearchOrganizations;
import app.ponte.followups.FollowUpItem;
import app.ponte.followups.ListFollowUps;
import app.ponte.layout.Translations;
import app.ponte.mission.MissionId;
import app.ponte.opportunities.GetOpportunityBoard;
import app.ponte.opportunities.OpportunityCard;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.program.ProgramId;
import app.ponte.programs.ProgramScope;
import app.ponte.security.UnknownRecord;
import app.ponte.shared.Futures;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

/**
 * Every list as a {@link Table}, with the same queries, filters and scope as its screen and its JSON listing: each
 * goes through the scoped query gateway, so an export never holds a row the reader could not list. Lists whose read
 * model pages (follow-ups, organizations, contacts; the audit log's table is the audit facade's) are read a page at a time while being written;
 * the others are answered whole by their read model, as their screens are.
 * <p>
 * Headers and the values of closed sets (kinds, stages, statuses) are in the reader's language; ids stay as they
 * are, so that a row can be found again. An erased contact is shown as the screens show it, never by name.
 */
@Service
public class ListExports {

    /** The read models serve at most 500 entries a call. */
    public static final int PAGE = 500;

    private final QueryGateway queries;
    private final ProgramScope scope;
    private final Translations translations;

    ListExports(QueryGateway queries, ProgramScope scope, Translations translations) {
        this.queries = queries;
        this.scope = scope;
        this.translations = translations;
    }

    /** The programs the reader may see, by name. */
    public Table<ProgramSummary> programs(Locale language) {
        var t = texts(language);
        var rows = programList().stream()
                .sorted(Comparator.comparing(ProgramSummary::name, Comparator.nullsLast(String::compareTo))
                        .thenComparing(program -> program.programId().toString()))
                .toList();
        return new Table<>("programs", List.of(
                Column.text(t.get("programs.name"), ProgramSummary::name),
                Column.date(t.get("export.start"), ProgramSummary::start),
                Column.date(t.get("export.end"), ProgramSummary::end),
                Column.number(t.get("programs.missions"), ProgramSummary::missions),
                Column.number(t.get("programs.held"), ProgramSummary::engagementsHeld),
                Column.number(t.get("programs.outcomes"), ProgramSummary::outcomes),
                Column.text(t.get("programs.status"), p -> t.get(p.closed() ? "programs.closed" : "programs.running")),
                Column.text(t.get("export.id"), p -> p.programId().toString())), rows);
    }

    /** The missions of the reader's programs, earliest first. */
    public Table<MissionSummary> missions(Locale language) {
        var t = texts(language);
        var names = programNames();
        var rows = Futures.join(queries.query(new ListMissions(), ResponseTypes.multipleInstancesOf(MissionSummary.class)));
        return new Table<>("missions", List.of(
                Column.text(t.get("mission.title"), MissionSummary::title),
                Column.text(t.get("export.program"), m -> names.get(m.programId())),
                Column.text(t.get("export.city"), MissionSummary::city),
                Column.text(t.get("directory.country"), MissionSummary::countryCode),
                Column.date(t.get("export.start"), MissionSummary::startDate),
                Column.date(t.get("export.end"), MissionSummary::endDate),
                Column.text(t.get("mission.zone"), m -> m.zone().getId()),
                Column.text(t.get("export.id"), m -> m.missionId().toString())), rows);
    }

    /** A mission's engagements in time order, at the venue's time with its zone beside it. */
    public Table<EngagementSummary> agenda(MissionId missionId, Locale language) {
        var t = texts(language);
        var agenda = agendaOf(missionId);
        return new Table<>("agenda", List.of(
                Column.date(t.get("mission.day"), e -> e.venueStart().toLocalDate()),
                Column.dateTime(t.get("export.startVenue"), e -> e.venueStart().toLocalDateTime()),
                Column.dateTime(t.get("export.endVenue"), e -> e.venueEnd().toLocalDateTime()),
                Column.text(t.get("mission.zone"), e -> e.zone().getId()),
                Column.text(t.get("engagement.kind"), e -> t.get("kind." + e.kind().name())),
                Column.text(t.get("engagement.title"), EngagementSummary::title),
                Column.text(t.get("engagement.venue"), EngagementSummary::venue),
                Column.text(t.get("engagement.status"), e -> t.get("status." + e.status().name())),
                Column.text(t.get("engagement.themes"), e -> String.join("; ", e.themes())),
                Column.number(t.get("export.counterparts"), e -> e.counterparts().size()),
                Column.number(t.get("export.participants"), e -> e.participants().size()),
                Column.number(t.get("engagement.outcomes"), e -> e.outcomes().size()),
                Column.text(t.get("export.id"), e -> e.engagementId().toString())), agenda.engagements());
    }

    /** Every outcome of a mission, engagement by engagement in time order. */
    public Table<MissionOutcomeRow> outcomes(MissionId missionId, Locale language) {
        var t = texts(language);
        var rows = agendaOf(missionId).engagements().stream()
                .flatMap(e -> e.outcomes().stream().map(o -> new MissionOutcomeRow(e, o)))
                .toList();
        return new Table<>("outcomes", List.of(
                Column.text(t.get("export.engagement"), r -> r.engagement().title()),
                Column.dateTime(t.get("export.startVenue"), r -> r.engagement().venueStart().toLocalDateTime()),
                Column.text(t.get("mission.zone"), r -> r.engagement().zone().getId()),
                Column.text(t.get("outcome.kind"), r -> t.get("outcome." + r.outcome().kind().name())),
                Column.text(t.get("outcome.description"), r -> r.outcome().description()),
                Column.text(t.get("export.id"), r -> r.outcome().outcomeId().toString())), rows);
    }

    /** One outcome with the engagement that produced it. */
    public record MissionOutcomeRow(EngagementSummary engagement, OutcomeSummary outcome) {}

    /** The opportunity board of the given programs (already checked to be the reader's), by title. */
    public Table<OpportunityCard> opportunities(Set<ProgramId> programs, Locale language) {
        var t = texts(language);
        var names = programNames();
        var rows = Futures.join(queries.query(new GetOpportunityBoard(programs),
                ResponseTypes.multipleInstancesOf(OpportunityCard.class))).stream()
                .sorted(Comparator.comparing(OpportunityCard::title, Comparator.nullsLast(String::compareTo))
                        .thenComparing(card -> card.opportunityId().toString()))
                .toList();
        return new Table<>("opportunities", List.of(
                Column.text(t.get("export.opportunity"), OpportunityCard::title),
                Column.text(t.get("outcome.description"), OpportunityCard::description),
                Column.text(t.get("export.program"), o -> names.get(o.programId())),
                Column.text(t.get("export.stage"), o -> t.get("stage." + o.stage().name())),
                Column.text(t.get("stage.DROPPED"), o -> t.get(o.dropped() ? "export.yes" : "export.no")),
                Column.text(t.get("export.id"), o -> o.opportunityId().toString())), rows);
    }

    /** Follow-ups as the follow-ups screen filters them, soonest due first, read a page at a time. */
    public Table<FollowUpItem> followUps(Set<ProgramId> programs, String ownerUserId, boolean overdueOnly,
            boolean openOnly, Locale language) {
        var t = texts(language);
        var names = programNames();
        var rows = Pages.of(PAGE, (offset, limit) -> Futures.join(queries.query(
                new ListFollowUps(programs, ownerUserId, overdueOnly, openOnly, offset, limit),
                ResponseTypes.multipleInstancesOf(FollowUpItem.class))));
        return new Table<>("follow-ups", List.of(
                Column.text(t.get("followUp.description"), FollowUpItem::description),
                Column.text(t.get("export.program"), f -> names.get(f.programId())),
                Column.text(t.get("followUp.owner"), FollowUpItem::ownerUserId),
                Column.date(t.get("followUp.due"), FollowUpItem::dueOn),
                Column.date(t.get("export.completedOn"), FollowUpItem::completedOn),
                Column.number(t.get("export.daysOverdue"), f -> Math.max(0, f.daysOverdue())),
                Column.text(t.get("followUp.state"), f -> t.get(f.completedOn() != null ? "followUp.done"
                        : f.overdue() ? "followUp.late" : "followUp.open")),
                Column.text(t.get("export.id"), f -> f.followUpId().toString())), rows);
    }

    /** Organizations as the directory filters them, by name, read a page at a time. */
    public Table<OrganizationCard> organizations(String text, OrganizationType type, String country,
            Locale language) {
        var t = texts(language);
        var rows = Pages.of(PAGE, (offset, limit) -> Futures.join(queries.query(
                new SearchOrganizations(text, type, country, offset, limit),
                ResponseTypes.multipleInstancesOf(OrganizationCard.class))));
        return new Table<>("organizations", List.of(
                Column.text(t.get("directory.name"), OrganizationCard::name),
                Column.text(t.get("directory.nativeName"), OrganizationCard::nativeName),
                Column.text(t.get("directory.type"), o -> o.type() == null ? null : t.get("orgType." + o.type())),
                Column.text(t.get("directory.country"), OrganizationCard::country),
                Column.text(t.get("export.city"), OrganizationCard::city),
                Column.text(t.get("export.website"), OrganizationCard::website),
                Column.text(t.get("export.status"), OrganizationCard::status),
                Column.text(t.get("export.id"), o -> o.organizationId().toString())), rows);
    }

    /**
     * Contacts as the directory filters them, read a page at a time; an erased contact is "Erased contact" with no
     * e-mail or phone, as the read model already answers it.
     */
    public Table<ContactCard> contacts(String text, OrganizationId organization, Locale language) {
        var t = texts(language);
        var rows = Pages.of(PAGE, (offset, limit) -> Futures.join(queries.query(
                new SearchContacts(text, organization, offset, limit),
                ResponseTypes.multipleInstancesOf(ContactCard.class))));
        return new Table<>("contacts", List.of(
                Column.text(t.get("directory.name"), c -> c.erased() ? t.get("contact.erased") : c.fullName()),
                Column.text(t.get("contact.role"), ContactCard::roleTitle),
                Column.text(t.get("contact.organization"), ContactCard::organizationName),
                Column.text(t.get("contact.email"), c -> c.erased() ? null : c.email()),
                Column.text(t.get("export.phone"), c -> c.erased() ? null : c.phone()),
                Column.text(t.get("export.erased"), c -> t.get(c.erased() ? "export.yes" : "export.no")),
                Column.text(t.get("export.id"), c -> c.contactId().toString())), rows);
    }

    private MissionAgenda agendaOf(MissionId missionId) {
        var agenda = Futures.join(queries.query(new GetMissionAgenda(missionId), MissionAgenda.class));
        if (agenda.mission() == null) {
            throw new UnknownRecord("There is no mission " + missionId);
        }
        return agenda;
    }

    private List<ProgramSummary> programList() {
        return Futures.join(queries.query(new ListPrograms(scope.visiblePrograms()),
                ResponseTypes.multipleInstancesOf(ProgramSummary.class)));
    }

    private Map<ProgramId, String> programNames() {
        var names = new HashMap<ProgramId, String>();
        programList().forEach(program -> names.put(program.programId(), program.name()));
        return names;
    }

    private Texts texts(Locale language) {
        return new Texts(translations, language);
    }

    /** The texts of one language. */
    private record Texts(Translations translations, Locale language) {
        String get(String key) {
            return translations.getTranslation(key, language);
        }
    }
}
