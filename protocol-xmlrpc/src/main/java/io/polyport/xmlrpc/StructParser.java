package io.polyport.xmlrpc;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.ws.commons.util.NamespaceContextImpl;
import org.apache.xmlrpc.common.TypeFactory;
import org.apache.xmlrpc.common.XmlRpcStreamConfig;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses {@code <struct><member><name>n</name><value>...</value></member>...</struct>} into a
 * {@link LinkedHashMap} that keeps the members' order. A repeated name keeps its last value, as Python does.
 */
final class StructParser extends ContainerParser {
    private final StringBuilder name = new StringBuilder();
    private int level;
    private Map<String, Object> struct;
    private boolean inName;
    private String memberName;
    private boolean memberHasValue;

    StructParser(XmlRpcStreamConfig config, NamespaceContextImpl context, TypeFactory factory) {
        super(config, context, factory);
    }

    @Override
    public void startDocument() throws SAXException {
        super.startDocument();
        level = 0;
        struct = new LinkedHashMap<>();
        inName = false;
    }

    @Override
    protected void addResult(Object value) {
        struct.put(memberName, value);
        memberHasValue = true;
    }

    @Override
    public void characters(char[] chars, int offset, int length) throws SAXException {
        if (inName) {
            name.append(chars, offset, length);
        } else {
            super.characters(chars, offset, length);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        switch (level++) {
            case 0 -> expect(uri, localName, "struct");
            case 1 -> {
                expect(uri, localName, "member");
                memberName = null;
                memberHasValue = false;
            }
            case 2 -> startMemberPart(uri, localName);
            default -> super.startElement(uri, localName, qName, attributes);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (--level) {
            case 0 -> setResult(struct);
            case 1 -> {
                if (!memberHasValue) {
                    throw new SAXParseException("Expected name and value elements in member", getDocumentLocator());
                }
            }
            case 2 -> {
                if (inName) {
                    inName = false;
                    memberName = name.toString();
                } else {
                    endValueTag();
                }
            }
            default -> super.endElement(uri, localName, qName);
        }
    }

    private void startMemberPart(String uri, String localName) throws SAXException {
        if (memberName == null && is(uri, localName, "name")) {
            inName = true;
            name.setLength(0);
            return;
        }
        if (memberName == null || memberHasValue) {
            throw new SAXParseException("Expected one name then one value element in member",
                    getDocumentLocator());
        }
        expect(uri, localName, "value");
        startValueTag();
    }
}
