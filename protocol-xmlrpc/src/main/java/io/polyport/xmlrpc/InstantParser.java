package io.polyport.xmlrpc;

import io.polyport.core.value.DateTimes;
import org.apache.xmlrpc.parser.AtomicParser;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses {@code <dateTime.iso8601>} into an {@link java.time.Instant}: Trac's {@code 20260501T12:00:00} (UTC)
 * and the ISO-8601 spellings {@link DateTimes#parse} accepts (dashes, fractions, {@code Z} or an offset).
 */
final class InstantParser extends AtomicParser {
    @Override
    protected void setResult(String text) throws SAXException {
        try {
            super.setResult(DateTimes.parse(text));
        } catch (IllegalArgumentException e) {
            throw new SAXParseException(e.getMessage(), getDocumentLocator());
        }
    }
}
