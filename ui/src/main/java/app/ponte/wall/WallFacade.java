package app.ponte.wall;

import app.ponte.dashboard.GetProgramDashboard;
import app.ponte.dashboard.ListAllProgramIds;
import app.ponte.dashboard.ListPrograms;
import app.ponte.dashboard.ProgramDashboard;
import app.ponte.dashboard.ProgramIds;
import app.ponte.dashboard.ProgramSummary;
import app.ponte.live.ReadModelChanged;
import app.ponte.program.ProgramId;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What a wall screen may ask: whether its token still works, the programs its link covers, their dashboards, and
 * notice of their changes. Every dashboard question names a program the caller took from the link, so a screen can
 * only ever receive what its token's scope allows.
 */
@Service
public class WallFacade implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WallFacade.class);

    private final DisplayLinks links;
    private final QueryGateway queries;
    private final ZoneId officeZone;
    /* Dashboards are re-read off the relay's thread, so one slow screen never delays the others' notices. */
    private final ExecutorService refreshing = Executors.newFixedThreadPool(2, daemons("wall-refresh"));
    private final ScheduledExecutorService ticking = Executors.newSingleThreadScheduledExecutor(daemons("wall-tick"));

    /*
     * A screen has no signed-in user, so the application's query gateway (scoped to the signed-in caller) would refuse
     * it everything. The display link is the scope here: this facade asks only for the link's programs, straight on
     * the query bus.
     */
    WallFacade(DisplayLinks links, QueryBus queryBus,
            @Value("${ponte.wall.office-zone:Europe/Rome}") ZoneId officeZone) {
        this.links = links;
        this.queries = DefaultQueryGateway.builder().queryBus(queryBus).build();
        this.officeZone = officeZone;
    }

    public Optional<DisplayLink> resolve(String token) {
        return links.resolve(token);
    }

    public ZoneId officeZone() {
        return officeZone;
    }

    /** The programs a link covers, in a stable order: its one program, or every program known now. */
    public List<ProgramId> programsOf(DisplayLink link) {
        if (link.program().isPresent()) {
            return List.of(link.program().get());
        }
        return everyProgram().stream().map(ProgramSummary::programId).toList();
    }

    /** Every program, by name, for an administrator choosing what a link shows. */
    public List<ProgramSummary> everyProgram() {
        var all = queries.query(new ListAllProgramIds(), ProgramIds.class).join().ids();
        return queries.query(new ListPrograms(all), ResponseTypes.multipleInstancesOf(ProgramSummary.class)).join()
                .stream()
                .sorted(Comparator.comparing(ProgramSummary::name).thenComparing(p -> p.programId().toString()))
                .toList();
    }

    public ProgramDashboard dashboard(ProgramId programId) {
        return queries.query(new GetProgramDashboard(programId), ProgramDashboard.class).join();
    }

    /**
     * Runs {@code onChange} (off the caller's thread) after each change to one program's dashboard, on any
     * instance, until the returned handle is closed. Notices arriving while one is being handled fold into one more
     * run, so a burst of changes costs at most two reads.
     */
    public Watch watch(ProgramId programId, Runnable onChange) {
        var result = queries.subscriptionQuery(new GetProgramDashboard(programId),
                ResponseTypes.instanceOf(ProgramDashboard.class), ResponseTypes.instanceOf(ReadModelChanged.class));
        var pending = new AtomicInteger();
        result.updates().subscribe(change -> {
            if (pending.getAndIncrement() == 0) {
                refreshing.execute(() -> drain(pending, onChange));
            }
        }, WallFacade::ended);
        return result::cancel;
    }

    private static void drain(AtomicInteger pending, Runnable onChange) {
        do {
            pending.set(1);
            try {
                onChange.run();
            } catch (RuntimeException failure) {
                log.debug("A wall screen could not refresh: {}", failure.toString());
            }
        } while (pending.decrementAndGet() > 0);
    }

    /** Calls {@code tick} every {@code period} until the returned handle is closed. */
    public Watch every(Duration period, Runnable tick) {
        ScheduledFuture<?> future = ticking.scheduleAtFixedRate(() -> {
            try {
                tick.run();
            } catch (RuntimeException failure) {
                log.debug("A wall screen tick failed: {}", failure.toString());
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    private static void ended(Throwable reason) {
        log.debug("A wall screen's live query ended: {}", reason.toString());
    }

    @Override
    public void destroy() {
        refreshing.shutdownNow();
        ticking.shutdownNow();
    }

    private static ThreadFactory daemons(String name) {
        return runnable -> {
            var thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** An open watch or tick; closing it stops the calls. */
    @FunctionalInterface
    public interface Watch extends AutoCloseable {

        @Override
        void close();
    }
}
