package app.ponte.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signing: HMAC-SHA256, keyed by the Base64 part of a {@code whsec_} secret, over
 * {@code id.timestamp.body}, sent as {@code v1,<Base64 of the MAC>}.
 */
public final class WebhookSignature {

    public static final String PREFIX = "whsec_";

    private WebhookSignature() {
    }

    public static String sign(String secret, String webhookId, long timestampSeconds, String body) {
        var key = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
            var signed = mac.doFinal((webhookId + "." + timestampSeconds + "." + body)
                    .getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
