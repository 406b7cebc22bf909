package app.ponte.privilege;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.program.ProgramId;
import app.ponte.shared.InvalidField;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class PrivilegeAggregatesTest {

    private static final UserId USER = UserId.of("00000000-0000-0000-0000-0000000000a1");
    private static final ProgramId ITALY_CHINA = ProgramId.of("00000000-0000-0000-0000-000000000001");
    private static final ProgramId ITALY_INDIA = ProgramId.of("00000000-0000-0000-0000-000000000002");
    private static final ApiTokenId TOKEN = ApiTokenId.of("00000000-0000-0000-0000-0000000000b1");
    private static final DisplayLinkId WALL = DisplayLinkId.of("00000000-0000-0000-0000-0000000000c1");
    private static final CalendarLinkId FEED = CalendarLinkId.of("00000000-0000-0000-0000-0000000000d1");
    private static final Instant IN_90_DAYS = Instant.parse("2017-08-14T00:00:00Z");

    private final AggregateTestFixture<UserAccess> users = new AggregateTestFixture<>(UserAccess.class);
    private final AggregateTestFixture<ApiTokenGrant> tokens = new AggregateTestFixture<>(ApiTokenGrant.class);
    private final AggregateTestFixture<DisplayLinkGrant> walls = new AggregateTestFixture<>(DisplayLinkGrant.class);
    private final AggregateTestFixture<CalendarLinkGrant> feeds = new AggregateTestFixture<>(CalendarLinkGrant.class);

    private static UserCreated created() {
        return new UserCreated(USER, "m.rossi", "PROGRAM_OFFICER", List.of(ITALY_CHINA));
    }

    @Test
    void creatingAUserRecordsTheirRoleAndProgramsSorted() {
        users.givenNoPriorActivity()
                .when(new CreateUser(USER, "m.rossi", "PROGRAM_OFFICER", List.of(ITALY_INDIA, ITALY_CHINA,
                        ITALY_INDIA)))
                .expectEvents(new UserCreated(USER, "m.rossi", "PROGRAM_OFFICER", List.of(ITALY_CHINA, ITALY_INDIA)));
    }

    @Test
    void cannotCreateTheSameUserTwice() {
        users.given(created())
                .when(new CreateUser(USER, "m.rossi", "VIEWER", List.of()))
                .expectException(UserAlreadyCreated.class);
    }

    @Test
    void aDemotionRecordsOnlyTheRoleWhenTheProgramsStayTheSame() {
        users.given(created())
                .when(new ChangeUserAccess(USER, "VIEWER", List.of(ITALY_CHINA)))
                .expectEvents(new UserRoleChanged(USER, "VIEWER"));
    }

    @Test
    void aNewMembershipRecordsOnlyThePrograms() {
        users.given(created())
                .when(new ChangeUserAccess(USER, "PROGRAM_OFFICER", List.of(ITALY_INDIA, ITALY_CHINA)))
                .expectEvents(new UserProgramsChanged(USER, List.of(ITALY_CHINA, ITALY_INDIA)));
    }

    @Test
    void savingUnchangedAccessRecordsNothing() {
        users.given(created())
                .when(new ChangeUserAccess(USER, "PROGRAM_OFFICER", List.of(ITALY_CHINA)))
                .expectNoEvents();
    }

    @Test
    void aUserFromBeforeAccessWasRecordedGetsBothFactsOnTheirFirstChange() {
        users.givenNoPriorActivity()
                .when(new ChangeUserAccess(USER, "VIEWER", List.of()))
                .expectEvents(new UserRoleChanged(USER, "VIEWER"), new UserProgramsChanged(USER, List.of()));
    }

    @Test
    void disablingTwiceRecordsOnce() {
        users.given(created(), new UserDisabled(USER))
                .when(new DisableUser(USER))
                .expectNoEvents();
    }

    @Test
    void enablingADisabledUserIsRecorded() {
        users.given(created(), new UserDisabled(USER))
                .when(new EnableUser(USER))
                .expectEvents(new UserEnabled(USER));
    }

    @Test
    void enablingAnEnabledUserRecordsNothing() {
        users.given(created())
                .when(new EnableUser(USER))
                .expectNoEvents();
    }

    @Test
    void removingAUserIsRecordedWithItsReason() {
        users.given(created())
                .when(new RemoveUser(USER, "the user name was taken meanwhile"))
                .expectEvents(new UserRemoved(USER, "the user name was taken meanwhile"));
    }

    @Test
    void aRoleMustBeARolesName() {
        assertThatThrownBy(() -> new ChangeUserAccess(USER, "root; drop", List.of()))
                .isInstanceOf(InvalidField.class).hasMessageContaining("role");
    }

    @Test
    void issuingATokenRecordsItsLabelRoleProgramsAndExpiry() {
        tokens.givenNoPriorActivity()
                .when(new IssueApiToken(TOKEN, USER, " nightly report ", "VIEWER", List.of(ITALY_CHINA), IN_90_DAYS))
                .expectEvents(new ApiTokenIssued(TOKEN, USER, "nightly report", "VIEWER", List.of(ITALY_CHINA),
                        IN_90_DAYS));
    }

    @Test
    void cannotIssueTheSameTokenTwice() {
        tokens.given(new ApiTokenIssued(TOKEN, USER, "nightly", "VIEWER", List.of(), IN_90_DAYS))
                .when(new IssueApiToken(TOKEN, USER, "nightly", "VIEWER", List.of(), IN_90_DAYS))
                .expectException(ApiTokenAlreadyIssued.class);
    }

    @Test
    void revokingATokenTwiceRecordsOnce() {
        tokens.given(new ApiTokenIssued(TOKEN, USER, "nightly", "VIEWER", List.of(), IN_90_DAYS),
                        new ApiTokenRevoked(TOKEN, USER))
                .when(new RevokeApiToken(TOKEN, USER))
                .expectNoEvents();
    }

    @Test
    void aTokenFromBeforeTokensWereRecordedCanBeRevoked() {
        tokens.givenNoPriorActivity()
                .when(new RevokeApiToken(TOKEN, USER))
                .expectEvents(new ApiTokenRevoked(TOKEN, USER));
    }

    @Test
    void aDisplayLinkIsCreatedAndRevokedOnce() {
        walls.givenNoPriorActivity()
                .when(new CreateDisplayLink(WALL, "Lobby screen", null, null, 15))
                .expectEvents(new DisplayLinkCreated(WALL, "Lobby screen", null, null, 15));
        walls.given(new DisplayLinkCreated(WALL, "Lobby screen", ITALY_CHINA, IN_90_DAYS, 15))
                .when(new RevokeDisplayLink(WALL))
                .expectEvents(new DisplayLinkRevoked(WALL));
        walls.given(new DisplayLinkCreated(WALL, "Lobby screen", ITALY_CHINA, IN_90_DAYS, 15),
                        new DisplayLinkRevoked(WALL))
                .when(new RevokeDisplayLink(WALL))
                .expectNoEvents();
        walls.given(new DisplayLinkCreated(WALL, "Lobby screen", ITALY_CHINA, IN_90_DAYS, 15))
                .when(new CreateDisplayLink(WALL, "Lobby screen", null, null, 15))
                .expectException(DisplayLinkAlreadyCreated.class);
    }

    @Test
    void aCalendarLinkIsCreatedAndRevokedOnce() {
        feeds.givenNoPriorActivity()
                .when(new CreateCalendarLink(FEED, USER))
                .expectEvents(new CalendarLinkCreated(FEED, USER));
        feeds.given(new CalendarLinkCreated(FEED, USER))
                .when(new RevokeCalendarLink(FEED, USER))
                .expectEvents(new CalendarLinkRevoked(FEED, USER));
        feeds.given(new CalendarLinkCreated(FEED, USER), new CalendarLinkRevoked(FEED, USER))
                .when(new RevokeCalendarLink(FEED, USER))
                .expectNoEvents();
        feeds.given(new CalendarLinkCreated(FEED, USER))
                .when(new CreateCalendarLink(FEED, USER))
                .expectException(CalendarLinkAlreadyCreated.class);
    }
}
