package io.polyport.rest;

import io.polyport.core.spi.Protocol;
import io.polyport.rest.http.RestSettings;
import io.polyport.testkit.protocol.ProtocolAdapter;
import io.polyport.testkit.protocol.ProtocolConformanceTest;
import java.util.Set;

/** REST passes the plugin conformance kit through the {@code /rest/rpc/{method}} route it derives for every method. */
class RestConformanceTest extends ProtocolConformanceTest {
    @Override
    protected Protocol protocol() {
        return new RestProtocol(new RestSettings(Set.of(), true));
    }

    @Override
    protected ProtocolAdapter adapter() {
        return new RestAdapter();
    }
}
