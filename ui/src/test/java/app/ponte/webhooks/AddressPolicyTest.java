package app.ponte.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.shared.InvalidField;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

    private final AddressPolicy strict = new AddressPolicy(false);

    @Test
    void refusesLoopbackLinkLocalPrivateAndUniqueLocalAddressesNamingTheField() {
        for (var url : List.of("http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/",
                "http://172.16.0.1/", "http://192.168.1.10/", "http://169.254.169.254/latest/meta-data",
                "http://[::1]/", "http://[fe80::1]/", "http://[fd12:3456::1]/", "http://[::ffff:10.0.0.1]/",
                "http://0.0.0.0/", "http://100.64.0.1/")) {
            assertThatThrownBy(() -> strict.check("url", url)).as(url)
                    .isInstanceOfSatisfying(InvalidField.class, e -> {
                        assertThat(e.field()).isEqualTo("url");
                        assertThat(e.rule()).contains("must not point at").contains(AddressPolicy.ALLOW_PROPERTY);
                    });
        }
    }

    @Test
    void acceptsPublicAddressesAndPrivateOnesWhenAllowed() throws Exception {
        assertThat(AddressPolicy.refused(InetAddress.getByName("93.184.215.14"))).isNull();
        assertThat(AddressPolicy.refused(InetAddress.getByName("2606:2800:21f:cb07:6820:80da:af6b:8b2c"))).isNull();
        assertThatCode(() -> new AddressPolicy(true).check("url", "http://127.0.0.1:9/hook"))
                .doesNotThrowAnyException();
    }

    @Test
    void aHostThatDoesNotResolveIsRefusedByName() {
        assertThatThrownBy(() -> strict.check("url", "https://no-such-host.invalid/hook"))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.rule()).contains("does not resolve"));
    }
}
