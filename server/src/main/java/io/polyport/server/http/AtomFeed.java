package io.polyport.server.http;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Timeline events as an Atom 1.0 feed (RFC 4287), newest first, written with the JDK's StAX writer. */
final class AtomFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private AtomFeed() {
    }

    /**
     * The feed of {@code events} (as {@code timeline.getEvents} returns them, newest first).
     *
     * @param baseUrl the server's address, for absolute links and ids
     */
    static byte[] render(List<Map<String, Object>> events, String baseUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "title", "Polyport timeline");
            element(xml, "id", baseUrl + "/timeline.atom");
            link(xml, baseUrl + "/timeline.atom", "self");
            element(xml, "updated", (events.isEmpty() ? Instant.EPOCH : events.get(0).get("time")).toString());
            for (Map<String, Object> event : events) {
                xml.writeStartElement("entry");
                element(xml, "id", baseUrl + "/timeline.atom#event-" + event.get("id"));
                element(xml, "title", String.valueOf(event.get("title")));
                element(xml, "updated", event.get("time").toString());
                xml.writeStartElement("author");
                element(xml, "name", String.valueOf(event.get("author")));
                xml.writeEndElement();
                element(xml, "category", null, "term", String.valueOf(event.get("kind")));
                link(xml, baseUrl + event.get("link"), "alternate");
                xml.writeStartElement("content");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(String.valueOf(event.get("text")));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed", e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        element(xml, name, text, null, null);
    }

    private static void element(XMLStreamWriter xml, String name, String text, String attribute, String value)
            throws XMLStreamException {
        xml.writeStartElement(name);
        if (attribute != null) {
            xml.writeAttribute(attribute, value);
        }
        if (text != null) {
            xml.writeCharacters(text);
        }
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
