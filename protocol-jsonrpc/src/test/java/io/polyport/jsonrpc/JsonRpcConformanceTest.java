package io.polyport.jsonrpc;

import io.polyport.core.spi.Protocol;
import io.polyport.testkit.protocol.ProtocolAdapter;
import io.polyport.testkit.protocol.ProtocolConformanceTest;

/** JSON-RPC passes the plugin conformance kit. */
class JsonRpcConformanceTest extends ProtocolConformanceTest {
    @Override
    protected Protocol protocol() {
        return new JsonRpcProtocol();
    }

    @Override
    protected ProtocolAdapter adapter() {
        return new JsonRpcAdapter();
    }
}
