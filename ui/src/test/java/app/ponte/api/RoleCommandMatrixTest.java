package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.security.AccessDenied;
import app.ponte.security.ApiTokens;
import app.ponte.security.PonteUserDetails;
import app.ponte.security.UserDirectory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import app.ponte.security.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.context.SecurityContextHolder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command of the API, by every role, against a program the caller is a member of and one they are not:
 * allowed where it should be (the command reaches the domain, whatever the domain then says), refused with 403
 * otherwise, and nothing written when refused. Once through the API with tokens, once through the command gateway
 * the UI's facades use, signed in as the UI does.
 */
class RoleCommandMatrixTest {

    private static PonteServer server;
    private static ObjectMapper json;

    @BeforeAll
    static void start() {
        server = PonteServer.get();
        json = server.bean(ObjectMapper.class);
    }

    /** What a role may do with a command aimed at its own program, or at another. */
    static boolean allowed(Role role, Class<?> command, boolean ownProgram) {
        if (!role.changesRecords()) {
            return false;
        }
        if (role == Role.ADMINISTRATOR) {
            return true;
        }
        if (command.getSimpleName().equals("LaunchProgram") || command.getSimpleName().equals("EraseContact")) {
            return false;
        }
        return ownProgram || sharedAcrossPrograms(command);
    }

    static boolean sharedAcrossPrograms(Class<?> command) {
        return command.getPackageName().equals("app.ponte.organization")
                || command.getPackageName().equals("app.ponte.contact");
    }

    @TestFactory
    Stream<DynamicTest> everyCommandByEveryRoleThroughTheApi() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> command : ApiCommands.ALL) {
            for (Role role : Role.values()) {
                for (boolean own : new boolean[] {true, false}) {
                    tests.add(DynamicTest.dynamicTest(
                            command.getSimpleName() + " by " + role + (own ? " in own program" : " in another"),
                            () -> check(command, role, own)));
                }
            }
        }
        tests.add(DynamicTest.dynamicTest("the audit then lists every stored event",
                () -> AuditCompleteness.assertEveryStoredEventIsAudited(server)));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyCommandByEveryRoleThroughTheUisGateway() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> command : ApiCommands.ALL) {
            for (Role role : Role.values()) {
                for (boolean own : new boolean[] {true, false}) {
                    tests.add(DynamicTest.dynamicTest(
                            command.getSimpleName() + " by " + role + (own ? " in own program" : " in another"),
                            () -> checkInTheUi(command, role, own)));
                }
            }
        }
        tests.add(DynamicTest.dynamicTest("the audit then lists every stored event",
                () -> AuditCompleteness.assertEveryStoredEventIsAudited(server)));
        return tests.stream();
    }

    /**
     * A user demoted in the middle of a session: every command their officer's token and their open session could
     * send a moment ago is refused on the next try, with nothing written, once an administrator makes them a viewer.
     */
    @TestFactory
    Stream<DynamicTest> everyCommandIsRefusedOnceTheSendersRoleIsLoweredMidSession() {
        var users = server.bean(UserDirectory.class);
        var officer = users.create("demoted-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                "a long enough password for a demotion", Role.PROGRAM_OFFICER,
                List.of(World.first.program(), World.first.closable()));
        String token = server.bean(ApiTokens.class).issue(officer.userId(), "mid-session", Role.PROGRAM_OFFICER,
                java.util.Set.of()).secret();
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> command : ApiCommands.ALL) {
            if (!allowed(Role.PROGRAM_OFFICER, command, true)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(command.getSimpleName() + " after a demotion to VIEWER", () -> {
                users.changeRole(officer.userId(), Role.PROGRAM_OFFICER,
                        List.of(World.first.program(), World.first.closable()));
                String body = json.writeValueAsString(CommandSamples.sample(command, World.first));
                var api = new ApiClient(server.port, token);
                var allowedNow = api.post("/api/v1/commands/" + ApiCommands.pathName(command), body);
                assertThat(allowedNow.statusCode()).as(allowedNow.body()).isNotIn(401, 403);

                users.changeRole(officer.userId(), Role.VIEWER,
                        List.of(World.first.program(), World.first.closable()));
                long before = server.events();
                var refused = api.post("/api/v1/commands/" + ApiCommands.pathName(command), body);
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
                var session = new PonteUserDetails(officer.userId(), officer.username(), officer.passwordHash(),
                        Role.PROGRAM_OFFICER, true, false);
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(session, null, session.getAuthorities()));
                try {
                    assertThatThrownBy(() -> server.bean(CommandGateway.class)
                            .sendAndWait(CommandSamples.sample(command, World.first)))
                            .as("the session signed in as an officer").isInstanceOf(AccessDenied.class);
                } finally {
                    SecurityContextHolder.clearContext();
                }
                assertThat(server.events()).as("events written by the demoted user").isEqualTo(before);
            }));
        }
        assertThat(tests).hasSizeGreaterThan(20);
        return tests.stream();
    }

    /* The views' facades send through this same gateway, signed in through the sign-in form. */
    private void checkInTheUi(Class<?> command, Role role, boolean own) {
        var sample = CommandSamples.sample(command, own ? World.first : World.second);
        long before = server.events();
        ProgramScopingTest.signInToTheUi(role);
        Throwable failure;
        try {
            server.bean(CommandGateway.class).sendAndWait(sample);
            failure = null;
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            SecurityContextHolder.clearContext();
        }
        if (allowed(role, command, own)) {
            if (failure != null) {
                assertThat(failure).isNotInstanceOf(AccessDenied.class);
            }
        } else {
            assertThat(failure).isInstanceOf(AccessDenied.class);
            assertThat(server.events()).as("events written by a refused command").isEqualTo(before);
        }
    }

    private void check(Class<?> command, Role role, boolean own) throws Exception {
        var target = own ? World.first : World.second;
        String body = json.writeValueAsString(CommandSamples.sample(command, target));
        long before = server.events();

        var response = new ApiClient(server.port, World.TOKENS_IN_FIRST.get(role))
                .post("/api/v1/commands/" + ApiCommands.pathName(command), body);

        assertThat(response.statusCode()).as(response.body()).isLessThan(500);
        if (allowed(role, command, own)) {
            assertThat(response.statusCode()).as(response.body()).isNotIn(401, 403);
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            assertThat(server.events()).as("events written by a refused command").isEqualTo(before);
        }
    }
}
