package app.ponte.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.contact.Contact;
import app.ponte.contact.ContactDirectory;
import app.ponte.contact.ContactId;
import app.ponte.contact.ContactWasErased;
import app.ponte.contact.CryptoShreddingVault;
import app.ponte.contact.EraseContact;
import app.ponte.contact.AddContact;
import app.ponte.contact.ErasureGround;
import app.ponte.contact.PersonalDetails;
import app.ponte.contact.RepositoryContactDirectory;
import app.ponte.contact.UnknownContact;
import app.ponte.organization.OrganizationId;
import app.ponte.privacy.CryptoShredder;
import app.ponte.privacy.InMemoryKeyStore;
import app.ponte.program.CloseProgram;
import app.ponte.program.LaunchProgram;
import app.ponte.program.Program;
import app.ponte.program.ProgramAlreadyClosed;
import app.ponte.program.ProgramDirectory;
import app.ponte.program.ProgramId;
import app.ponte.program.RepositoryProgramDirectory;
import app.ponte.program.UnknownProgram;
import app.ponte.shared.CountryCode;
import app.ponte.shared.InvalidField;
import app.ponte.shared.Period;
import app.ponte.testing.FixedActor;
import app.ponte.testing.InMemoryAxon;
import app.ponte.testing.Organizations;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The program and contact a mission command names are read from their own event streams, as the application wires
 * them: a program that was never launched, or closed a moment ago, and a contact never added or erased, are refused.
 */
class ReferencesFromTheirStreamsTest {

    private final AtomicReference<ProgramDirectory> programs = new AtomicReference<>();
    private final AtomicReference<ContactDirectory> contacts = new AtomicReference<>();
    private final InMemoryAxon axon = new InMemoryAxon(FixedActor.officer(),
            (ProgramDirectory) id -> programs.get().find(id),
            (ContactDirectory) id -> contacts.get().find(id),
            Organizations.anyActive(),
            new CryptoShreddingVault(new CryptoShredder(new InMemoryKeyStore())))
            .register(Program.class)
            .register(Contact.class)
            .register(Mission.class);
    private final OrganizationId alisei = OrganizationId.of("6f1d3c2a-0000-4000-8000-0000000000f2");

    {
        programs.set(new RepositoryProgramDirectory(() -> axon.repository(Program.class)));
        contacts.set(new RepositoryContactDirectory(() -> axon.repository(Contact.class)));
    }

    @AfterEach
    void tearDown() {
        axon.close();
    }

    private static PlanMission planIn(MissionId mission, ProgramId program) {
        return new PlanMission(mission, program, "ALISEI mission to Shanghai", "Shanghai", "CN",
                ZoneId.of("Asia/Shanghai"), LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17));
    }

    private ProgramId launch() {
        ProgramId program = ProgramId.random();
        axon.gateway().sendAndWait(new LaunchProgram(program, "Italy–China", alisei, List.of(CountryCode.of("CN")),
                Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31))));
        return program;
    }

    @Test
    void aMissionIsPlannedOnlyInALaunchedOpenProgram() {
        MissionId stray = MissionId.random();
        assertThatThrownBy(() -> axon.gateway().sendAndWait(planIn(stray, ProgramId.random())))
                .isInstanceOf(UnknownProgram.class)
                .hasMessageStartingWith("programId: no such program")
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("programId");
        assertThat(axon.events(stray)).isEmpty();

        ProgramId program = launch();
        MissionId mission = MissionId.random();
        axon.gateway().sendAndWait(planIn(mission, program));
        assertThat(axon.events(mission)).hasSize(1);

        axon.gateway().sendAndWait(new CloseProgram(program, "Program ended"));
        assertThatThrownBy(() -> axon.gateway().sendAndWait(planIn(MissionId.random(), program)))
                .isInstanceOf(ProgramAlreadyClosed.class);
    }

    @Test
    void aDelegateIsAContactStillOnRecord() {
        MissionId mission = MissionId.random();
        axon.gateway().sendAndWait(planIn(mission, launch()));
        assertThatThrownBy(() -> axon.gateway().sendAndWait(
                new AddDelegationMember(mission, ContactId.random(), alisei)))
                .isInstanceOf(UnknownContact.class)
                .hasMessageStartingWith("contactId: no such contact");

        ContactId fabrizio = ContactId.random();
        axon.gateway().sendAndWait(new AddContact(fabrizio,
                new PersonalDetails("Fabrizio Conicella", null, null), alisei, "Coordinator"));
        axon.gateway().sendAndWait(new EraseContact(fabrizio, ErasureGround.REQUESTED_BY_PERSON));
        assertThatThrownBy(() -> axon.gateway().sendAndWait(new AddDelegationMember(mission, fabrizio, alisei)))
                .isInstanceOf(ContactWasErased.class);
    }
}
