package io.polyport.xmlrpc;

import io.polyport.core.spi.Protocol;
import io.polyport.testkit.protocol.ProtocolAdapter;
import io.polyport.testkit.protocol.ProtocolConformanceTest;

/** XML-RPC passes the plugin conformance kit. */
class XmlRpcConformanceTest extends ProtocolConformanceTest {
    @Override
    protected Protocol protocol() {
        return new XmlRpcProtocol();
    }

    @Override
    protected ProtocolAdapter adapter() {
        return new XmlRpcAdapter();
    }
}
