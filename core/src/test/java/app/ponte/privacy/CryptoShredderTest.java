package app.ponte.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CryptoShredderTest {

    private final CryptoShredder shredder = new CryptoShredder(new InMemoryKeyStore());

    @Test
    void opensWhatItSealedKeepingNativeScript() {
        Sealed sealed = shredder.seal("contact:1", "复旦大学 Fabrizio");

        assertThat(sealed.ciphertext()).doesNotContain("Fabrizio");
        assertThat(shredder.open(sealed)).contains("复旦大学 Fabrizio");
    }

    @Test
    void sealingTheSameTextTwiceGivesDifferentCiphertexts() {
        assertThat(shredder.seal("contact:1", "Roberto Pagani"))
                .isNotEqualTo(shredder.seal("contact:1", "Roberto Pagani"));
    }

    @Test
    void destroyedKeyOpensNothing() {
        Sealed sealed = shredder.seal("contact:1", "Roberto Pagani");
        shredder.destroy("contact:1");

        assertThat(shredder.open(sealed)).isEmpty();
    }

    @Test
    void destroyedKeyIsNeverRecreated() {
        shredder.seal("contact:1", "Roberto Pagani");
        shredder.destroy("contact:1");

        assertThatThrownBy(() -> shredder.seal("contact:1", "Roberto Pagani")).isInstanceOf(KeyDestroyed.class);
    }

    @Test
    void ciphertextMovedUnderAnotherKeyIdDoesNotOpen() {
        Sealed mine = shredder.seal("contact:1", "Roberto Pagani");
        shredder.seal("contact:2", "someone else");

        // Reported, not shown as erased: the key of contact:2 exists, so the value was moved or altered.
        assertThatThrownBy(() -> shredder.open(new Sealed("contact:2", mine.ciphertext())))
                .isInstanceOf(PersonalDataTampered.class);
    }

    @Test
    void tamperedCiphertextDoesNotOpen() {
        Sealed sealed = shredder.seal("contact:1", "Roberto Pagani");
        char[] chars = sealed.ciphertext().toCharArray();
        chars[20] = chars[20] == 'A' ? 'B' : 'A';

        assertThatThrownBy(() -> shredder.open(new Sealed("contact:1", new String(chars))))
                .isInstanceOf(PersonalDataTampered.class);
    }

    @Test
    void sealedValueKeepsCiphertextOutOfLogs() {
        assertThat(shredder.seal("contact:1", "Roberto Pagani").toString()).isEqualTo("Sealed[contact:1]");
    }
}
