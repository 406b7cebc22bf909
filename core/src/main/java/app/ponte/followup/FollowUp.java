package app.ponte.followup;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import app.ponte.mission.OutcomeLookup;
import app.ponte.mission.OutcomeStanding;
import app.ponte.mission.OutcomeWasRetracted;
import app.ponte.mission.UnknownOutcome;
import app.ponte.opportunity.OpportunityId;
import app.ponte.opportunity.OpportunityIsDropped;
import app.ponte.opportunity.OpportunityLookup;
import app.ponte.opportunity.OpportunityStanding;
import app.ponte.opportunity.UnknownOpportunity;
import app.ponte.program.ProgramId;
import app.ponte.shared.InvalidField;
import app.ponte.shared.OutcomeId;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/** An action someone owns until it is done; guards completing and reopening. */
public class FollowUp {

    @AggregateIdentifier
    private FollowUpId followUpId;
    private ProgramId programId;
    private String ownerUserId;
    private LocalDate dueOn;
    private LocalDate completedOn;

    protected FollowUp() {
        // for Axon to rebuild the follow-up from its events
    }

    /*
     * Create-if-missing rather than a constructor: a second creation with a used id then reaches this
     * handler and is refused by name, whatever the event store does with a duplicate first event.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AssignFollowUp command, OutcomeLookup outcomes, OpportunityLookup opportunities) {
        if (followUpId != null) {
            throw new FollowUpAlreadyAssigned(command.followUpId());
        }
        OutcomeId outcomeId = command.origin().outcomeId();
        OpportunityId opportunityId = command.origin().opportunityId();
        ProgramId originProgram;
        if (outcomeId != null) {
            OutcomeStanding outcome = outcomes.find(command.missionId(), outcomeId)
                    .orElseThrow(() -> new UnknownOutcome("origin.outcomeId", outcomeId, command.missionId()));
            if (outcome.retracted()) {
                throw new OutcomeWasRetracted(outcomeId);
            }
            originProgram = outcome.programId();
        } else {
            OpportunityStanding opportunity = opportunities.find(opportunityId)
                    .orElseThrow(() -> new UnknownOpportunity("origin.opportunityId", opportunityId));
            if (opportunity.dropped()) {
                throw new OpportunityIsDropped(opportunity.title());
            }
            originProgram = opportunity.programId();
        }
        if (!originProgram.equals(command.programId())) {
            throw new InvalidField("programId", "must be the program the follow-up comes from, " + originProgram);
        }
        apply(new FollowUpAssigned(command.followUpId(), command.programId(), command.missionId(), command.origin(),
                command.ownerUserId(), command.dueOn(), command.description()));
    }

    @CommandHandler
    void handle(ReassignFollowUp command) {
        requireOpen();
        if (ownerUserId.equals(command.ownerUserId()) && dueOn.equals(command.dueOn())) {
            return;
        }
        apply(new FollowUpReassigned(followUpId, programId, command.ownerUserId(), command.dueOn(), ownerUserId,
                dueOn));
    }

    @CommandHandler
    void handle(CompleteFollowUp command) {
        requireOpen();
        apply(new FollowUpCompleted(followUpId, programId, ownerUserId, dueOn, command.completedOn(),
                command.note()));
    }

    @CommandHandler
    void handle(ReopenFollowUp command) {
        if (completedOn == null) {
            throw new FollowUpNotCompleted();
        }
        apply(new FollowUpReopened(followUpId, programId, ownerUserId, command.dueOn(), command.reason()));
    }

    private void requireOpen() {
        if (completedOn != null) {
            throw new FollowUpAlreadyCompleted(completedOn);
        }
    }

    @EventSourcingHandler
    void on(FollowUpAssigned event) {
        followUpId = event.followUpId();
        programId = event.programId();
        ownerUserId = event.ownerUserId();
        dueOn = event.dueOn();
    }

    @EventSourcingHandler
    void on(FollowUpReassigned event) {
        ownerUserId = event.ownerUserId();
        dueOn = event.dueOn();
    }

    @EventSourcingHandler
    void on(FollowUpCompleted event) {
        completedOn = event.completedOn();
    }

    @EventSourcingHandler
    void on(FollowUpReopened event) {
        completedOn = null;
        dueOn = event.dueOn();
    }
}
