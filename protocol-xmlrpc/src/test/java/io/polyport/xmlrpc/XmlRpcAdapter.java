package io.polyport.xmlrpc;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.invoke.Caller;
import io.polyport.core.registry.ValueType;
import io.polyport.testkit.protocol.Outcome;
import io.polyport.testkit.protocol.ProtocolAdapter;
import io.polyport.testkit.protocol.WireRequest;
import io.polyport.testkit.protocol.WireResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** XML-RPC for the conformance kit: calls written as Python writes them, answers read with the JDK's DOM. */
final class XmlRpcAdapter implements ProtocolAdapter {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HH:mm:ss");

    @Override
    public WireRequest encode(String method, List<?> args) {
        return WireRequest.post("text/xml", new MessageWriter().call(method, args));
    }

    @Override
    public Outcome decode(WireResponse response, ValueType returnType) throws Exception {
        if (response.status() != 200) {
            throw new IllegalStateException("XML-RPC answers with HTTP 200, not " + response.status());
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()))
                .getDocumentElement();
        Element fault = child(root, "fault");
        if (fault != null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> struct = (Map<String, Object>) value(child(fault, "value"));
            return Outcome.failed(String.valueOf(struct.get("faultCode")), (String) struct.get("faultString"));
        }
        return Outcome.returned(value(child(child(child(root, "params"), "param"), "value")));
    }

    @Override
    public String errorCode(ErrorCode code, Caller caller) {
        return String.valueOf(code.faultCode());
    }

    private static Object value(Element value) {
        Element typed = firstElement(value);
        if (typed == null) {
            return value.getTextContent();
        }
        String text = typed.getTextContent();
        return switch (typed.getTagName()) {
            case "string" -> text;
            case "int", "i4" -> Integer.valueOf(text.strip());
            case "i8" -> Long.valueOf(text.strip());
            case "boolean" -> text.strip().equals("1");
            case "double" -> Double.valueOf(text.strip());
            case "dateTime.iso8601" -> LocalDateTime.parse(text.strip(), DATE_TIME).toInstant(ZoneOffset.UTC);
            case "base64" -> Base64.getMimeDecoder().decode(text.strip());
            case "nil" -> null;
            case "array" -> array(child(typed, "data"));
            case "struct" -> struct(typed);
            default -> throw new IllegalArgumentException("unknown XML-RPC type " + typed.getTagName());
        };
    }

    private static List<Object> array(Element data) {
        List<Object> items = new ArrayList<>();
        for (Node n = data.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element item) {
                items.add(value(item));
            }
        }
        return items;
    }

    private static Map<String, Object> struct(Element struct) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (Node n = struct.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element member) {
                members.put(child(member, "name").getTextContent(), value(child(member, "value")));
            }
        }
        return members;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }
}
