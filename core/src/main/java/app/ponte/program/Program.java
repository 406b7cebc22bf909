package app.ponte.program;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import app.ponte.organization.OrganizationDirectory;
import app.ponte.organization.OrganizationId;
import app.ponte.shared.CountryCode;
import app.ponte.shared.InvalidField;
import app.ponte.shared.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/** A funded internationalization program: guards its period, its indicators and its closing. */
public class Program {

    private static final String PROMOTER = "the program's promoter";

    @AggregateIdentifier
    private ProgramId programId;
    private String name;
    private OrganizationId promoterId;
    private List<CountryCode> partnerCountries;
    private Period period;
    private final Map<IndicatorKind, List<IndicatorTarget>> indicators = new EnumMap<>(IndicatorKind.class);
    private boolean closed;

    protected Program() {
        // for Axon to rebuild the program from its events
    }

    /*
     * Create-if-missing rather than a constructor: a second creation with a used id then reaches this
     * handler and is refused by name, whatever the event store does with a duplicate first event.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(LaunchProgram command, OrganizationDirectory organizations) {
        if (programId != null) {
            throw new ProgramAlreadyLaunched(command.programId());
        }
        organizations.requireActive("promoterId", command.promoterId(), PROMOTER);
        apply(new ProgramLaunched(command.programId(), command.name(), command.promoterId(),
                command.partnerCountries(), command.period()));
    }

    @CommandHandler
    void handle(AmendProgram command, OrganizationDirectory organizations) {
        requireOpen();
        if (!command.promoterId().equals(promoterId)) {
            organizations.requireActive("promoterId", command.promoterId(), PROMOTER);
        }
        indicators.forEach((kind, targets) -> requireWithin(kind, targets, command.period()));
        boolean unchanged = name.equals(command.name()) && promoterId.equals(command.promoterId())
                && partnerCountries.equals(command.partnerCountries()) && period.equals(command.period());
        if (unchanged) {
            return;
        }
        apply(new ProgramAmended(programId, command.name(), command.promoterId(), command.partnerCountries(),
                command.period()));
    }

    @CommandHandler
    void handle(DefineIndicator command) {
        requireOpen();
        requireWithin(command.kind(), command.targets(), period);
        if (command.targets().equals(indicators.get(command.kind()))) {
            return;
        }
        apply(new IndicatorDefined(programId, command.kind(), command.targets()));
    }

    @CommandHandler
    void handle(DropIndicator command) {
        requireOpen();
        if (!indicators.containsKey(command.kind())) {
            throw new IndicatorNotDefined(command.kind());
        }
        apply(new IndicatorDropped(programId, command.kind(), command.reason()));
    }

    @CommandHandler
    void handle(CloseProgram command) {
        requireOpen();
        apply(new ProgramClosed(programId, name, command.closingNote()));
    }

    /** For {@link RepositoryProgramDirectory} only. */
    ProgramStanding standing() {
        return new ProgramStanding(programId, name, closed);
    }

    /** A program runs for more than a single day; its end comes after its start. */
    static void requireSpan(Period period) {
        if (!period.end().isAfter(period.start())) {
            throw new InvalidField("period.end", "must be after the period start");
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new ProgramAlreadyClosed(programId, name);
        }
    }

    private static void requireWithin(IndicatorKind kind, List<IndicatorTarget> targets, Period programPeriod) {
        for (IndicatorTarget target : targets) {
            if (!programPeriod.encloses(target.period())) {
                throw new TargetOutsideProgramPeriod(kind, target.period(), programPeriod);
            }
        }
    }

    @EventSourcingHandler
    void on(ProgramLaunched event) {
        programId = event.programId();
        name = event.name();
        promoterId = event.promoterId();
        partnerCountries = event.partnerCountries();
        period = event.period();
    }

    @EventSourcingHandler
    void on(ProgramAmended event) {
        name = event.name();
        promoterId = event.promoterId();
        partnerCountries = event.partnerCountries();
        period = event.period();
    }

    @EventSourcingHandler
    void on(IndicatorDefined event) {
        indicators.put(event.kind(), event.targets());
    }

    @EventSourcingHandler
    void on(IndicatorDropped event) {
        indicators.remove(event.kind());
    }

    @EventSourcingHandler
    void on(ProgramClosed event) {
        closed = true;
    }
}
