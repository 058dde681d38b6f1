package io.polyport.server.http;

import io.polyport.core.spi.Protocol;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps request paths to protocols. {@code /rpc} is shared and dispatched by media type (below it live the docs
 * page's files and the OpenRPC document); every other mount
 * belongs to one protocol. Each path also exists under {@code /login}, which demands authentication.
 */
final class Routes {
    static final String SHARED_PATH = "/rpc";
    private static final String LOGIN_PREFIX = "/login";

    /**
     * Where a request path leads.
     *
     * @param login    whether the path is under {@code /login}
     * @param mount    the mount point without {@code /login}, e.g. {@code /rpc}
     * @param protocol the protocol owning the mount, or null for the shared {@code /rpc}
     * @param subPath  the rest of the path below the mount
     */
    record Match(boolean login, String mount, Protocol protocol, String subPath) {
    }

    private final Map<String, Protocol> byMount = new LinkedHashMap<>();
    private final Map<String, Protocol> byMediaType = new LinkedHashMap<>();

    Routes(List<Protocol> protocols) {
        for (Protocol protocol : protocols) {
            for (String path : protocol.paths()) {
                if (path.equals(SHARED_PATH) || path.startsWith(LOGIN_PREFIX + "/") || byMount.containsKey(path)) {
                    throw new IllegalStateException("protocol " + protocol.name() + " cannot mount " + path);
                }
                byMount.put(path, protocol);
            }
            for (String mediaType : protocol.contentTypes()) {
                byMediaType.putIfAbsent(mediaType, protocol);
            }
        }
    }

    Optional<Match> match(String requestPath) {
        boolean login = requestPath.equals(LOGIN_PREFIX) || requestPath.startsWith(LOGIN_PREFIX + "/");
        String path = login ? requestPath.substring(LOGIN_PREFIX.length()) : requestPath;
        if (path.equals(SHARED_PATH) || path.startsWith(SHARED_PATH + "/")) {
            return Optional.of(new Match(login, SHARED_PATH, null, path.substring(SHARED_PATH.length())));
        }
        for (Map.Entry<String, Protocol> mount : byMount.entrySet()) {
            String prefix = mount.getKey();
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return Optional.of(new Match(login, prefix, mount.getValue(), path.substring(prefix.length())));
            }
        }
        return Optional.empty();
    }

    /** The protocol that serves {@code mediaType} on the shared path, if any. */
    Optional<Protocol> forMediaType(String mediaType) {
        return Optional.ofNullable(byMediaType.get(mediaType));
    }
}
