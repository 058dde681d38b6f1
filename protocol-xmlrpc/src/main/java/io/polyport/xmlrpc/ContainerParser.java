package io.polyport.xmlrpc;

import javax.xml.namespace.QName;
import org.apache.ws.commons.util.NamespaceContextImpl;
import org.apache.xmlrpc.common.TypeFactory;
import org.apache.xmlrpc.common.XmlRpcStreamConfig;
import org.apache.xmlrpc.parser.RecursiveTypeParserImpl;
import org.xml.sax.SAXParseException;

/**
 * Base of the parsers for {@code <array>} and {@code <struct>}: Apache's recursive parser, which hands each
 * nested {@code <value>} to the parser the type factory picks, plus a check of the expected element.
 */
abstract class ContainerParser extends RecursiveTypeParserImpl {

    ContainerParser(XmlRpcStreamConfig config, NamespaceContextImpl context, TypeFactory factory) {
        super(config, context, factory);
    }

    /** Whether the element is {@code expected}, in no namespace. */
    static boolean is(String uri, String localName, String expected) {
        return uri.isEmpty() && expected.equals(localName);
    }

    /** Fails unless the element is {@code expected}, in no namespace. */
    void expect(String uri, String localName, String expected) throws SAXParseException {
        if (!is(uri, localName, expected)) {
            throw new SAXParseException("Expected " + expected + " element, got " + new QName(uri, localName),
                    getDocumentLocator());
        }
    }
}
