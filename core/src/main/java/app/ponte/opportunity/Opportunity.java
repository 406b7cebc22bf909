package app.ponte.opportunity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import app.ponte.mission.OutcomeLookup;
import app.ponte.mission.OutcomeStanding;
import app.ponte.mission.OutcomeWasRetracted;
import app.ponte.mission.UnknownOutcome;
import app.ponte.program.ProgramId;
import app.ponte.shared.InvalidField;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/** An outcome being pursued: guards that stages only move forward unless reopened with a reason. */
public class Opportunity {

    @AggregateIdentifier
    private OpportunityId opportunityId;
    private ProgramId programId;
    private String title;
    private OpportunityStage stage;
    private boolean dropped;
    private final Set<String> documentDigests = new HashSet<>();

    protected Opportunity() {
        // for Axon to rebuild the opportunity from its events
    }

    /*
     * Create-if-missing rather than a constructor: a second creation with a used id then reaches this
     * handler and is refused by name, whatever the event store does with a duplicate first event.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenOpportunity command, OutcomeLookup outcomes) {
        if (opportunityId != null) {
            throw new OpportunityAlreadyOpened(command.opportunityId());
        }
        OutcomeStanding outcome = outcomes.find(command.missionId(), command.outcomeId())
                .orElseThrow(() -> new UnknownOutcome("outcomeId", command.outcomeId(), command.missionId()));
        if (outcome.retracted()) {
            throw new OutcomeWasRetracted(command.outcomeId());
        }
        if (!outcome.programId().equals(command.programId())) {
            throw new InvalidField("programId", "must be the program of the outcome's mission, " + outcome.programId());
        }
        apply(new OpportunityOpened(command.opportunityId(), command.programId(), command.missionId(),
                command.outcomeId(), command.title(), command.description(), OpportunityStage.IDENTIFIED));
    }

    @CommandHandler
    void handle(AdvanceOpportunity command) {
        requireNotDropped();
        if (!command.stage().isAfter(stage)) {
            throw new StageCannotMoveBack(title, stage, command.stage());
        }
        apply(new OpportunityAdvanced(opportunityId, programId, title, stage, command.stage()));
    }

    @CommandHandler
    void handle(DropOpportunity command) {
        if (dropped) {
            throw new OpportunityAlreadyDropped(title);
        }
        apply(new OpportunityDropped(opportunityId, programId, title, stage, command.reason()));
    }

    @CommandHandler
    void handle(ReopenOpportunity command) {
        if (!dropped && !stage.isAfter(command.stage())) {
            throw new ReopenMustMoveBack(title, stage, command.stage());
        }
        apply(new OpportunityReopened(opportunityId, programId, title, stage, dropped, command.stage(),
                command.reason()));
    }

    @CommandHandler
    void handle(AttachAgreementDocument command) {
        requireNotDropped();
        if (stage.compareTo(OpportunityStage.AGREED) < 0) {
            throw new AgreementNotReached(title, stage);
        }
        if (documentDigests.contains(command.document().sha256())) {
            throw new DocumentAlreadyAttached(command.document().fileName());
        }
        apply(new AgreementDocumentAttached(opportunityId, programId, command.document()));
    }

    /** For {@link RepositoryOpportunityLookup} only. */
    OpportunityStanding standing() {
        return new OpportunityStanding(opportunityId, programId, title, stage, dropped);
    }

    private void requireNotDropped() {
        if (dropped) {
            throw new OpportunityIsDropped(title);
        }
    }

    @EventSourcingHandler
    void on(OpportunityOpened event) {
        opportunityId = event.opportunityId();
        programId = event.programId();
        title = event.title();
        stage = event.stage();
    }

    @EventSourcingHandler
    void on(OpportunityAdvanced event) {
        stage = event.to();
    }

    @EventSourcingHandler
    void on(OpportunityDropped event) {
        dropped = true;
    }

    @EventSourcingHandler
    void on(OpportunityReopened event) {
        dropped = false;
        stage = event.to();
    }

    @EventSourcingHandler
    void on(AgreementDocumentAttached event) {
        documentDigests.add(event.document().sha256());
    }
}
