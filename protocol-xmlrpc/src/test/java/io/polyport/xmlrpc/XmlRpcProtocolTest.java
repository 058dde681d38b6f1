package io.polyport.xmlrpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.spi.Limits;
import io.polyport.core.spi.Protocol;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The protocol's identity, documentation and example requests. */
class XmlRpcProtocolTest {
    private final XmlRpcProtocol protocol = new XmlRpcProtocol();
    private final XmlRpcKit kit = new XmlRpcKit();

    @Test
    void isFoundByServiceLoader() {
        assertThat(ServiceLoader.load(Protocol.class).stream().map(ServiceLoader.Provider::type))
                .contains(XmlRpcProtocol.class);
    }

    @Test
    void servesItsPathAndXmlContentTypes() {
        assertThat(protocol.name()).isEqualTo("XML-RPC");
        assertThat(protocol.paths()).containsExactly("/xmlrpc");
        assertThat(protocol.contentTypes()).containsExactlyInAnyOrder("text/xml", "application/xml");
    }

    @Test
    void descriptionShowsCurlAndPythonUsage() {
        assertThat(protocol.description()).contains("curl").contains("Content-Type: text/xml")
                .contains("ServerProxy('http://user:password@host/login/rpc')").contains("Content-Type: application/xml");
    }

    @Test
    void exampleRequestIsACallSkeletonThatDecodes() {
        MethodDescriptor method = kit.gateway().registry().find("ticket.component.create").orElseThrow();
        String example = protocol.exampleRequest(method).orElseThrow();
        assertThat(example).isEqualTo("<?xml version='1.0'?>\n<methodCall>\n"
                + "<methodName>ticket.component.create</methodName>\n<params>\n"
                + "<param>\n<value><string>name</string></value>\n</param>\n"
                + "<param>\n<value><struct>\n</struct></value>\n</param>\n"
                + "</params>\n</methodCall>\n");
        XmlRpcCall call = CallDecoder.decode(example.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT);
        assertThat(call).isEqualTo(new XmlRpcCall("ticket.component.create", List.of("name", Map.of())));
    }

    @Test
    void everyPublishedMethodHasAnExampleThatDecodesToItsArity() {
        for (MethodDescriptor method : kit.gateway().registry().methods()) {
            String example = protocol.exampleRequest(method).orElseThrow();
            XmlRpcCall call = CallDecoder.decode(example.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT);
            assertThat(call.methodName()).isEqualTo(method.name());
            assertThat(call.params()).hasSize(method.params().size());
        }
    }
}
