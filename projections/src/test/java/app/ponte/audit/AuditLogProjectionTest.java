package app.ponte.audit;

import static app.ponte.audit.ShanghaiEvents.FUDAN;
import static app.ponte.audit.ShanghaiEvents.MISSION;
import static app.ponte.audit.ShanghaiEvents.OTHER_PROGRAM;
import static app.ponte.audit.ShanghaiEvents.PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.privilege.UserCreated;
import app.ponte.privilege.UserId;
import app.ponte.privilege.UserRoleChanged;
import app.ponte.program.ProgramId;
import java.util.List;
import java.io.StringWriter;
import java.time.Instant;
import app.ponte.mission.MissionId;
import app.ponte.mission.MissionPlanned;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditLogProjectionTest {

    private static final Set<ProgramId> BOTH = Set.of(PROGRAM, OTHER_PROGRAM);

    private final AuditStore store = new AuditStore();
    private AuditLogProjection log;

    @BeforeEach
    void feedTheLog() {
        ShanghaiEvents.write(store);
        log = new AuditLogProjection(store.store.database());
        store.trackedEvents().forEach(log::handle);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private AuditPage list(Set<ProgramId> scope, String user, Instant from, Instant to, RecordType type,
            ProgramId program) {
        return log.handle(ListAuditEntries.scoped(scope, user, from, to, type, program, 0, 50));
    }

    @Test
    void listsEveryEventNewestFirstWithWhoWhenWhereAndWhichRecord() {
        var page = list(BOTH, null, null, null, null, null);

        assertThat(page.total()).isEqualTo(5);
        assertThat(page.entries()).extracting(AuditEntry::number).containsExactly(5L, 4L, 3L, 2L, 1L);
        var rescheduled = page.entries().get(0);
        assertThat(rescheduled.event()).isEqualTo("Engagement rescheduled");
        assertThat(rescheduled.userId()).isEqualTo("officer-anna");
        assertThat(rescheduled.role()).isEqualTo("OFFICER");
        assertThat(rescheduled.source()).isEqualTo("UI");
        assertThat(rescheduled.at()).isEqualTo(ShanghaiEvents.RESCHEDULED);
        assertThat(rescheduled.recordType()).isEqualTo(RecordType.ENGAGEMENT);
        assertThat(rescheduled.recordId()).isEqualTo(FUDAN.toString());
        assertThat(page.entries().get(1).summary()).isEqualTo("ALISEI life-sciences mission to Shanghai");
    }

    @Test
    void filtersByUser() {
        assertThat(list(BOTH, "manager-luca", null, null, null, null).entries())
                .extracting(AuditEntry::event).containsExactly("Mission amended");
    }

    @Test
    void filtersByTimeRangeFromInclusiveToExclusive() {
        assertThat(list(BOTH, null, ShanghaiEvents.SCHEDULED, ShanghaiEvents.RENAMED, null, null).entries())
                .extracting(AuditEntry::at)
                .containsExactly(ShanghaiEvents.OTHER_PLANNED, ShanghaiEvents.SCHEDULED);
    }

    @Test
    void filtersByRecordType() {
        assertThat(list(BOTH, null, null, null, RecordType.ENGAGEMENT, null).entries())
                .extracting(AuditEntry::event).containsExactly("Engagement rescheduled", "Engagement scheduled");
    }

    @Test
    void engagementEventsBelongToTheirMissionsProgram() {
        var page = list(BOTH, null, null, null, null, PROGRAM);

        assertThat(page.total()).isEqualTo(4);
        assertThat(page.entries()).allSatisfy(entry -> assertThat(entry.programId()).isEqualTo(PROGRAM));
    }

    @Test
    void programsOutsideTheReadersScopeAreNeverListed() {
        assertThat(list(Set.of(OTHER_PROGRAM), null, null, null, null, null).entries())
                .extracting(AuditEntry::event).containsExactly("Mission planned");
        assertThat(list(Set.of(OTHER_PROGRAM), null, null, null, null, PROGRAM).total()).isZero();
        assertThat(list(Set.of(), null, null, null, null, null).total()).isZero();
    }

    @Test
    void anAdministratorReadsEveryStoredEventEvenOfAProgramThatDoesNotExist() {
        var neverLaunched = ProgramId.of("6c1f0c2e-2d3e-4f5a-8b9c-0d1e2f3a4bff");
        var stray = MissionId.of("6c1f0c2e-2d3e-4f5a-8b9c-0d1e2f3a4bfe");
        store.append("Mission", stray, new MissionPlanned(stray, neverLaunched, "Mission recorded before references "
                + "were checked", "Shanghai", "CN", ZoneId.of("Asia/Shanghai"), LocalDate.of(2017, 5, 16),
                LocalDate.of(2017, 5, 17)), "officer-anna", ShanghaiEvents.RESCHEDULED.plusSeconds(60));
        store.trackedEvents().forEach(log::handle);

        var everything = log.handle(new ListAuditEntries(Set.of(PROGRAM), true, null, null, null, null, null, 0, 50));

        assertThat(everything.total()).as("the store holds %d events", store.trackedEvents().size())
                .isEqualTo(store.trackedEvents().size());
        assertThat(everything.entries().get(0).recordId()).isEqualTo(stray.toString());
        assertThat(list(BOTH, null, null, null, null, null).total())
                .as("a reader limited to programs sees none of a program outside them").isEqualTo(5);
    }

    @Test
    void accessChangesAreListedToAdministratorsOnlyAsSystemWide() {
        var user = UserId.of("6c1f0c2e-2d3e-4f5a-8b9c-0d1e2f3a4b01");
        store.append("UserAccess", user, new UserCreated(user, "m.rossi", "PROGRAM_OFFICER", List.of(PROGRAM)),
                "admin-1", ShanghaiEvents.RESCHEDULED.plusSeconds(60));
        store.append("UserAccess", user, new UserRoleChanged(user, "VIEWER"), "admin-1",
                ShanghaiEvents.RESCHEDULED.plusSeconds(61));
        store.trackedEvents().forEach(log::handle);

        var everything = log.handle(new ListAuditEntries(Set.of(), true, null, null, null, RecordType.ACCESS, null,
                0, 50));

        assertThat(everything.entries()).extracting(AuditEntry::event)
                .containsExactly("User role changed", "User created");
        assertThat(everything.entries()).allSatisfy(entry -> {
            assertThat(entry.recordId()).isEqualTo(user.toString());
            assertThat(entry.userId()).isEqualTo("admin-1");
            assertThat(entry.programId()).as("no program: the whole system's").isNull();
        });
        assertThat(everything.entries()).extracting(AuditEntry::summary).containsExactly("VIEWER", "m.rossi");
        assertThat(list(BOTH, null, null, null, null, null).total())
                .as("a reader limited to programs, even the user's own, sees no access change").isEqualTo(5);
        assertThat(list(BOTH, null, null, null, RecordType.ACCESS, null).total()).isZero();
    }

    @Test
    void pagesThroughTheLog() {
        var second = log.handle(ListAuditEntries.scoped(BOTH, null, null, null, null, null, 2, 2));

        assertThat(second.total()).isEqualTo(5);
        assertThat(second.entries()).extracting(AuditEntry::number).containsExactly(3L, 2L);
    }

    @Test
    void replayingTheEventsLeavesTheSameLog() {
        store.trackedEvents().forEach(log::handle);

        assertThat(list(BOTH, null, null, null, null, null).total()).isEqualTo(5);
    }

    @Test
    void exportsTheFilteredLogAsCsv() {
        var out = new StringWriter();

        AuditCsv.write(list(BOTH, null, null, null, RecordType.MISSION, PROGRAM).entries(), out);

        var lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("number,at,user,role,source,record type,record id,program,event");
        assertThat(lines[1]).startsWith("4,2017-04-02T09:00:00Z,manager-luca,MANAGER,UI,mission," + MISSION + ","
                + PROGRAM + ",Mission amended,ALISEI life-sciences mission to Shanghai,");
        assertThat(lines[2]).contains(",Mission planned,ALISEI mission to Shanghai,");
    }
}
