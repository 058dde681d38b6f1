package io.polyport.xmlrpc;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.spi.Limits;
import org.apache.xmlrpc.parser.XmlRpcRequestParser;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Apache's {@code <methodCall>} parser, extended to accept what Trac accepts and to enforce the gateway's
 * limits. A {@code <param>} may hold a typed element without the {@code <value>} wrapper (Trac ticket 9096):
 * the missing wrapper is supplied. Arrays and structs may nest at most {@link Limits#maxNestingDepth()} deep,
 * and no text run may be longer than {@link Limits#maxStringLength()} characters. Namespace prefix mappings
 * are not passed on: element namespaces arrive with each element, and Apache's bookkeeping of prefixes fails
 * on a prefix declared on a type element ({@code <ex:nil xmlns:ex="...">}). One instance parses one request.
 */
final class TracRequestParser extends XmlRpcRequestParser {
    /** Elements open around a parameter's value: methodCall, params, param. */
    private static final int PARAM_CONTENT_DEPTH = 3;
    private static final Attributes NO_ATTRIBUTES = new AttributesImpl();

    private final Limits limits;
    private int depth;
    private int containers;
    private int textLength;
    private boolean suppliedValue;

    TracRequestParser(Limits limits) {
        super(ExtensionsOffConfig.INSTANCE, NeutralTypeFactory.INSTANCE);
        this.limits = limits;
    }

    @Override
    public void startDocument() throws SAXException {
        super.startDocument();
        depth = 0;
        containers = 0;
        textLength = 0;
        suppliedValue = false;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        textLength = 0;
        if (depth == PARAM_CONTENT_DEPTH && !ContainerParser.is(uri, localName, "value")) {
            super.startElement("", "value", "value", NO_ATTRIBUTES);
            suppliedValue = true;
        }
        depth++;
        if (isContainer(uri, localName) && ++containers > limits.maxNestingDepth()) {
            throw new SAXException(new RpcException(ErrorCode.LIMIT_EXCEEDED,
                    "Arrays and structs may be nested at most " + limits.maxNestingDepth() + " deep"));
        }
        super.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        textLength = 0;
        depth--;
        if (isContainer(uri, localName)) {
            containers--;
        }
        super.endElement(uri, localName, qName);
        if (depth == PARAM_CONTENT_DEPTH && suppliedValue) {
            suppliedValue = false;
            super.endElement("", "value", "value");
        }
    }

    @Override
    public void characters(char[] chars, int offset, int length) throws SAXException {
        textLength += length;
        if (textLength > limits.maxStringLength()) {
            throw new SAXException(new RpcException(ErrorCode.LIMIT_EXCEEDED,
                    "A value is longer than " + limits.maxStringLength() + " characters"));
        }
        super.characters(chars, offset, length);
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        // Not needed: see the class comment.
    }

    @Override
    public void endPrefixMapping(String prefix) {
        // Not needed: see the class comment.
    }

    private static boolean isContainer(String uri, String localName) {
        return ContainerParser.is(uri, localName, "array") || ContainerParser.is(uri, localName, "struct");
    }
}
