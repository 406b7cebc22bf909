package app.ponte.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import app.ponte.shared.CountryCode;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/** A party a program deals with; guards renaming, archiving and merging of duplicates. */
public class Organization {

    @AggregateIdentifier
    private OrganizationId organizationId;
    private String name;
    private String nativeName;
    private OrganizationType type;
    private CountryCode country;
    private String city;
    private String website;
    private OrganizationStatus status;
    private String survivorName;

    protected Organization() {
        // for Axon to rebuild the organization from its events
    }

    /*
     * Create-if-missing rather than a constructor: a second creation with a used id then reaches this
     * handler and is refused by name, whatever the event store does with a duplicate first event.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterOrganization command) {
        if (organizationId != null) {
            throw new OrganizationAlreadyRegistered(command.organizationId());
        }
        apply(new OrganizationRegistered(command.organizationId(), command.name(), command.nativeName(),
                command.type(), command.country(), command.city(), command.website()));
    }

    @CommandHandler
    void handle(RenameOrganization command) {
        requireActive();
        if (name.equals(command.name()) && Objects.equals(nativeName, command.nativeName())) {
            return;
        }
        apply(new OrganizationRenamed(organizationId, command.name(), command.nativeName(), name));
    }

    @CommandHandler
    void handle(CorrectOrganizationDetails command) {
        requireActive();
        if (type == command.type() && country.equals(command.country()) && city.equals(command.city())
                && Objects.equals(website, command.website())) {
            return;
        }
        apply(new OrganizationDetailsCorrected(organizationId, name, command.type(), command.country(),
                command.city(), command.website()));
    }

    @CommandHandler
    void handle(ReinstateOrganization command) {
        if (status == OrganizationStatus.MERGED) {
            throw new OrganizationWasMerged(name, survivorName);
        }
        if (status != OrganizationStatus.ARCHIVED) {
            throw new OrganizationNotArchived(name);
        }
        apply(new OrganizationReinstated(organizationId, name, command.reason()));
    }

    @CommandHandler
    void handle(ArchiveOrganization command) {
        requireActive();
        apply(new OrganizationArchived(organizationId, name, command.reason()));
    }

    @CommandHandler
    void handle(MergeOrganization command, OrganizationDirectory directory) {
        if (status == OrganizationStatus.MERGED) {
            throw new OrganizationWasMerged(name, survivorName);
        }
        if (command.survivorId().equals(organizationId)) {
            throw new CannotMergeOrganizationIntoItself(name);
        }
        // An archived duplicate may still be merged: duplicates are often archived before anyone notices them.
        OrganizationStanding survivor = directory.find(command.survivorId())
                .orElseThrow(() -> new UnknownOrganization("survivorId", command.survivorId()));
        if (!survivor.active()) {
            throw new MergeSurvivorNotActive(survivor);
        }
        apply(new OrganizationMergedInto(organizationId, name, survivor.organizationId(), survivor.name()));
    }

    /** For {@link RepositoryOrganizationDirectory} only: what a merge into this organization needs to know. */
    OrganizationStanding standing() {
        return new OrganizationStanding(organizationId, name, type, status);
    }

    private void requireActive() {
        switch (status) {
            case ARCHIVED -> throw new OrganizationIsArchived(name);
            case MERGED -> throw new OrganizationWasMerged(name, survivorName);
            case ACTIVE -> {
            }
        }
    }

    @EventSourcingHandler
    void on(OrganizationRegistered event) {
        organizationId = event.organizationId();
        name = event.name();
        nativeName = event.nativeName();
        type = event.type();
        country = event.country();
        city = event.city();
        website = event.website();
        status = OrganizationStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(OrganizationDetailsCorrected event) {
        type = event.type();
        country = event.country();
        city = event.city();
        website = event.website();
    }

    @EventSourcingHandler
    void on(OrganizationReinstated event) {
        status = OrganizationStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(OrganizationRenamed event) {
        name = event.name();
        nativeName = event.nativeName();
    }

    @EventSourcingHandler
    void on(OrganizationArchived event) {
        status = OrganizationStatus.ARCHIVED;
    }

    @EventSourcingHandler
    void on(OrganizationMergedInto event) {
        status = OrganizationStatus.MERGED;
        survivorName = event.survivorName();
    }
}
