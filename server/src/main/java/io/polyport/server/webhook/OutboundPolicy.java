package io.polyport.server.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may go: http or https URLs whose host resolves only to public addresses, unless the host is on
 * the allow-list. Checked when a webhook is registered and again before every delivery, so a name that later
 * resolves to an internal address (DNS rebinding) is still refused.
 */
final class OutboundPolicy {
    private final List<String> allowedHosts;

    OutboundPolicy(List<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    /** Why {@code url} may not be called, or empty when it may. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("'" + url + "' is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("webhooks must be http or https URLs");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("'" + url + "' has no host");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("webhook URLs may not carry credentials");
        }
        if (allowedHosts.contains(host.toLowerCase(Locale.ROOT).replaceAll("^\\[|\\]$", ""))) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (internal(address)) {
                    return Optional.of("'" + host + "' is an internal address (" + address.getHostAddress()
                            + "); add it to webhooks.allowedHosts to allow it");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("'" + host + "' does not resolve");
        }
        return Optional.empty();
    }

    private static boolean internal(InetAddress address) {
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                || (address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc)
                || carrierGradeNat(address);
    }

    private static boolean carrierGradeNat(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }
}
