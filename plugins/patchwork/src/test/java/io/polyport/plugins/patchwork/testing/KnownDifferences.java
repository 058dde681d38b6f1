package io.polyport.plugins.patchwork.testing;

import java.util.Map;

/**
 * The captured exchanges whose answer Polyport's server, not the plugin, decides, and how it differs from
 * Patchwork's. Everything else must match the capture.
 */
public final class KnownDifferences {
    /** Capture label suffixes and why Polyport answers them differently. */
    public static final Map<String, String> SERVER_LEVEL = Map.ofEntries(
            Map.entry("bad-password", "wrong credentials: HTTP 401 from the gateway, not a fault or an answer"),
            Map.entry("bearer-auth", "a Bearer token is a Polyport API token: an unknown one is HTTP 401"),
            Map.entry("garbage-basic", "unreadable credentials: HTTP 401"),
            Map.entry("not-supported", "Polyport serves system.listMethods, methodHelp, methodSignature, multicall"),
            Map.entry("direct-unknown", "an unknown method is fault -32601 'RPC method \"x\" not found'"),
            Map.entry("no-args-fault", "a missing argument is fault -32602 from the invoker"),
            Map.entry("malformed-xml", "an unparsable body is fault -32700 with the parser's message"),
            Map.entry("empty-body", "an empty body is fault -32700"),
            Map.entry("no-trailing-slash", "POST /xmlrpc is served directly instead of redirected to /xmlrpc/"),
            Map.entry("get-docs", "GET /xmlrpc/ shows Polyport's docs page (to browsers)"),
            Map.entry("raw-head", "HEAD /xmlrpc/ is not redirected to the help page"),
            Map.entry("raw-put", "PUT /xmlrpc/ is not redirected to the help page"),
            Map.entry("raw-about", "/about is Polyport's"));

    private KnownDifferences() {
    }

    /**
     * The request as this server must get it: account numbers differ between servers (Patchwork numbers every
     * Django user, the plugin only the users its data names; {@code maint} is 2 there and 1 here), so a request
     * naming an account by number is renumbered.
     */
    public static String request(Capture capture) {
        return capture.name().equals("146-check_list-direct-user-id.txt")
                ? capture.requestBody().replace("<value><int>2</int></value>", "<value><int>1</int></value>")
                : capture.requestBody();
    }

    /** Whether the capture's answer is the server's business (see {@link #SERVER_LEVEL}). */
    public static boolean serverLevel(Capture capture) {
        String label = capture.name().replaceFirst("\\.txt$", "");
        return SERVER_LEVEL.keySet().stream().anyMatch(label::endsWith);
    }
}
