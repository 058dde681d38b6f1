package io.polyport.core.system;

import io.polyport.core.annotation.MethodKind;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import java.util.List;

/** Polyport's own methods, beyond Trac's API: what is installed, in which version. */
@RpcService(value = "polyport", resource = "polyport", doc = "Polyport's own functions: versions of the gateway "
        + "and its plugins.")
public interface PolyportService {

    /**
     * What {@code polyport.getVersions} returns.
     *
     * @param polyport   the gateway's version
     * @param apiVersion the Trac RPC API version, as {@code system.getAPIVersion}
     * @param plugins    the installed plugins, in load order
     */
    record Versions(String polyport, List<Integer> apiVersion, List<ComponentVersion> plugins) {
    }

    @RpcMethod(kind = MethodKind.READ, doc = "The versions of Polyport and of each installed plugin. "
            + "system.getAPIVersion stays Trac's [1, 2, 0]; this is the machine-readable changelog key.")
    Versions getVersions();
}
