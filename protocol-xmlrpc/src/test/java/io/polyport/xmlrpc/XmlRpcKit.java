package io.polyport.xmlrpc;

import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.core.spi.testing.BufferedExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Drives {@link XmlRpcProtocol} without a server: builds requests, posts them, reads the answers. */
final class XmlRpcKit {
    static final Caller ADMIN = new Caller("admin", true, Set.of("TRAC_ADMIN"));
    static final Caller USER = new Caller("user", true, Set.of("XML_RPC", "TICKET_VIEW"));
    static final Caller NO_XML_RPC = new Caller("noxml", true, Set.of("TICKET_VIEW"));
    static final Caller ANONYMOUS = Caller.anonymous(Set.of("TICKET_VIEW"));

    private static final Pattern FAULT_CODE = Pattern.compile(
            "<name>faultCode</name>\n<value><int>(-?\\d+)</int></value>");
    private static final Pattern FAULT_STRING = Pattern.compile(
            "<name>faultString</name>\n<value><string>(.*?)</string></value>", Pattern.DOTALL);

    private final XmlRpcProtocol protocol = new XmlRpcProtocol();
    private final Gateway gateway;

    XmlRpcKit() {
        this(Limits.DEFAULT);
    }

    XmlRpcKit(Limits limits) {
        gateway = Gateway.of(List.of(
                ServiceBinding.of(TestService.class, new TestServiceImpl()),
                ServiceBinding.of(FakeTrac.Tickets.class, new FakeTrac.TicketsImpl()),
                ServiceBinding.of(FakeTrac.Components.class, new FakeTrac.ComponentsImpl())), limits);
    }

    Gateway gateway() {
        return gateway;
    }

    /** Posts {@code body} as {@code caller} with the given Content-Type. */
    BufferedExchange post(Caller caller, String contentType, byte[] body) {
        BufferedExchange exchange = new BufferedExchange("POST", "/login/xmlrpc", "", body,
                new CallContext(caller, protocol.name(), "req-7"))
                .withHeader("Content-Type", contentType);
        protocol.handle(exchange, gateway);
        return exchange;
    }

    /** Posts {@code body} as the admin with Content-Type text/xml and returns the response body. */
    String call(String body) {
        return call(ADMIN, body);
    }

    /** Posts {@code body} as {@code caller} with Content-Type text/xml and returns the response body. */
    String call(Caller caller, String body) {
        BufferedExchange exchange = post(caller, "text/xml", body.getBytes(StandardCharsets.UTF_8));
        if (exchange.status() != 200) {
            throw new AssertionError("HTTP " + exchange.status() + ": " + exchange.responseText());
        }
        return exchange.responseText();
    }

    /** A methodCall as Python's xmlrpc.client writes it; each parameter is the XML of one {@code <value>}. */
    static String methodCall(String method, String... values) {
        StringBuilder xml = new StringBuilder("<?xml version='1.0'?>\n<methodCall>\n<methodName>")
                .append(method).append("</methodName>\n<params>\n");
        for (String value : values) {
            xml.append("<param>\n").append(value).append("\n</param>\n");
        }
        return xml.append("</params>\n</methodCall>\n").toString();
    }

    /** The exact methodResponse carrying one value, given as the lines of its {@code <value>}. */
    static String response(String value) {
        return "<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n" + value
                + "\n</param>\n</params>\n</methodResponse>\n";
    }

    /** The exact methodResponse carrying a fault. */
    static String fault(int code, String message) {
        return "<?xml version='1.0'?>\n<methodResponse>\n<fault>\n<value><struct>\n<member>\n"
                + "<name>faultCode</name>\n<value><int>" + code + "</int></value>\n</member>\n<member>\n"
                + "<name>faultString</name>\n<value><string>" + message + "</string></value>\n</member>\n"
                + "</struct></value>\n</fault>\n</methodResponse>\n";
    }

    static int faultCode(String response) {
        Matcher m = FAULT_CODE.matcher(response);
        if (!m.find()) {
            throw new AssertionError("not a fault: " + response);
        }
        return Integer.parseInt(m.group(1));
    }

    static String faultString(String response) {
        Matcher m = FAULT_STRING.matcher(response);
        if (!m.find()) {
            throw new AssertionError("not a fault: " + response);
        }
        return m.group(1);
    }

    /** A file under {@code src/test/resources}. */
    static byte[] resource(String path) {
        try (InputStream in = XmlRpcKit.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
