package app.ponte.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The test vector the Standard Webhooks specification and its reference libraries publish. */
    @Test
    void signsTheSpecificationsTestVector() {
        assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void anyChangeOfIdTimestampOrBodyChangesTheSignature() {
        var secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        var signed = WebhookSignature.sign(secret, "msg_1", 1614265330L, "{}");
        assertThat(WebhookSignature.sign(secret, "msg_2", 1614265330L, "{}")).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign(secret, "msg_1", 1614265331L, "{}")).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign(secret, "msg_1", 1614265330L, "{ }")).isNotEqualTo(signed);
    }
}
