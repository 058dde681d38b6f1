package io.polyport.tracker.ticket.wire;

import io.polyport.server.testing.TestServer;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;

/** XML-RPC through Apache's client, as a Java Trac client talks to {@code /login/xmlrpc}. */
final class XmlRpcWireClient implements WireClient {
    private final TestServer server;

    XmlRpcWireClient(TestServer server) {
        this.server = server;
    }

    @Override
    public String name() {
        return "XML-RPC";
    }

    @Override
    public Object call(String user, String method, Object... params) {
        XmlRpcClient client = server.xmlRpcClient("/login/xmlrpc", user, TestServer.ADMIN_PASSWORD);
        try {
            return normalise(client.execute(method, Arrays.stream(params).map(XmlRpcWireClient::toWire).toList()));
        } catch (XmlRpcException e) {
            throw new Fault(e.code, e.getMessage());
        }
    }

    private static Object toWire(Object value) {
        if (value instanceof Instant instant) {
            return Date.from(instant);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> struct = new LinkedHashMap<>();
            map.forEach((k, v) -> struct.put((String) k, toWire(v)));
            return struct;
        }
        return value;
    }

    private static Object normalise(Object value) {
        if (value instanceof Object[] array) {
            List<Object> list = new ArrayList<>();
            for (Object item : array) {
                list.add(normalise(item));
            }
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> struct = new LinkedHashMap<>();
            map.forEach((k, v) -> struct.put((String) k, normalise(v)));
            return struct;
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return value;
    }
}
