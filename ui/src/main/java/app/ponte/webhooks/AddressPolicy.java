package app.ponte.webhooks;

import app.ponte.shared.InvalidField;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Refuses endpoints on this machine or its private networks (SSRF): the host is resolved and every address it has is
 * checked, so a public name pointing at 10.0.0.5 is refused as well as the literal. The check runs when an endpoint
 * is registered and again before every delivery, since a name may be pointed elsewhere afterwards.
 */
public class AddressPolicy {

    public static final String ALLOW_PROPERTY = "ponte.webhooks.allow-private-addresses";

    private final boolean allowPrivate;

    public AddressPolicy(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** @throws InvalidField naming {@code field} when the URL's host resolves to no or to a refused address */
    public void check(String field, String url) {
        var host = URI.create(url).getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        List<InetAddress> addresses;
        try {
            addresses = List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            throw new InvalidField(field, "names a host that does not resolve (" + host + ")");
        }
        if (allowPrivate) {
            return;
        }
        for (var address : addresses) {
            var kind = refused(address);
            if (kind != null) {
                throw new InvalidField(field, "must not point at a " + kind + " address (" + host + " is "
                        + address.getHostAddress() + "); set " + ALLOW_PROPERTY + "=true to allow it");
            }
        }
    }

    /** What is wrong with the address, or {@code null} when it is a public one. */
    static String refused(InetAddress address) {
        if (address instanceof Inet6Address six) {
            byte[] bytes = six.getAddress();
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
                try {
                    return refused(InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
                } catch (UnknownHostException e) {
                    return "malformed";
                }
            }
            if ((bytes[0] & 0xfe) == 0xfc) {
                return "unique-local (fc00::/7)";
            }
        }
        if (address.isAnyLocalAddress()) {
            return "wildcard";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        if (address instanceof Inet4Address four) {
            byte[] bytes = four.getAddress();
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            if (first == 0) {
                return "\"this network\" (0.0.0.0/8)";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "shared carrier-grade NAT (100.64.0.0/10)";
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "benchmarking (198.18.0.0/15)";
            }
            if (first >= 240) {
                return "reserved";
            }
        }
        return null;
    }
}
