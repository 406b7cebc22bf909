package app.ponte.contact;

import static app.ponte.contact.RecordingVault.sealed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationNotActive;
import app.ponte.organization.OrganizationStatus;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.UnknownOrganization;
import app.ponte.shared.InvalidField;
import app.ponte.testing.Organizations;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactTest {

    private static final ContactId PLINIO = ContactId.of("00000000-0000-0000-0000-0000000000c1");
    private static final OrganizationId EMBASSY = OrganizationId.of("00000000-0000-0000-0000-0000000000e1");
    private static final OrganizationId CONSULATE = OrganizationId.of("00000000-0000-0000-0000-0000000000e2");
    private static final String COUNSELLOR = "Scientific Counsellor";

    private final RecordingVault vault = new RecordingVault();
    private final Organizations organizations = Organizations.onlyKnown()
            .with(EMBASSY, "Embassy of Italy in Beijing", OrganizationType.DIPLOMATIC_POST, OrganizationStatus.ACTIVE)
            .with(CONSULATE, "Consulate General of Italy in Shanghai", OrganizationType.DIPLOMATIC_POST,
                    OrganizationStatus.ACTIVE);
    private FixtureConfiguration<Contact> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contact.class);
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(organizations);
    }

    private static ContactAdded added() {
        return new ContactAdded(PLINIO, sealed(PLINIO, "Plinio Innocenzi"), null, null, EMBASSY, COUNSELLOR);
    }

    @Test
    void addsContactWithSealedPersonalData() {
        fixture.givenNoPriorActivity()
                .when(new AddContact(PLINIO, new PersonalDetails("Plinio Innocenzi", "p.innocenzi@example.org",
                        "+86 10 1234 5678"), EMBASSY, COUNSELLOR))
                .expectEvents(new ContactAdded(PLINIO, sealed(PLINIO, "Plinio Innocenzi"),
                        sealed(PLINIO, "p.innocenzi@example.org"), sealed(PLINIO, "+86 10 1234 5678"), EMBASSY,
                        COUNSELLOR));
    }

    @Test
    void cannotAddContactAtUnregisteredOrganization() {
        fixture.givenNoPriorActivity()
                .when(new AddContact(PLINIO, new PersonalDetails("Plinio Innocenzi", null, null),
                        OrganizationId.random(), COUNSELLOR))
                .expectException(UnknownOrganization.class);
    }

    @Test
    void cannotAddContactAtMergedDuplicate() {
        OrganizationId duplicate = OrganizationId.random();
        organizations.with(duplicate, "Italian Embassy Beijing", OrganizationType.DIPLOMATIC_POST,
                OrganizationStatus.MERGED);
        fixture.givenNoPriorActivity()
                .when(new AddContact(PLINIO, new PersonalDetails("Plinio Innocenzi", null, null), duplicate,
                        COUNSELLOR))
                .expectException(OrganizationNotActive.class);
    }

    @Test
    void cannotMoveContactToArchivedOrganization() {
        OrganizationId closed = OrganizationId.random();
        organizations.with(closed, "Closed office", OrganizationType.AGENCY, OrganizationStatus.ARCHIVED);
        fixture.given(added())
                .when(new ChangeContactRole(PLINIO, closed, COUNSELLOR))
                .expectException(OrganizationNotActive.class);
    }

    @Test
    void changesRoleWithinOrganizationArchivedMeanwhile() {
        organizations.with(EMBASSY, "Embassy of Italy in Beijing", OrganizationType.DIPLOMATIC_POST,
                OrganizationStatus.ARCHIVED);
        fixture.given(added())
                .when(new ChangeContactRole(PLINIO, EMBASSY, "Former scientific counsellor"))
                .expectEvents(new ContactRoleChanged(PLINIO, EMBASSY, "Former scientific counsellor", EMBASSY,
                        COUNSELLOR));
    }

    @Test
    void cannotAddContactWithoutName() {
        assertThatThrownBy(() -> new PersonalDetails(" ", null, null))
                .isInstanceOf(InvalidField.class)
                .hasMessage("fullName must not be blank");
    }

    @Test
    void cannotAddContactWithMalformedEmail() {
        assertThatThrownBy(() -> new PersonalDetails("Plinio Innocenzi", "plinio.example.org", null))
                .isInstanceOf(InvalidField.class)
                .hasMessage("email must be an e-mail address such as name@example.org");
    }

    @Test
    void cannotAddContactWithMalformedPhone() {
        assertThatThrownBy(() -> new PersonalDetails("Plinio Innocenzi", null, "call me"))
                .isInstanceOf(InvalidField.class)
                .hasMessageStartingWith("phone must be a phone number");
    }

    @Test
    void cannotAddContactWithoutRole() {
        assertThatThrownBy(() -> new AddContact(PLINIO, new PersonalDetails("Plinio Innocenzi", null, null),
                EMBASSY, ""))
                .isInstanceOf(InvalidField.class)
                .hasMessage("roleTitle must not be blank");
    }

    @Test
    void personalDetailsNeverShowInLogs() {
        assertThat(new PersonalDetails("Plinio Innocenzi", "p@example.org", null).toString())
                .doesNotContain("Plinio").doesNotContain("example");
    }

    @Test
    void changesRoleAndOrganization() {
        fixture.given(added())
                .when(new ChangeContactRole(PLINIO, CONSULATE, COUNSELLOR))
                .expectEvents(new ContactRoleChanged(PLINIO, CONSULATE, COUNSELLOR, EMBASSY, COUNSELLOR));
    }

    @Test
    void changingToSameRoleRecordsNothing() {
        fixture.given(added())
                .when(new ChangeContactRole(PLINIO, EMBASSY, COUNSELLOR))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotChangeRoleOfErasedContact() {
        fixture.given(added(), new ContactErased(PLINIO, EMBASSY, ErasureGround.REQUESTED_BY_PERSON))
                .when(new ChangeContactRole(PLINIO, CONSULATE, COUNSELLOR))
                .expectException(ContactWasErased.class);
    }

    @Test
    void correctsPersonalDetails() {
        fixture.given(added())
                .when(new CorrectContactDetails(PLINIO, new PersonalDetails("Plinio Innocenzi", "pi@example.org",
                        null)))
                .expectEvents(new ContactDetailsCorrected(PLINIO, sealed(PLINIO, "Plinio Innocenzi"),
                        sealed(PLINIO, "pi@example.org"), null));
    }

    @Test
    void cannotCorrectDetailsOfErasedContact() {
        fixture.given(added(), new ContactErased(PLINIO, EMBASSY, ErasureGround.REQUESTED_BY_PERSON))
                .when(new CorrectContactDetails(PLINIO, new PersonalDetails("Plinio Innocenzi", null, null)))
                .expectException(ContactWasErased.class);
    }

    @Test
    void erasingContactDestroysItsKey() {
        fixture.given(added())
                .when(new EraseContact(PLINIO, ErasureGround.REQUESTED_BY_PERSON))
                .expectEvents(new ContactErased(PLINIO, EMBASSY, ErasureGround.REQUESTED_BY_PERSON));
        assertThat(vault.destroyed).containsExactly(PLINIO);
    }

    @Test
    void erasingTwiceRecordsErasureOnce() {
        fixture.given(added(), new ContactErased(PLINIO, EMBASSY, ErasureGround.REQUESTED_BY_PERSON))
                .when(new EraseContact(PLINIO, ErasureGround.REQUESTED_BY_PERSON))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotEraseWithoutGround() {
        assertThatThrownBy(() -> new EraseContact(PLINIO, null))
                .isInstanceOf(InvalidField.class)
                .hasMessage("ground is required");
    }

    @Test
    void cannotAddSameContactTwice() {
        fixture.given(added())
                .when(new AddContact(PLINIO, new PersonalDetails("Plinio Innocenzi", null, null), EMBASSY,
                        COUNSELLOR))
                .expectException(ContactAlreadyAdded.class);
    }
}
