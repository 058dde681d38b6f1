package io.polyport.server.plugin;

import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.MethodRegistry;
import io.polyport.core.spi.Protocol;
import io.polyport.core.value.ValueMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that what the plugins contribute fits together with the server's own: every service is a valid
 * {@code @RpcService}, and no method name, protocol name or protocol path is taken twice. Owners are remembered as
 * they are added, so a refusal names both sides.
 */
final class ContributionCheck {
    /** Paths the gateway itself serves. */
    private static final List<String> RESERVED_PATHS = List.of("/rpc", "/about", "/login");

    private final Map<String, String> methodOwners = new HashMap<>();
    private final Map<String, String> protocolOwners = new HashMap<>();
    private final Map<String, String> pathOwners = new HashMap<>();

    ContributionCheck(MethodRegistry builtInMethods, List<Protocol> builtInProtocols) {
        builtInMethods.methods().forEach(method -> methodOwners.put(method.name(), "the server"));
        RESERVED_PATHS.forEach(path -> pathOwners.put(path, "the server"));
        for (Protocol protocol : builtInProtocols) {
            protocolOwners.put(protocol.name(), "the server");
            protocol.paths().forEach(path -> pathOwners.put(path, "the built-in protocol " + protocol.name()));
        }
    }

    /** Adds what {@code plugin} contributes, or refuses it. */
    void add(StartedPlugin plugin) {
        FoundPlugin found = plugin.loaded().found();
        String owner = "plugin " + found.id();
        MethodRegistry registry;
        try {
            registry = MethodRegistry.of(plugin.services(), new ValueMapper());
        } catch (RuntimeException e) {
            throw new PluginException(found.label(), "invalid service: " + e.getMessage());
        }
        for (MethodDescriptor method : registry.methods()) {
            claim(methodOwners, method.name(), owner, found, "method");
        }
        for (Protocol protocol : plugin.protocols()) {
            claim(protocolOwners, protocol.name(), owner, found, "protocol name");
            for (String path : protocol.paths()) {
                if (!path.startsWith("/") || path.startsWith("/login/")) {
                    throw new PluginException(found.label(), "protocol " + protocol.name() + " cannot mount "
                            + path);
                }
                claim(pathOwners, path, owner, found, "path");
            }
        }
    }

    private static void claim(Map<String, String> owners, String name, String owner, FoundPlugin found,
                              String what) {
        String previous = owners.putIfAbsent(name, owner);
        if (previous != null) {
            throw new PluginException(found.label(), what + " " + name + " is already taken by " + previous);
        }
    }
}
