package app.ponte.calendar;

import app.ponte.agenda.EngagementSummary;
import app.ponte.agenda.GetMissionAgenda;
import app.ponte.agenda.ListMissions;
import app.ponte.agenda.MissionAgenda;
import app.ponte.agenda.MissionSummary;
import app.ponte.dashboard.ListPrograms;
import app.ponte.dashboard.ProgramSummary;
import app.ponte.directory.OrganizationCard;
import app.ponte.directory.SearchOrganizations;
import app.ponte.mission.MissionId;
import app.ponte.organization.OrganizationId;
import app.ponte.program.ProgramId;
import app.ponte.security.ActingAs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

/**
 * The calendars Ponte serves, each asked through the scoped query gateway for the caller of the moment: a mission's
 * agenda, a program's missions, and "my engagements", every engagement of every mission of the programs the caller
 * is a member of (an administrator's: of every program). Ponte does not know which contact a user is, so "my" cannot
 * mean "where I am in the delegation"; a member of a program is who follows its missions. Cancelled engagements stay
 * in every calendar, marked cancelled, so that calendar apps take them off their owners' days.
 */
@Service
public class CalendarFeeds {

    private static final int ORGANIZATIONS_PAGE = 500;

    private final QueryGateway queries;
    private final CalendarLinks links;
    private final ActingAs acting;
    private final IcsWriter writer = new IcsWriter();

    CalendarFeeds(QueryGateway queries, CalendarLinks links, ActingAs acting) {
        this.queries = queries;
        this.links = links;
        this.acting = acting;
    }

    /** A mission's agenda; empty when no such mission was planned. A mission of another program is refused. */
    public Optional<IcsCalendar> mission(MissionId missionId) {
        var agenda = join(queries.query(new GetMissionAgenda(missionId), MissionAgenda.class));
        if (agenda.mission() == null) {
            return Optional.empty();
        }
        return Optional.of(write(agenda.mission().title(), "mission-" + missionId + ".ics", List.of(agenda)));
    }

    /** Every engagement of a program's missions; empty when the program is not one the caller may see. */
    public Optional<IcsCalendar> program(ProgramId programId) {
        var program = join(queries.query(new ListPrograms(Set.of(programId)),
                ResponseTypes.multipleInstancesOf(ProgramSummary.class))).stream().findFirst();
        if (program.isEmpty()) {
            return Optional.empty();
        }
        var agendas = agendas(missions().stream().filter(m -> programId.equals(m.programId())).toList());
        String name = program.get().name() == null ? "Program " + programId : program.get().name();
        return Optional.of(write(name, "program-" + programId + ".ics", agendas));
    }

    /** Every engagement of the missions of the caller's programs. */
    public IcsCalendar mine() {
        return write("Ponte: my engagements", "my-engagements.ics", agendas(missions()));
    }

    /**
     * The calendar behind a personal link, as its owner may see it now: empty for an unknown or revoked token, and
     * for an owner who no longer exists or was disabled. A demoted owner's calendar shrinks to their new programs.
     */
    public Optional<IcsCalendar> feed(String token) {
        return links.resolve(token).flatMap(link -> acting.caller(link.ownerUserId()).map(owner -> {
            var calendar = ActingAs.run(owner, this::mine);
            links.used(link);
            return calendar;
        }));
    }

    private List<MissionSummary> missions() {
        return join(queries.query(new ListMissions(), ResponseTypes.multipleInstancesOf(MissionSummary.class)));
    }

    private List<MissionAgenda> agendas(List<MissionSummary> missions) {
        var agendas = new ArrayList<MissionAgenda>();
        for (MissionSummary mission : missions) {
            agendas.add(join(queries.query(new GetMissionAgenda(mission.missionId()), MissionAgenda.class)));
        }
        return agendas;
    }

    private IcsCalendar write(String name, String fileName, List<MissionAgenda> agendas) {
        var names = organizationNames(agendas);
        var entries = new ArrayList<CalendarEntry>();
        for (MissionAgenda agenda : agendas) {
            String missionTitle = agenda.mission() == null ? null : agenda.mission().title();
            for (EngagementSummary engagement : agenda.engagements()) {
                entries.add(new CalendarEntry(engagement, missionTitle, engagement.counterparts().stream()
                        .map(names::get).filter(java.util.Objects::nonNull).toList()));
            }
        }
        return writer.write(name, fileName, entries);
    }

    /* Organizations are shared by all programs; the directory is read a page at a time until every one is named. */
    private Map<OrganizationId, String> organizationNames(List<MissionAgenda> agendas) {
        Set<OrganizationId> wanted = new HashSet<>();
        agendas.forEach(agenda -> agenda.engagements().forEach(e -> wanted.addAll(e.counterparts())));
        Map<OrganizationId, String> names = new HashMap<>();
        int offset = 0;
        while (!wanted.isEmpty()) {
            var page = join(queries.query(new SearchOrganizations("", null, null, offset, ORGANIZATIONS_PAGE),
                    ResponseTypes.multipleInstancesOf(OrganizationCard.class)));
            for (OrganizationCard card : page) {
                if (wanted.remove(card.organizationId())) {
                    names.put(card.organizationId(), card.nativeName() == null || card.nativeName().isBlank()
                            ? card.name() : card.name() + " (" + card.nativeName() + ")");
                }
            }
            if (page.size() < ORGANIZATIONS_PAGE) {
                break;
            }
            offset += ORGANIZATIONS_PAGE;
        }
        return names;
    }

    private static <T> T join(CompletableFuture<T> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
