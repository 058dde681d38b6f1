package io.polyport.xmlrpc;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Hands out SAX readers that are safe for client XML: a {@code DOCTYPE} is refused outright, so no DTD, no
 * internal or external entity and no entity expansion (billion laughs) ever happens; external entities and
 * DTD loading are off as well, secure processing is on, and any attempt to resolve an entity fails. The JDK's
 * own parser is used whatever else is on the class path. A reader is reused by its thread, since creating one
 * costs more than parsing a typical request.
 */
final class SecureXmlReaders {
    /** A content handler that holds nothing, installed between requests. */
    static final DefaultHandler IDLE = new DefaultHandler();

    private static final SAXParserFactory FACTORY = hardenedFactory();
    private static final ThreadLocal<XMLReader> READERS = ThreadLocal.withInitial(SecureXmlReaders::newReader);

    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // Warnings do not make a request invalid.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private SecureXmlReaders() {
    }

    /** This thread's reader; set a content handler before parsing and {@link #IDLE} after. */
    static XMLReader reader() {
        return READERS.get();
    }

    private static SAXParserFactory hardenedFactory() {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser refuses a hardening feature", e);
        }
        return factory;
    }

    private static XMLReader newReader() {
        try {
            XMLReader reader = FACTORY.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entities are not allowed: " + systemId);
            });
            reader.setErrorHandler(STRICT);
            reader.setContentHandler(IDLE);
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot create a hardened SAX reader", e);
        }
    }
}
