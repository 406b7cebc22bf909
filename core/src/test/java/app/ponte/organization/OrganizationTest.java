package app.ponte.organization;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.shared.CountryCode;
import app.ponte.shared.InvalidField;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    private static final OrganizationId FUDAN = OrganizationId.of("00000000-0000-0000-0000-0000000000f1");
    private static final OrganizationId FUDAN_DUPLICATE = OrganizationId.of("00000000-0000-0000-0000-0000000000f2");
    private static final CountryCode CHINA = CountryCode.of("CN");

    private final Map<OrganizationId, OrganizationStanding> known = new HashMap<>();
    private FixtureConfiguration<Organization> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organization.class);
        OrganizationDirectory directory = id -> Optional.ofNullable(known.get(id));
        fixture.registerInjectableResource(directory);
    }

    private static OrganizationRegistered duplicateRegistered() {
        return new OrganizationRegistered(FUDAN_DUPLICATE, "Fudan Univ.", null, OrganizationType.UNIVERSITY, CHINA,
                "Shanghai", null);
    }

    private void survivorIs(OrganizationStatus status) {
        known.put(FUDAN, new OrganizationStanding(FUDAN, "Fudan University", OrganizationType.UNIVERSITY, status));
    }

    @Test
    void registersOrganizationKeepingNativeScript() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganization(FUDAN, "Fudan University", "复旦大学", OrganizationType.UNIVERSITY,
                        CHINA, "Shanghai", "https://www.fudan.edu.cn"))
                .expectEvents(new OrganizationRegistered(FUDAN, "Fudan University", "复旦大学",
                        OrganizationType.UNIVERSITY, CHINA, "Shanghai", "https://www.fudan.edu.cn"));
    }

    @Test
    void cannotRegisterOrganizationWithoutCity() {
        assertThatThrownBy(() -> new RegisterOrganization(FUDAN, "Fudan University", null,
                OrganizationType.UNIVERSITY, CHINA, "", null))
                .isInstanceOf(InvalidField.class)
                .hasMessage("city must not be blank");
    }

    @Test
    void cannotRegisterOrganizationWithoutType() {
        assertThatThrownBy(() -> new RegisterOrganization(FUDAN, "Fudan University", null, null, CHINA,
                "Shanghai", null))
                .isInstanceOf(InvalidField.class)
                .hasMessage("type is required");
    }

    @Test
    void cannotRegisterOrganizationWithMalformedWebsite() {
        assertThatThrownBy(() -> new RegisterOrganization(FUDAN, "Fudan University", null,
                OrganizationType.UNIVERSITY, CHINA, "Shanghai", "www.fudan.edu.cn"))
                .isInstanceOf(InvalidField.class)
                .hasMessage("website must be a web address starting with http:// or https://");
    }

    @Test
    void nativeNameLengthCountsCharactersNotBytes() {
        new RegisterOrganization(FUDAN, "Fudan University", "复".repeat(200), OrganizationType.UNIVERSITY, CHINA,
                "Shanghai", null);
        assertThatThrownBy(() -> new RegisterOrganization(FUDAN, "Fudan University", "复".repeat(201),
                OrganizationType.UNIVERSITY, CHINA, "Shanghai", null))
                .isInstanceOf(InvalidField.class)
                .hasMessage("nativeName must be at most 200 characters long");
    }

    @Test
    void renamesOrganization() {
        fixture.given(duplicateRegistered())
                .when(new RenameOrganization(FUDAN_DUPLICATE, "Fudan University", "复旦大学"))
                .expectEvents(new OrganizationRenamed(FUDAN_DUPLICATE, "Fudan University", "复旦大学", "Fudan Univ."));
    }

    @Test
    void renamingToSameNameRecordsNothing() {
        fixture.given(duplicateRegistered())
                .when(new RenameOrganization(FUDAN_DUPLICATE, "Fudan Univ.", null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotRenameArchivedOrganization() {
        fixture.given(duplicateRegistered(), new OrganizationArchived(FUDAN_DUPLICATE, "Fudan Univ.", "closed"))
                .when(new RenameOrganization(FUDAN_DUPLICATE, "Fudan University", null))
                .expectException(OrganizationIsArchived.class);
    }

    @Test
    void cannotRenameMergedOrganization() {
        fixture.given(duplicateRegistered(),
                        new OrganizationMergedInto(FUDAN_DUPLICATE, "Fudan Univ.", FUDAN, "Fudan University"))
                .when(new RenameOrganization(FUDAN_DUPLICATE, "Fudan", null))
                .expectException(OrganizationWasMerged.class)
                .expectExceptionMessage("The organization \"Fudan Univ.\" was merged into \"Fudan University\"; "
                        + "make the change on \"Fudan University\" instead.");
    }

    @Test
    void archivesOrganization() {
        fixture.given(duplicateRegistered())
                .when(new ArchiveOrganization(FUDAN_DUPLICATE, "registered twice"))
                .expectEvents(new OrganizationArchived(FUDAN_DUPLICATE, "Fudan Univ.", "registered twice"));
    }

    @Test
    void cannotArchiveOrganizationTwice() {
        fixture.given(duplicateRegistered(), new OrganizationArchived(FUDAN_DUPLICATE, "Fudan Univ.", "closed"))
                .when(new ArchiveOrganization(FUDAN_DUPLICATE, "again"))
                .expectException(OrganizationIsArchived.class);
    }

    @Test
    void cannotArchiveWithoutReason() {
        assertThatThrownBy(() -> new ArchiveOrganization(FUDAN_DUPLICATE, null))
                .isInstanceOf(InvalidField.class)
                .hasMessage("reason must not be blank");
    }

    @Test
    void mergesDuplicateIntoSurvivor() {
        survivorIs(OrganizationStatus.ACTIVE);
        fixture.given(duplicateRegistered())
                .when(new MergeOrganization(FUDAN_DUPLICATE, FUDAN))
                .expectEvents(new OrganizationMergedInto(FUDAN_DUPLICATE, "Fudan Univ.", FUDAN, "Fudan University"));
    }

    @Test
    void mergesArchivedDuplicate() {
        survivorIs(OrganizationStatus.ACTIVE);
        fixture.given(duplicateRegistered(), new OrganizationArchived(FUDAN_DUPLICATE, "Fudan Univ.", "duplicate"))
                .when(new MergeOrganization(FUDAN_DUPLICATE, FUDAN))
                .expectEvents(new OrganizationMergedInto(FUDAN_DUPLICATE, "Fudan Univ.", FUDAN, "Fudan University"));
    }

    @Test
    void cannotMergeOrganizationIntoItself() {
        fixture.given(duplicateRegistered())
                .when(new MergeOrganization(FUDAN_DUPLICATE, FUDAN_DUPLICATE))
                .expectException(CannotMergeOrganizationIntoItself.class);
    }

    @Test
    void cannotMergeIntoArchivedOrganization() {
        survivorIs(OrganizationStatus.ARCHIVED);
        fixture.given(duplicateRegistered())
                .when(new MergeOrganization(FUDAN_DUPLICATE, FUDAN))
                .expectException(MergeSurvivorNotActive.class)
                .expectExceptionMessage("Cannot merge into \"Fudan University\": it is archived. "
                        + "Merge into an active organization.");
    }

    @Test
    void cannotMergeIntoMergedOrganization() {
        survivorIs(OrganizationStatus.MERGED);
        fixture.given(duplicateRegistered())
                .when(new MergeOrganization(FUDAN_DUPLICATE, FUDAN))
                .expectException(MergeSurvivorNotActive.class);
    }

    @Test
    void cannotMergeIntoUnknownOrganization() {
        fixture.given(duplicateRegistered())
                .when(new MergeOrganization(FUDAN_DUPLICATE, FUDAN))
                .expectException(UnknownOrganization.class);
    }

    @Test
    void cannotMergeOrganizationTwice() {
        survivorIs(OrganizationStatus.ACTIVE);
        fixture.given(duplicateRegistered(),
                        new OrganizationMergedInto(FUDAN_DUPLICATE, "Fudan Univ.", FUDAN, "Fudan University"))
                .when(new MergeOrganization(FUDAN_DUPLICATE, FUDAN))
                .expectException(OrganizationWasMerged.class);
    }

    @Test
    void cannotRegisterSameOrganizationTwice() {
        fixture.given(duplicateRegistered())
                .when(new RegisterOrganization(FUDAN_DUPLICATE, "Fudan University", null, OrganizationType.UNIVERSITY,
                        CHINA, "Shanghai", null))
                .expectException(OrganizationAlreadyRegistered.class);
    }

    @Test
    void correctsOrganizationDetails() {
        fixture.given(duplicateRegistered())
                .when(new CorrectOrganizationDetails(FUDAN_DUPLICATE, OrganizationType.RESEARCH_BODY, CHINA,
                        "Shanghai", "https://www.fudan.edu.cn"))
                .expectEvents(new OrganizationDetailsCorrected(FUDAN_DUPLICATE, "Fudan Univ.",
                        OrganizationType.RESEARCH_BODY, CHINA, "Shanghai", "https://www.fudan.edu.cn"));
    }

    @Test
    void correctingWithSameDetailsRecordsNothing() {
        fixture.given(duplicateRegistered())
                .when(new CorrectOrganizationDetails(FUDAN_DUPLICATE, OrganizationType.UNIVERSITY, CHINA, "Shanghai",
                        null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotCorrectDetailsOfArchivedOrganization() {
        fixture.given(duplicateRegistered(), new OrganizationArchived(FUDAN_DUPLICATE, "Fudan Univ.", "closed"))
                .when(new CorrectOrganizationDetails(FUDAN_DUPLICATE, OrganizationType.UNIVERSITY, CHINA, "Beijing",
                        null))
                .expectException(OrganizationIsArchived.class);
    }

    @Test
    void reinstatesArchivedOrganization() {
        fixture.given(duplicateRegistered(), new OrganizationArchived(FUDAN_DUPLICATE, "Fudan Univ.", "closed"))
                .when(new ReinstateOrganization(FUDAN_DUPLICATE, "archived by mistake"))
                .expectEvents(new OrganizationReinstated(FUDAN_DUPLICATE, "Fudan Univ.", "archived by mistake"));
    }

    @Test
    void reinstatedOrganizationCanBeRenamedAgain() {
        fixture.given(duplicateRegistered(), new OrganizationArchived(FUDAN_DUPLICATE, "Fudan Univ.", "closed"),
                        new OrganizationReinstated(FUDAN_DUPLICATE, "Fudan Univ.", "archived by mistake"))
                .when(new RenameOrganization(FUDAN_DUPLICATE, "Fudan University", null))
                .expectEvents(new OrganizationRenamed(FUDAN_DUPLICATE, "Fudan University", null, "Fudan Univ."));
    }

    @Test
    void cannotReinstateActiveOrganization() {
        fixture.given(duplicateRegistered())
                .when(new ReinstateOrganization(FUDAN_DUPLICATE, "just in case"))
                .expectException(OrganizationNotArchived.class);
    }

    @Test
    void cannotReinstateMergedOrganization() {
        fixture.given(duplicateRegistered(),
                        new OrganizationMergedInto(FUDAN_DUPLICATE, "Fudan Univ.", FUDAN, "Fudan University"))
                .when(new ReinstateOrganization(FUDAN_DUPLICATE, "undo the merge"))
                .expectException(OrganizationWasMerged.class);
    }

    @Test
    void cannotCorrectDetailsOfMergedOrganization() {
        fixture.given(duplicateRegistered(),
                        new OrganizationMergedInto(FUDAN_DUPLICATE, "Fudan Univ.", FUDAN, "Fudan University"))
                .when(new CorrectOrganizationDetails(FUDAN_DUPLICATE, OrganizationType.UNIVERSITY, CHINA, "Beijing",
                        null))
                .expectException(OrganizationWasMerged.class);
    }
}
