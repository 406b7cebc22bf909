package app.ponte.webhook;

import app.ponte.shared.InvalidField;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The shape rules of an endpoint's address, which need no network: an absolute http or https URL with a host and
 * no user information. Whether the host is a private address is the sender's check (it resolves the name).
 */
public final class WebhookUrl {

    public static final int MAX = 2000;

    private WebhookUrl() {
    }

    /** The URL as given, trimmed; throws {@link InvalidField} naming {@code field} when it breaks a rule. */
    public static String check(String field, String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidField(field, "is required: the http or https address events are sent to");
        }
        var trimmed = url.strip();
        if (trimmed.length() > MAX) {
            throw new InvalidField(field, "must be at most " + MAX + " characters");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new InvalidField(field, "must be a valid URL (" + e.getReason() + ")");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidField(field, "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidField(field, "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidField(field, "must not carry a user name or password (the secret signs each request)");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidField(field, "must not have a fragment (#...)");
        }
        return trimmed;
    }
}
