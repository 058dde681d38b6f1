package io.polyport.xmlrpc;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.registry.ExampleValues;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.MethodRegistry;
import io.polyport.core.spi.ExampleRequest;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Protocol;
import io.polyport.core.spi.RpcExchange;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * XML-RPC as Trac's RPC plugin speaks it: the whole XML-RPC specification plus {@code i8} and {@code nil},
 * parsed with Apache XML-RPC's parser and type model through a hardened SAX reader, answered in the exact bytes
 * Python's {@code xmlrpc.client} writes. Every failure is a {@code <fault>} with HTTP 200 and the Trac fault
 * code; the response's Content-Type echoes the request's.
 */
public final class XmlRpcProtocol implements Protocol {
    private static final Logger LOG = LoggerFactory.getLogger(XmlRpcProtocol.class);
    private static final String DEFAULT_CONTENT_TYPE = "text/xml";
    private static final ThreadLocal<MessageWriter> WRITERS = ThreadLocal.withInitial(MessageWriter::new);

    @Override
    public String name() {
        return "XML-RPC";
    }

    @Override
    public Set<String> paths() {
        return Set.of("/xmlrpc");
    }

    @Override
    public Set<String> contentTypes() {
        return Set.of("text/xml", "application/xml");
    }

    @Override
    public void handle(RpcExchange exchange, Gateway gateway) {
        MessageWriter writer = WRITERS.get();
        byte[] body;
        try {
            XmlRpcCall call = CallDecoder.decode(exchange.body(), gateway.limits());
            Object result = gateway.invoker().invoke(exchange.context(), call.methodName(), call.params());
            body = writer.response(result);
        } catch (RpcException e) {
            body = writer.fault(e.faultCode(), e.getMessage());
        } catch (RuntimeException e) {
            String requestId = exchange.context().requestId();
            LOG.error("request {}: XML-RPC call failed", requestId, e);
            body = writer.fault(ErrorCode.INTERNAL.faultCode(), "Internal error (request " + requestId + ")");
        }
        String contentType = exchange.contentType();
        exchange.respond(200, contentType.isBlank() ? DEFAULT_CONTENT_TYPE : contentType, body);
    }

    @Override
    public String description() {
        return """
                XML-RPC, as spoken by Trac's XmlRpcPlugin: POST a `<methodCall>` with `Content-Type: text/xml` \
                (or `Content-Type: application/xml`) to `/rpc` or `/xmlrpc`, or to `/login/rpc` or \
                `/login/xmlrpc` to log in with HTTP Basic authentication. Besides the standard types, `<i8>` and `<nil/>` are accepted; \
                date-times are `20260501T12:00:00` in UTC, binaries `<base64>`. Every error is a `<fault>` with \
                HTTP status 200; `system.multicall` runs several calls in one request.

                ```
                curl -u user:password -H 'Content-Type: text/xml' --data \\
                  "<?xml version='1.0'?><methodCall><methodName>system.getAPIVersion</methodName><params/></methodCall>" \\
                  http://host/login/rpc
                ```

                From Python:

                ```python
                from xmlrpc.client import ServerProxy
                server = ServerProxy('http://user:password@host/login/rpc')
                print(server.system.getAPIVersion())
                ```
                """;
    }

    @Override
    public Optional<String> exampleRequest(MethodDescriptor method) {
        byte[] call = new MessageWriter().call(method.name(), ExampleValues.arguments(method));
        return Optional.of(new String(call, StandardCharsets.UTF_8));
    }

    @Override
    public List<ExampleRequest> examples(MethodDescriptor method, MethodRegistry registry) {
        return List.of(new ExampleRequest(name(), "POST", "/xmlrpc", "text/xml", exampleRequest(method).orElseThrow()));
    }

    @Override
    public Optional<String> errorForm(ErrorCode code) {
        return Optional.of("fault " + code.faultCode() + " (HTTP 200)");
    }
}
