package app.ponte.audit;

import static app.ponte.audit.ShanghaiEvents.FUDAN;
import static app.ponte.audit.ShanghaiEvents.MISSION;
import static app.ponte.audit.ShanghaiEvents.OTHER_PROGRAM;
import static app.ponte.audit.ShanghaiEvents.PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.contact.ContactAdded;
import app.ponte.contact.ContactDetailsCorrected;
import app.ponte.contact.ContactId;
import app.ponte.contact.CryptoShreddingVault;
import app.ponte.organization.OrganizationId;
import app.ponte.privacy.CryptoShredder;
import app.ponte.privacy.InMemoryKeyStore;
import app.ponte.program.ProgramId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordHistoriesTest {

    private static final Set<ProgramId> SCOPE = Set.of(PROGRAM);

    private final AuditStore store = new AuditStore();
    private final CryptoShreddingVault vault = new CryptoShreddingVault(new CryptoShredder(new InMemoryKeyStore()));
    private RecordHistories histories;

    @BeforeEach
    void writeTheRecord() {
        ShanghaiEvents.write(store);
        histories = new RecordHistories(store.eventStore, store.store.database(), vault);
        project();
    }

    private void project() {
        var log = new AuditLogProjection(store.store.database());
        store.trackedEvents().forEach(log::handle);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aMissionsHistoryShowsWhoChangedWhatFromWhatToWhat() {
        var history = histories.handle(new ShowRecordHistory(SCOPE, RecordType.MISSION, MISSION.toString()));

        assertThat(history).extracting(HistoryEntry::event).containsExactly("Mission planned", "Mission amended");
        var planned = history.get(0);
        assertThat(planned.userId()).isEqualTo("officer-anna");
        assertThat(planned.source()).isEqualTo("UI");
        assertThat(planned.changes()).extracting(FieldChange::describe).contains(
                "title: ALISEI mission to Shanghai", "city: Shanghai", "start date: 2017-05-16");
        var amended = history.get(1);
        assertThat(amended.userId()).isEqualTo("manager-luca");
        assertThat(amended.role()).isEqualTo("MANAGER");
        assertThat(amended.at()).isEqualTo(ShanghaiEvents.RENAMED);
        assertThat(amended.description())
                .as("only what changed, before and after")
                .isEqualTo("title: ALISEI mission to Shanghai → ALISEI life-sciences mission to Shanghai");
    }

    @Test
    void anEngagementsHistoryComesFromItsMissionsStream() {
        var history = histories.handle(new ShowRecordHistory(SCOPE, RecordType.ENGAGEMENT, FUDAN.toString()));

        assertThat(history).extracting(HistoryEntry::event)
                .containsExactly("Engagement scheduled", "Engagement rescheduled");
        assertThat(history.get(1).changes()).extracting(FieldChange::describe).containsExactly(
                "starts at: 2017-05-16T01:30:00Z → 2017-05-16T06:00:00Z",
                "ends at: 2017-05-16T02:30:00Z → 2017-05-16T07:00:00Z");
    }

    @Test
    void aRecordAsOfAMomentIsItsEventsUpToThatMomentFolded() {
        var between = ShanghaiEvents.RENAMED.minusSeconds(1);

        var before = histories.handle(new ShowRecordAsOf(SCOPE, RecordType.MISSION, MISSION.toString(), between))
                .orElseThrow();
        var after = histories.handle(new ShowRecordAsOf(SCOPE, RecordType.MISSION, MISSION.toString(),
                ShanghaiEvents.RENAMED)).orElseThrow();

        assertThat(before.events()).isEqualTo(1);
        assertThat(before.fields()).contains(new FieldValue("title", "ALISEI mission to Shanghai"));
        assertThat(after.events()).isEqualTo(2);
        assertThat(after.fields()).contains(new FieldValue("title", "ALISEI life-sciences mission to Shanghai"));
        assertThat(histories.handle(new ShowRecordAsOf(SCOPE, RecordType.MISSION, MISSION.toString(),
                Instant.parse("2017-01-01T00:00:00Z")))).as("before the record existed").isEmpty();
    }

    @Test
    void aRecordTheAuditLogDoesNotKnowYetIsNotReadWhileItIsBeingCreated() {
        // Stored, but the audit log has not yet seen it: its program is not known, so nothing of it is shown.
        var creating = app.ponte.mission.MissionId.random();
        store.append("Mission", creating, new app.ponte.mission.MissionPlanned(creating, OTHER_PROGRAM,
                "Mission to Recife", "Recife", "BR", java.time.ZoneId.of("America/Recife"),
                java.time.LocalDate.of(2017, 6, 1), java.time.LocalDate.of(2017, 6, 2)), "officer-bruno",
                Instant.parse("2017-05-20T09:00:00Z"));

        assertThat(histories.handle(new ShowRecordHistory(SCOPE, RecordType.MISSION, creating.toString()))).isEmpty();
        assertThat(histories.handle(new ShowRecordAsOf(SCOPE, RecordType.MISSION, creating.toString(),
                Instant.parse("2017-06-01T00:00:00Z")))).isEmpty();
        assertThat(histories.handle(new ShowRecordHistory(Set.of(PROGRAM, OTHER_PROGRAM), RecordType.MISSION,
                creating.toString()))).as("not even for a reader of its program, until the log knows it").isEmpty();

        project();
        assertThat(histories.handle(new ShowRecordHistory(Set.of(OTHER_PROGRAM), RecordType.MISSION,
                creating.toString()))).hasSize(1);
        assertThat(histories.handle(new ShowRecordHistory(SCOPE, RecordType.MISSION, creating.toString()))).isEmpty();
    }

    @Test
    void aRecordOfAProgramOutsideTheReadersScopeHasNoHistory() {
        assertThat(histories.handle(new ShowRecordHistory(Set.of(OTHER_PROGRAM), RecordType.MISSION,
                MISSION.toString()))).isEmpty();
    }

    @Test
    void aContactsPersonalDataIsShownOpenedAndAsErasedOnceTheKeyIsDestroyed() {
        var contact = ContactId.random();
        store.append("Contact", contact, new ContactAdded(contact, vault.seal(contact, "Fabrizio Conicella"), null,
                null, OrganizationId.random(), "coordinator"), "officer-anna", Instant.parse("2017-03-02T09:00:00Z"));
        store.append("Contact", contact, new ContactDetailsCorrected(contact, vault.seal(contact, "Fabrizio Conicella"),
                vault.seal(contact, "f.conicella@example.org"), null), "officer-anna",
                Instant.parse("2017-03-03T09:00:00Z"));
        project();
        var query = new ShowRecordHistory(SCOPE, RecordType.CONTACT, contact.toString());

        var open = histories.handle(query);
        assertThat(open.get(0).changes()).extracting(FieldChange::describe)
                .contains("full name: Fabrizio Conicella", "role title: coordinator");
        assertThat(open.get(1).changes()).extracting(FieldChange::describe)
                .containsExactly("email: — → f.conicella@example.org");

        vault.destroy(contact);
        var erased = histories.handle(query);
        assertThat(erased.get(0).changes()).extracting(FieldChange::describe)
                .contains("full name: erased").doesNotContain("full name: Fabrizio Conicella");
        assertThat(erased.get(1).changes()).extracting(FieldChange::describe)
                .containsExactly("email: — → erased");
        assertThat(List.of(erased.get(0).userId(), erased.get(1).userId())).containsOnly("officer-anna");
    }
}
