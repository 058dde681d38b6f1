package io.polyport.xmlrpc;

import java.util.ArrayList;
import java.util.List;
import org.apache.ws.commons.util.NamespaceContextImpl;
import org.apache.xmlrpc.common.TypeFactory;
import org.apache.xmlrpc.common.XmlRpcStreamConfig;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/** Parses {@code <array><data><value>...</value>...</data></array>} into a {@link List}. */
final class ListParser extends ContainerParser {
    private int level;
    private List<Object> list;

    ListParser(XmlRpcStreamConfig config, NamespaceContextImpl context, TypeFactory factory) {
        super(config, context, factory);
    }

    @Override
    public void startDocument() throws SAXException {
        super.startDocument();
        level = 0;
        list = new ArrayList<>();
    }

    @Override
    protected void addResult(Object value) {
        list.add(value);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        switch (level++) {
            case 0 -> expect(uri, localName, "array");
            case 1 -> expect(uri, localName, "data");
            case 2 -> {
                expect(uri, localName, "value");
                startValueTag();
            }
            default -> super.startElement(uri, localName, qName, attributes);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (--level) {
            case 0 -> setResult(list);
            case 1 -> {
                // </data>
            }
            case 2 -> endValueTag();
            default -> super.endElement(uri, localName, qName);
        }
    }
}
