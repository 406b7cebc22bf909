package app.ponte.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.mission.AttendanceRecorded;
import app.ponte.mission.EngagementHeld;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.MarkEngagementHeld;
import app.ponte.mission.Mission;
import app.ponte.mission.MissionId;
import app.ponte.mission.PlanMission;
import app.ponte.mission.RecordAttendance;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.organization.OrganizationId;
import app.ponte.privacy.CryptoShredder;
import app.ponte.program.ProgramId;
import app.ponte.privacy.InMemoryKeyStore;
import app.ponte.privacy.KeyDestroyed;
import app.ponte.privacy.PersonalDataTampered;
import app.ponte.privacy.Unsealed;
import app.ponte.store.MongoEventStorageEngine;
import app.ponte.store.MongoStore;
import app.ponte.store.PonteSerializer;
import app.ponte.testing.FixedActor;
import app.ponte.testing.InMemoryAxon;
import app.ponte.testing.Contacts;
import app.ponte.testing.Organizations;
import app.ponte.testing.Programs;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Erasure for real: the events stay in the MongoDB event store, but what they say about the person can no longer be
 * read from them, by Ponte or by anyone reading the store directly.
 */
class ContactErasureTest {

    private static final String NAME = "Fabrizio Conicella";
    private static final String EMAIL = "f.conicella@example.org";
    private static final String PHONE = "+39 011 555 0101";

    private final MongoStore store = MongoStore.inMemory("erasure");
    private final PersonalDataVault vault = new CryptoShreddingVault(new CryptoShredder(new InMemoryKeyStore()));
    private final InMemoryAxon axon = new InMemoryAxon(
            MongoEventStorageEngine.builder()
                    .database(store.database())
                    .eventSerializer(PonteSerializer.jackson())
                    .snapshotSerializer(PonteSerializer.jackson())
                    .build(),
            FixedActor.officer(), vault, Organizations.anyActive(), Programs.anyOpen(), Contacts.anyKnown())
            .register(Contact.class)
            .register(Mission.class);
    private final ContactId fabrizio = ContactId.random();

    @AfterEach
    void tearDown() {
        axon.close();
        store.close();
    }

    private List<String> storedDocuments() {
        return store.database().getCollection("events").find().map(Document::toJson).into(new ArrayList<>());
    }

    @Test
    void erasedContactCannotBeReadFromStoredEventsWhileItsEventsRemain() {
        axon.gateway().sendAndWait(new AddContact(fabrizio, new PersonalDetails(NAME, EMAIL, PHONE),
                OrganizationId.random(), "Coordinator, Internationalization Work Group"));
        ContactAdded beforeErasure = (ContactAdded) axon.events(fabrizio).get(0).getPayload();
        assertThat(vault.open(fabrizio, beforeErasure.fullName())).contains(NAME);

        axon.gateway().sendAndWait(new EraseContact(fabrizio, ErasureGround.REQUESTED_BY_PERSON));

        assertThat(storedDocuments()).hasSize(2)
                .allSatisfy(json -> assertThat(json)
                        .doesNotContain("Fabrizio", "Conicella", "conicella", "555 0101")
                        .contains(fabrizio.toString()));
        var events = axon.events(fabrizio);
        assertThat(events).extracting(e -> (Object) e.getPayloadType())
                .containsExactly(ContactAdded.class, ContactErased.class);
        ContactAdded stored = (ContactAdded) events.get(0).getPayload();
        assertThat(stored.roleTitle()).isEqualTo("Coordinator, Internationalization Work Group");
        assertThat(vault.open(fabrizio, stored.fullName())).isEmpty();
        assertThat(vault.open(fabrizio, stored.email())).isEmpty();
        assertThat(vault.open(fabrizio, stored.phone())).isEmpty();
        assertThat(events.get(1).getMetaData()).containsKeys("userId", "role", "source", "correlationId");
    }

    @Test
    void engagementsAttendedByErasedContactStillCount() {
        OrganizationId alisei = OrganizationId.random();
        axon.gateway().sendAndWait(new AddContact(fabrizio, new PersonalDetails(NAME, EMAIL, null), alisei,
                "Coordinator"));
        MissionId mission = MissionId.random();
        EngagementId speech = EngagementId.random();
        axon.gateway().sendAndWait(new PlanMission(mission, ProgramId.random(), "ALISEI mission to Shanghai",
                "Shanghai", "CN", ZoneId.of("Asia/Shanghai"), LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17)));
        axon.gateway().sendAndWait(new ScheduleEngagement(mission, speech, EngagementKind.SPEECH,
                "From the prevention to the chronic patient management", "Consulate General",
                LocalDateTime.of(2017, 5, 17, 15, 0), LocalDateTime.of(2017, 5, 17, 15, 30), List.of(), List.of()));
        axon.gateway().sendAndWait(new RecordAttendance(mission, speech, List.of(fabrizio), List.of(alisei)));
        axon.gateway().sendAndWait(new MarkEngagementHeld(mission, speech, "Speech on the Italian vision"));

        axon.gateway().sendAndWait(new EraseContact(fabrizio, ErasureGround.REQUESTED_BY_PERSON));

        var missionEvents = axon.events(mission).stream().map(e -> e.getPayload()).toList();
        assertThat(missionEvents).filteredOn(EngagementHeld.class::isInstance).hasSize(1);
        assertThat(missionEvents).filteredOn(AttendanceRecorded.class::isInstance)
                .singleElement()
                .satisfies(a -> assertThat(((AttendanceRecorded) a).participants()).containsExactly(fabrizio));
        assertThat(storedDocuments()).noneSatisfy(json -> assertThat(json).contains("Conicella"));
    }

    @Test
    void nothingNewCanBeSealedForErasedContact() {
        axon.gateway().sendAndWait(new AddContact(fabrizio, new PersonalDetails(NAME, null, null),
                OrganizationId.random(), "Coordinator"));
        axon.gateway().sendAndWait(new EraseContact(fabrizio, ErasureGround.REQUESTED_BY_PERSON));

        assertThatThrownBy(() -> vault.seal(fabrizio, NAME)).isInstanceOf(KeyDestroyed.class);
    }

    @Test
    void valueSealedForOneContactDoesNotOpenForAnother() {
        var sealed = vault.seal(fabrizio, NAME);
        // Found in another contact's record it was copied there: reported as tampered, not passed off as erased.
        assertThat(vault.unseal(ContactId.random(), sealed).state()).isEqualTo(Unsealed.State.TAMPERED);
        assertThatThrownBy(() -> vault.open(ContactId.random(), sealed)).isInstanceOf(PersonalDataTampered.class);
    }
}
