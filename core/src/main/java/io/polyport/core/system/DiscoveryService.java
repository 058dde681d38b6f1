package io.polyport.core.system;

import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.invoke.Caller;
import java.util.Map;

/** OpenRPC service discovery: {@code rpc.discover}, the method name the OpenRPC specification reserves. */
@RpcService(value = "rpc", resource = "openrpc", doc = "OpenRPC service discovery.")
public interface DiscoveryService {

    @RpcMethod(doc = "The OpenRPC 1.3 document of the methods you may call: parameters and results as JSON "
            + "Schemas (date-times and binaries as JSON-RPC class hints) and the errors each can answer with.")
    Map<String, Object> discover(Caller caller);
}
