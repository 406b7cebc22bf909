package app.ponte.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** X-Forwarded-For names the client only when the connection comes from a configured proxy. */
class ClientAddressesTest {

    @Test
    void aForwardedAddressIsBelievedOnlyFromATrustedProxy() {
        var addresses = new ClientAddresses("10.0.0.5, 10.0.0.6");

        assertThat(addresses.clientOf("203.0.113.1", "198.51.100.9")).as("a client sending its own header")
                .isEqualTo("203.0.113.1");
        assertThat(addresses.clientOf("10.0.0.5", "198.51.100.9")).isEqualTo("198.51.100.9");
        assertThat(addresses.clientOf("10.0.0.5", "1.2.3.4, 198.51.100.9, 10.0.0.6"))
                .as("the right-most address that is no trusted proxy; what the client prepended is ignored")
                .isEqualTo("198.51.100.9");
        assertThat(addresses.clientOf("10.0.0.5", null)).isEqualTo("10.0.0.5");
    }

    @Test
    void noProxyIsTrustedByDefault() {
        var addresses = new ClientAddresses("");

        assertThat(addresses.clientOf("10.0.0.5", "198.51.100.9")).isEqualTo("10.0.0.5");
    }
}
