package app.ponte.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.organization.OrganizationId;
import app.ponte.program.LaunchProgram;
import app.ponte.program.Program;
import app.ponte.program.ProgramId;
import app.ponte.testing.FixedActor;
import app.ponte.testing.InMemoryAxon;
import app.ponte.testing.Organizations;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

class CommandMetadataInterceptorTest {

    private static final Actor OFFICER = new Actor("officer-7", "PROGRAM_OFFICER", Source.API);

    private static LaunchProgram launch(ProgramId id) {
        return new LaunchProgram(id, "Italy-China", OrganizationId.random(), List.of(CountryCode.of("CN")),
                Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31)));
    }

    @Test
    void appliedEventsCarryActorSourceAndCorrelation() {
        ProgramId id = ProgramId.random();
        try (var axon = new InMemoryAxon(new FixedActor(OFFICER, "req-42"), Organizations.anyActive()).register(Program.class)) {
            axon.gateway().sendAndWait(launch(id));

            MetaData metaData = axon.events(id).get(0).getMetaData();
            assertThat(metaData).containsEntry(Actor.USER_ID, "officer-7")
                    .containsEntry(Actor.ROLE, "PROGRAM_OFFICER")
                    .containsEntry(Actor.SOURCE, "API")
                    .containsEntry(Actor.CORRELATION_ID, "req-42")
                    .containsKey(Actor.CAUSATION_ID);
        }
    }

    @Test
    void commandWithoutCorrelationIsCorrelatedWithItself() {
        var command = GenericCommandMessage.asCommandMessage(launch(ProgramId.random()));
        var stamped = new CommandMetadataInterceptor(new FixedActor(OFFICER, null)).handle(command);

        assertThat(stamped.getMetaData()).containsEntry(Actor.CORRELATION_ID, command.getIdentifier())
                .containsEntry(Actor.USER_ID, "officer-7");
    }

    @Test
    void metadataAlreadyOnCommandIsKept() {
        var command = GenericCommandMessage.asCommandMessage(launch(ProgramId.random()))
                .andMetaData(Map.of(Actor.USER_ID, "system", Actor.ROLE, "SYSTEM", Actor.SOURCE, "IMPORT",
                        Actor.CORRELATION_ID, "seed"));
        var stamped = new CommandMetadataInterceptor(new FixedActor(OFFICER, "req-42")).handle(command);

        assertThat(stamped.getMetaData()).containsEntry(Actor.USER_ID, "system")
                .containsEntry(Actor.SOURCE, "IMPORT")
                .containsEntry(Actor.CORRELATION_ID, "seed");
    }
}
