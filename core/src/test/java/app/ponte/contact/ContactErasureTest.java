package app.ponte.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.organization.OrganizationId;
import app.ponte.privacy.CryptoShredder;
import app.ponte.privacy.InMemoryKeyStore;
import app.ponte.privacy.KeyDestroyed;
import app.ponte.testing.FixedActor;
import app.ponte.testing.InMemoryAxon;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Erasure for real: the stored events keep existing, but what they say about the person can no longer be read. */
class ContactErasureTest {

    private static final String NAME = "Fabrizio Conicella";
    private static final String EMAIL = "f.conicella@example.org";
    private static final String PHONE = "+39 011 555 0101";

    private final PersonalDataVault vault = new CryptoShreddingVault(new CryptoShredder(new InMemoryKeyStore()));
    private final InMemoryAxon axon = new InMemoryAxon(FixedActor.officer(), vault).register(Contact.class);
    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final ContactId fabrizio = ContactId.random();

    @AfterEach
    void tearDown() {
        axon.close();
    }

    private String storedPayload(DomainEventMessage<?> event) {
        return serializer.serialize(event.getPayload(), String.class).getData();
    }

    @Test
    void erasedContactCannotBeReadFromStoredEventsWhileItsEventsRemain() {
        axon.gateway().sendAndWait(new AddContact(fabrizio, new PersonalDetails(NAME, EMAIL, PHONE),
                OrganizationId.random(), "Coordinator, Internationalization Work Group"));
        ContactAdded added = (ContactAdded) axon.events(fabrizio).get(0).getPayload();
        assertThat(vault.open(fabrizio, added.fullName())).contains(NAME);

        axon.gateway().sendAndWait(new EraseContact(fabrizio, ErasureGround.REQUESTED_BY_PERSON));

        List<? extends DomainEventMessage<?>> events = axon.events(fabrizio);
        assertThat(events).extracting(e -> (Object) e.getPayloadType())
                .containsExactly(ContactAdded.class, ContactErased.class);
        for (DomainEventMessage<?> event : events) {
            assertThat(storedPayload(event)).doesNotContain("Fabrizio", "Conicella", "conicella", "555 0101");
        }
        ContactAdded stored = serializer.deserialize(
                serializer.serialize(events.get(0).getPayload(), String.class));
        assertThat(vault.open(fabrizio, stored.fullName())).isEmpty();
        assertThat(vault.open(fabrizio, stored.email())).isEmpty();
        assertThat(vault.open(fabrizio, stored.phone())).isEmpty();
        assertThat(events.get(1).getMetaData()).containsKeys("userId", "role", "source", "correlationId");
    }

    @Test
    void nothingNewCanBeSealedForErasedContact() {
        axon.gateway().sendAndWait(new AddContact(fabrizio, new PersonalDetails(NAME, null, null),
                OrganizationId.random(), "Coordinator"));
        axon.gateway().sendAndWait(new EraseContact(fabrizio, ErasureGround.REQUESTED_BY_PERSON));

        assertThatThrownBy(() -> vault.seal(fabrizio, NAME))
                .isInstanceOf(KeyDestroyed.class);
    }

    @Test
    void valueSealedForOneContactDoesNotOpenForAnother() {
        var sealed = vault.seal(fabrizio, NAME);
        assertThat(vault.open(ContactId.random(), sealed)).isEmpty();
    }
}
