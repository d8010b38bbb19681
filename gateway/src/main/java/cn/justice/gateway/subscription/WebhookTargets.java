package cn.justice.gateway.subscription;

import cn.justice.platform.problem.ProblemException;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which URLs a subscription may send to: absolute {@code http} or {@code https} URLs with a host and no
 * user info or fragment, whose host does not resolve to an address inside the bureau's network — loopback, private
 * (RFC 1918, IPv6 unique-local), link-local, carrier-grade NAT, any-local or multicast — unless the host is on the
 * configured allow-list (a county system on the internal network the deployment names on purpose). Otherwise the
 * gateway could be made to call its own services or the database host on a client's behalf (SSRF). Everything else
 * is a 400 problem naming {@code url}. The same check runs again before each delivery, as a name may resolve
 * differently later.
 */
public final class WebhookTargets {
    /** Resolves a host name to its addresses (the JDK's resolver in production). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    /** @param allowedHosts host names or literal addresses that may be private (compared case-insensitively) */
    public WebhookTargets(Set<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** The URL as it will be called; 400 on {@code url} when it may not be. */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("url", "must be an absolute http or https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw ProblemException.invalid("url", "must be an absolute http or https URL");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw ProblemException.invalid("url", "must not carry user info or a fragment");
        }
        String host = bare(uri.getHost().toLowerCase(Locale.ROOT));
        if (allowedHosts.contains(host)) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException | IllegalArgumentException | SecurityException e) {
            throw ProblemException.invalid("url", "host " + host + " does not resolve");
        }
        for (InetAddress a : addresses) {
            if (internal(a)) {
                throw ProblemException.invalid("url", "host " + host + " is a private or local address; such hosts "
                        + "must be on the gateway's allow-list (justice.subscriptions.allowed-hosts)");
            }
        }
        return uri;
    }

    /** An address inside the deployment's own network, or none at all. */
    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique-local
        }
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64  // 100.64.0.0/10 carrier-grade NAT
                || (b[0] & 0xff) == 0;                       // 0.0.0.0/8 "this network"
    }

    /** An IPv6 literal without its brackets. */
    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
