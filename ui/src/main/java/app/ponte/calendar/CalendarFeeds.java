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
import app.ponte.live.ReadModelChanges;
import app.ponte.security.ActingAs;
import app.ponte.security.Caller;
import app.ponte.security.CurrentCaller;
import app.ponte.security.Digests;
import app.ponte.security.UserDirectory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
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
    /* Raised whenever IcsWriter writes the same record differently, so that no client keeps a copy of the old text. */
    private static final String WRITER_VERSION = "ics-2";

    private final QueryGateway queries;
    private final CalendarLinks links;
    private final ActingAs acting;
    private final CurrentCaller callers;
    private final UserDirectory users;
    private final ReadModelChanges changes;
    private final IcsWriter writer = new IcsWriter();

    CalendarFeeds(QueryGateway queries, CalendarLinks links, ActingAs acting, CurrentCaller callers,
            UserDirectory users, ReadModelChanges changes) {
        this.queries = queries;
        this.links = links;
        this.acting = acting;
        this.callers = callers;
        this.users = users;
        this.changes = changes;
    }

    /**
     * A calendar whose validators are known before it is built: a conditional request that {@code version} answers
     * never calls {@code calendar}, so it reads no agenda and no directory and writes no text.
     */
    public record Conditional(CalendarVersion version, Supplier<IcsCalendar> calendar) {}

    /** A mission's agenda; empty when no such mission was planned. A mission of another program is refused. */
    public Optional<IcsCalendar> mission(MissionId missionId) {
        return missionCalendar(missionId).map(found -> found.calendar().get());
    }

    /**
     * A mission's agenda with its validators; empty when the caller's missions do not include it (none planned, or
     * of another program: {@link #mission} then says which, as it always has).
     */
    public Optional<Conditional> missionCalendar(MissionId missionId) {
        return missions().stream().filter(m -> m.missionId().equals(missionId)).findFirst().map(listed -> {
            var version = version("mission " + missionId, List.of(listed));
            return new Conditional(version, () -> {
                var agenda = join(queries.query(new GetMissionAgenda(missionId), MissionAgenda.class));
                String title = agenda.mission() == null ? listed.title() : agenda.mission().title();
                return write(title, "mission-" + missionId + ".ics", List.of(agenda), version);
            });
        });
    }

    /** Every engagement of a program's missions; empty when the program is not one the caller may see. */
    public Optional<IcsCalendar> program(ProgramId programId) {
        return programCalendar(programId).map(found -> found.calendar().get());
    }

    public Optional<Conditional> programCalendar(ProgramId programId) {
        var program = join(queries.query(new ListPrograms(Set.of(programId)),
                ResponseTypes.multipleInstancesOf(ProgramSummary.class))).stream().findFirst();
        if (program.isEmpty()) {
            return Optional.empty();
        }
        String name = program.get().name() == null ? "Program " + programId : program.get().name();
        var missions = missions().stream().filter(m -> programId.equals(m.programId())).toList();
        var version = version("program " + programId + " " + name, missions);
        return Optional.of(new Conditional(version,
                () -> write(name, "program-" + programId + ".ics", agendas(missions), version)));
    }

    /** Every engagement of the missions of the caller's programs. */
    public IcsCalendar mine() {
        return mineCalendar().calendar().get();
    }

    public Conditional mineCalendar() {
        var missions = missions();
        var version = version("mine", missions);
        return new Conditional(version,
                () -> write("Ponte: my engagements", "my-engagements.ics", agendas(missions), version));
    }

    /**
     * The calendar behind a personal link, as its owner may see it now: empty for an unknown or revoked token, and
     * for an owner who no longer exists or was disabled. A demoted owner's calendar shrinks to their new programs.
     */
    public Optional<IcsCalendar> feed(String token) {
        return feedCalendar(token).map(found -> found.calendar().get());
    }

    public Optional<Conditional> feedCalendar(String token) {
        return links.resolve(token).flatMap(link -> acting.caller(link.ownerUserId()).map(owner -> {
            var mine = ActingAs.run(owner, this::mineCalendar);
            links.used(link);
            return new Conditional(mine.version(), () -> ActingAs.run(owner, mine.calendar()));
        }));
    }

    /*
     * What a calendar is built from, cheaply: who asks (their role and programs decide which engagements the gateway
     * lets through), the missions listed with their programs and titles, the counter of each one's agenda (moved by
     * every change of it) and the directory's (counterparts' names). One read of the counters and one of the
     * caller's account; the agendas and the directory are not read. Last-Modified is the latest time any of these
     * moved, so that a client that validates by date alone also sees a role change.
     */
    private CalendarVersion version(String calendar, List<MissionSummary> missions) {
        var caller = callers.current().orElseThrow();
        var topics = new TreeMap<String, String>();
        missions.forEach(m -> topics.put(ReadModelChanges.mission(m.missionId()), m.programId() + " " + m.title()));
        topics.put(ReadModelChanges.DIRECTORY, "");
        var stamps = changes.stamps(topics.keySet());
        var inputs = new StringBuilder(WRITER_VERSION).append('\n').append(calendar).append('\n')
                .append(scope(caller)).append('\n');
        Instant latest = users.accessChangedAt(caller.userId()).orElse(null);
        for (var topic : topics.entrySet()) {
            var stamp = stamps.get(topic.getKey());
            inputs.append(topic.getKey()).append(' ').append(topic.getValue()).append(' ')
                    .append(stamp == null ? "-" : Long.toString(stamp.version())).append('\n');
            if (stamp != null && stamp.at() != null && (latest == null || stamp.at().isAfter(latest))) {
                latest = stamp.at();
            }
        }
        return new CalendarVersion("\"" + Digests.sha256Hex(inputs.toString()).substring(0, 32) + "\"",
                Optional.ofNullable(latest).map(at -> at.truncatedTo(ChronoUnit.SECONDS)));
    }

    private static String scope(Caller caller) {
        return caller.role() + " " + (caller.everyProgram() ? "every program"
                : caller.programs().stream().map(Object::toString).sorted().toList().toString());
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

    private IcsCalendar write(String name, String fileName, List<MissionAgenda> agendas, CalendarVersion version) {
        var names = organizationNames(agendas);
        var entries = new ArrayList<CalendarEntry>();
        for (MissionAgenda agenda : agendas) {
            String missionTitle = agenda.mission() == null ? null : agenda.mission().title();
            for (EngagementSummary engagement : agenda.engagements()) {
                entries.add(new CalendarEntry(engagement, missionTitle, engagement.counterparts().stream()
                        .map(names::get).filter(java.util.Objects::nonNull).toList()));
            }
        }
        return writer.write(name, fileName, entries, version);
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
