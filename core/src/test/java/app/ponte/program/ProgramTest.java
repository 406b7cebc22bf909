package app.ponte.program;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationNotActive;
import app.ponte.organization.OrganizationStatus;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.UnknownOrganization;
import app.ponte.shared.CountryCode;
import app.ponte.shared.InvalidField;
import app.ponte.shared.Period;
import app.ponte.testing.Organizations;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgramTest {

    private static final ProgramId PROGRAM = ProgramId.of("00000000-0000-0000-0000-000000000001");
    private static final OrganizationId MIUR = OrganizationId.of("00000000-0000-0000-0000-0000000000a1");
    private static final List<CountryCode> CHINA = List.of(CountryCode.of("CN"));
    private static final Period YEARS = Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31));
    private static final String NAME = "Italy-China research and innovation internationalization";

    private final Organizations organizations = Organizations.onlyKnown()
            .with(MIUR, "Ministry of Education, University and Research", OrganizationType.MINISTRY,
                    OrganizationStatus.ACTIVE);
    private FixtureConfiguration<Program> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Program.class);
        fixture.registerInjectableResource(organizations);
    }

    private static ProgramLaunched launched() {
        return new ProgramLaunched(PROGRAM, NAME, MIUR, CHINA, YEARS);
    }

    private static List<IndicatorTarget> meetingsIn2017(long target) {
        return List.of(new IndicatorTarget(Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)), target));
    }

    @Test
    void launchesProgram() {
        fixture.givenNoPriorActivity()
                .when(new LaunchProgram(PROGRAM, "  " + NAME + " ", MIUR, List.of(CountryCode.of("cn")), YEARS))
                .expectSuccessfulHandlerExecution()
                .expectEvents(launched());
    }

    @Test
    void cannotLaunchProgramWithUnregisteredPromoter() {
        fixture.givenNoPriorActivity()
                .when(new LaunchProgram(PROGRAM, NAME, OrganizationId.random(), CHINA, YEARS))
                .expectException(UnknownOrganization.class)
                .expectNoEvents();
    }

    @Test
    void cannotLaunchProgramWithArchivedPromoter() {
        OrganizationId closed = OrganizationId.random();
        organizations.with(closed, "Old agency", OrganizationType.AGENCY, OrganizationStatus.ARCHIVED);
        fixture.givenNoPriorActivity()
                .when(new LaunchProgram(PROGRAM, NAME, closed, CHINA, YEARS))
                .expectException(OrganizationNotActive.class)
                .expectExceptionMessage("\"Old agency\" cannot be chosen as the program's promoter: it is archived.");
    }

    @Test
    void cannotHandProgramToMergedPromoter() {
        OrganizationId duplicate = OrganizationId.random();
        organizations.with(duplicate, "MIUR (duplicate)", OrganizationType.MINISTRY, OrganizationStatus.MERGED);
        fixture.given(launched())
                .when(new AmendProgram(PROGRAM, NAME, duplicate, CHINA, YEARS))
                .expectException(OrganizationNotActive.class);
    }

    @Test
    void cannotLaunchProgramEndingBeforeItStarts() {
        assertThatThrownBy(() -> new LaunchProgram(PROGRAM, NAME, MIUR, CHINA,
                Period.of(LocalDate.of(2018, 1, 1), LocalDate.of(2017, 1, 1))))
                .isInstanceOf(InvalidField.class)
                .hasMessage("end must not be before the start");
    }

    @Test
    void cannotLaunchProgramLastingOneDay() {
        assertThatThrownBy(() -> new LaunchProgram(PROGRAM, NAME, MIUR, CHINA,
                Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 1, 1))))
                .isInstanceOf(InvalidField.class)
                .hasMessage("period.end must be after the period start");
    }

    @Test
    void cannotLaunchProgramWithoutName() {
        assertThatThrownBy(() -> new LaunchProgram(PROGRAM, " ", MIUR, CHINA, YEARS))
                .isInstanceOf(InvalidField.class)
                .hasMessage("name must not be blank");
    }

    @Test
    void cannotLaunchProgramWithTooLongName() {
        assertThatThrownBy(() -> new LaunchProgram(PROGRAM, "x".repeat(201), MIUR, CHINA, YEARS))
                .isInstanceOf(InvalidField.class)
                .hasMessage("name must be at most 200 characters long");
    }

    @Test
    void cannotLaunchProgramWithoutPartnerCountry() {
        assertThatThrownBy(() -> new LaunchProgram(PROGRAM, NAME, MIUR, List.of(), YEARS))
                .isInstanceOf(InvalidField.class)
                .hasMessage("partnerCountries must name at least one entry");
    }

    @Test
    void cannotNameUnknownCountry() {
        assertThatThrownBy(() -> CountryCode.of("XX"))
                .isInstanceOf(InvalidField.class)
                .hasMessageStartingWith("country must be an ISO 3166-1 two-letter country code");
    }

    @Test
    void amendsProgram() {
        var countries = List.of(CountryCode.of("CN"), CountryCode.of("JP"));
        fixture.given(launched())
                .when(new AmendProgram(PROGRAM, NAME, MIUR, countries, YEARS))
                .expectEvents(new ProgramAmended(PROGRAM, NAME, MIUR, countries, YEARS));
    }

    @Test
    void amendingWithoutChangeRecordsNothing() {
        fixture.given(launched())
                .when(new AmendProgram(PROGRAM, NAME, MIUR, CHINA, YEARS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotAmendClosedProgram() {
        fixture.given(launched(), new ProgramClosed(PROGRAM, NAME, null))
                .when(new AmendProgram(PROGRAM, "Renamed", MIUR, CHINA, YEARS))
                .expectException(ProgramAlreadyClosed.class)
                .expectNoEvents();
    }

    @Test
    void cannotShortenPeriodBelowDefinedTargets() {
        fixture.given(launched(), new IndicatorDefined(PROGRAM, IndicatorKind.MEETINGS_HELD, meetingsIn2017(10)))
                .when(new AmendProgram(PROGRAM, NAME, MIUR, CHINA,
                        Period.of(LocalDate.of(2017, 6, 1), LocalDate.of(2018, 12, 31))))
                .expectException(TargetOutsideProgramPeriod.class);
    }

    @Test
    void definesIndicatorWithTargets() {
        fixture.given(launched())
                .when(new DefineIndicator(PROGRAM, IndicatorKind.MEETINGS_HELD, meetingsIn2017(10)))
                .expectEvents(new IndicatorDefined(PROGRAM, IndicatorKind.MEETINGS_HELD, meetingsIn2017(10)));
    }

    @Test
    void redefiningIndicatorReplacesTargets() {
        fixture.given(launched(), new IndicatorDefined(PROGRAM, IndicatorKind.MEETINGS_HELD, meetingsIn2017(10)))
                .when(new DefineIndicator(PROGRAM, IndicatorKind.MEETINGS_HELD, meetingsIn2017(12)))
                .expectEvents(new IndicatorDefined(PROGRAM, IndicatorKind.MEETINGS_HELD, meetingsIn2017(12)));
    }

    @Test
    void definingSameTargetsAgainRecordsNothing() {
        fixture.given(launched(), new IndicatorDefined(PROGRAM, IndicatorKind.MEETINGS_HELD, meetingsIn2017(10)))
                .when(new DefineIndicator(PROGRAM, IndicatorKind.MEETINGS_HELD, meetingsIn2017(10)))
                .expectNoEvents();
    }

    @Test
    void cannotSetTargetOutsideProgramPeriod() {
        var late = List.of(new IndicatorTarget(Period.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)), 5));
        fixture.given(launched())
                .when(new DefineIndicator(PROGRAM, IndicatorKind.AGREEMENTS_SIGNED, late))
                .expectException(TargetOutsideProgramPeriod.class)
                .expectNoEvents();
    }

    @Test
    void cannotSetZeroTarget() {
        assertThatThrownBy(() -> meetingsIn2017(0))
                .isInstanceOf(InvalidField.class)
                .hasMessage("target must be positive");
    }

    @Test
    void cannotSetOverlappingTargetPeriods() {
        var overlapping = List.of(
                new IndicatorTarget(Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)), 5),
                new IndicatorTarget(Period.of(LocalDate.of(2017, 12, 1), LocalDate.of(2018, 12, 31)), 5));
        assertThatThrownBy(() -> new DefineIndicator(PROGRAM, IndicatorKind.MEETINGS_HELD, overlapping))
                .isInstanceOf(InvalidField.class)
                .hasMessage("targets must have periods that do not overlap");
    }

    @Test
    void cannotDefineIndicatorInClosedProgram() {
        fixture.given(launched(), new ProgramClosed(PROGRAM, NAME, null))
                .when(new DefineIndicator(PROGRAM, IndicatorKind.MEETINGS_HELD, meetingsIn2017(10)))
                .expectException(ProgramAlreadyClosed.class);
    }

    @Test
    void dropsIndicator() {
        fixture.given(launched(), new IndicatorDefined(PROGRAM, IndicatorKind.MEETINGS_HELD, meetingsIn2017(10)))
                .when(new DropIndicator(PROGRAM, IndicatorKind.MEETINGS_HELD, "measured by the ministry instead"))
                .expectEvents(new IndicatorDropped(PROGRAM, IndicatorKind.MEETINGS_HELD,
                        "measured by the ministry instead"));
    }

    @Test
    void cannotDropIndicatorNeverDefined() {
        fixture.given(launched())
                .when(new DropIndicator(PROGRAM, IndicatorKind.MEETINGS_HELD, "not needed"))
                .expectException(IndicatorNotDefined.class);
    }

    @Test
    void closesProgram() {
        fixture.given(launched())
                .when(new CloseProgram(PROGRAM, "all missions reported"))
                .expectEvents(new ProgramClosed(PROGRAM, NAME, "all missions reported"));
    }

    @Test
    void cannotCloseProgramTwice() {
        fixture.given(launched(), new ProgramClosed(PROGRAM, NAME, null))
                .when(new CloseProgram(PROGRAM, null))
                .expectException(ProgramAlreadyClosed.class)
                .expectExceptionMessage("The program \"" + NAME
                        + "\" is closed; nothing in it can change any more (program " + PROGRAM + ").");
    }

    @Test
    void cannotLaunchSameProgramTwice() {
        fixture.given(launched())
                .when(new LaunchProgram(PROGRAM, NAME, MIUR, CHINA, YEARS))
                .expectException(ProgramAlreadyLaunched.class)
                .expectNoEvents();
    }

    @Test
    void cannotDropIndicatorOfClosedProgram() {
        fixture.given(launched(), new IndicatorDefined(PROGRAM, IndicatorKind.MEETINGS_HELD, meetingsIn2017(10)),
                        new ProgramClosed(PROGRAM, NAME, null))
                .when(new DropIndicator(PROGRAM, IndicatorKind.MEETINGS_HELD, "not needed"))
                .expectException(ProgramAlreadyClosed.class);
    }
}
