package app.ponte.organization;

import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Answers from the organizations' own event streams, so a merge is checked against the survivor's current state
 * rather than a read model that may lag behind. Loading the survivor inside the duplicate's command joins it to the
 * same unit of work; it is only read, never changed.
 */
public class RepositoryOrganizationDirectory implements OrganizationDirectory {

    private final Supplier<Repository<Organization>> organizations;

    public RepositoryOrganizationDirectory(Repository<Organization> organizations) {
        this(() -> organizations);
    }

    /**
     * For wiring where the repository exists only once Axon's configuration has started, such as a Spring bean.
     * The application gives it a repository that reads past the aggregate cache ({@code LookupRepositories}).
     */
    public RepositoryOrganizationDirectory(Supplier<Repository<Organization>> organizations) {
        this.organizations = organizations;
    }

    @Override
    public Optional<OrganizationStanding> find(OrganizationId organizationId) {
        try {
            return Optional.of(organizations.get().load(organizationId.toString()).invoke(Organization::standing));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
