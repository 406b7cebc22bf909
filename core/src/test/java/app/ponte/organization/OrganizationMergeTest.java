package app.ponte.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.shared.CountryCode;
import app.ponte.testing.FixedActor;
import app.ponte.testing.InMemoryAxon;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Merging checked against the survivor's own event stream, as wired with {@link RepositoryOrganizationDirectory}. */
class OrganizationMergeTest {

    private final AtomicReference<OrganizationDirectory> directory = new AtomicReference<>();
    private final InMemoryAxon axon = new InMemoryAxon(FixedActor.officer(),
            (OrganizationDirectory) id -> directory.get().find(id)).register(Organization.class);
    private final OrganizationId survivor = OrganizationId.random();
    private final OrganizationId duplicate = OrganizationId.random();

    OrganizationMergeTest() {
        directory.set(new RepositoryOrganizationDirectory(axon.repository(Organization.class)));
    }

    @AfterEach
    void tearDown() {
        axon.close();
    }

    private void register(OrganizationId id, String name) {
        axon.gateway().sendAndWait(new RegisterOrganization(id, name, "复旦大学", OrganizationType.UNIVERSITY,
                CountryCode.of("CN"), "Shanghai", null));
    }

    @Test
    void mergesIntoActiveSurvivorNamingIt() {
        register(survivor, "Fudan University");
        register(duplicate, "Fudan Univ.");

        axon.gateway().sendAndWait(new MergeOrganization(duplicate, survivor));

        assertThat(axon.events(duplicate)).last()
                .extracting(e -> e.getPayload())
                .isEqualTo(new OrganizationMergedInto(duplicate, "Fudan Univ.", survivor, "Fudan University"));
    }

    @Test
    void refusesArchivedSurvivor() {
        register(survivor, "Fudan University");
        register(duplicate, "Fudan Univ.");
        axon.gateway().sendAndWait(new ArchiveOrganization(survivor, "closed"));

        assertThatThrownBy(() -> axon.gateway().sendAndWait(new MergeOrganization(duplicate, survivor)))
                .isInstanceOf(MergeSurvivorNotActive.class);
        assertThat(axon.events(duplicate)).hasSize(1);
    }

    @Test
    void refusesSurvivorNeverRegistered() {
        register(duplicate, "Fudan Univ.");

        assertThatThrownBy(() -> axon.gateway().sendAndWait(new MergeOrganization(duplicate, survivor)))
                .isInstanceOf(UnknownOrganization.class);
    }
}
