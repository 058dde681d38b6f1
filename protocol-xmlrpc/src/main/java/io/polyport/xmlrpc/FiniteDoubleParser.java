package io.polyport.xmlrpc;

import org.apache.xmlrpc.parser.AtomicParser;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses {@code <double>} and refuses values no double holds ({@code 1e999999}) and the non-finite ones
 * ({@code inf}, {@code nan}): JSON and the other protocols cannot carry them, and a service never expects them.
 */
final class FiniteDoubleParser extends AtomicParser {
    private static final int SHOWN_CHARACTERS = 40;

    @Override
    protected void setResult(String text) throws SAXException {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new SAXParseException("Failed to parse double value: " + shown(text), getDocumentLocator());
        }
        if (!Double.isFinite(value)) {
            throw new SAXParseException("double value out of range: " + shown(text), getDocumentLocator());
        }
        super.setResult(value);
    }

    private static String shown(String text) {
        String stripped = text.strip();
        return stripped.length() <= SHOWN_CHARACTERS ? stripped : stripped.substring(0, SHOWN_CHARACTERS) + "…";
    }
}
