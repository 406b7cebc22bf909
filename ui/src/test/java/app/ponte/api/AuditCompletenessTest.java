package app.ponte.api;

import app.ponte.mission.MissionId;
import app.ponte.mission.MissionPlanned;
import app.ponte.program.ProgramId;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

/**
 * A store written before commands checked their references can hold a mission planned in a program that was never
 * launched. No program scope lists that program, and the audit export once left its event out (106 events stored,
 * 105 audited); the administrator's audit must list it all the same.
 */
class AuditCompletenessTest {

    @Test
    void anEventOfAProgramThatDoesNotExistIsStillAudited() {
        var server = PonteServer.get();
        var stray = MissionId.random();
        server.bean(EventStore.class).publish(new GenericDomainEventMessage<>("Mission", stray.toString(), 0,
                new MissionPlanned(stray, ProgramId.random(), "Mission planned in a program that does not exist",
                        "Shanghai", "CN", ZoneId.of("Asia/Shanghai"), LocalDate.of(2017, 5, 16),
                        LocalDate.of(2017, 5, 17)),
                MetaData.with("userId", "system").and("source", "IMPORT")));

        AuditCompleteness.assertEveryStoredEventIsAudited(server);
    }
}
