package io.polyport.server.http;

import io.polyport.core.spi.Protocol;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the built-in protocols with {@link ServiceLoader} on the server's own class path. A protocol name found
 * twice is an error. Protocols in plugin jars are loaded by the plugin platform, each jar in its own class loader.
 */
public final class ProtocolLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ProtocolLoader.class);

    private ProtocolLoader() {
    }

    /** Every protocol on the class path of {@code server}. */
    public static List<Protocol> load(ClassLoader server) {
        Map<String, Protocol> byName = new LinkedHashMap<>();
        for (Protocol protocol : ServiceLoader.load(Protocol.class, server)) {
            Protocol previous = byName.putIfAbsent(protocol.name(), protocol);
            if (previous != null && previous.getClass() != protocol.getClass()) {
                throw new IllegalStateException("two protocols are named " + protocol.name() + ": "
                        + previous.getClass().getName() + " and " + protocol.getClass().getName());
            }
            LOG.info("protocol {} on {} for {}", protocol.name(), protocol.paths(), protocol.contentTypes());
        }
        return List.copyOf(byName.values());
    }
}
