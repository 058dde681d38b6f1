package io.polyport.xmlrpc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Writes XML-RPC messages byte for byte as Python's {@code xmlrpc.client} writes them, which is what Trac
 * sends: prolog {@code <?xml version='1.0'?>}, one element per line, {@code <value><int>1</int></value>},
 * date-times as {@code 20260501T12:00:00} in UTC, base64 wrapped at 76 characters. {@code null} becomes an
 * empty string (as Trac sends {@code None}); a long outside the int range becomes {@code <i8>}. Not
 * thread-safe: a writer reuses its buffer from message to message.
 */
final class MessageWriter {
    private static final String PROLOG = "<?xml version='1.0'?>\n";
    private static final Base64.Encoder BASE64_LINES = Base64.getMimeEncoder(76, new byte[] {'\n'});
    private static final int RETAINED_CAPACITY = 1 << 20;

    private XmlOutput out = new XmlOutput(8192);

    /** A {@code <methodResponse>} carrying {@code value}. */
    byte[] response(Object value) {
        out.reset();
        out.ascii(PROLOG).ascii("<methodResponse>\n<params>\n<param>\n");
        value(value);
        out.ascii("</param>\n</params>\n</methodResponse>\n");
        return finish();
    }

    /** A {@code <methodResponse>} carrying a fault. */
    byte[] fault(int code, String message) {
        out.reset();
        out.ascii(PROLOG).ascii("<methodResponse>\n<fault>\n<value><struct>\n");
        out.ascii("<member>\n<name>faultCode</name>\n");
        integer(code);
        out.ascii("</member>\n<member>\n<name>faultString</name>\n");
        string(message);
        out.ascii("</member>\n</struct></value>\n</fault>\n</methodResponse>\n");
        return finish();
    }

    /** A {@code <methodCall>} of {@code methodName} with {@code params}. */
    byte[] call(String methodName, List<?> params) {
        out.reset();
        out.ascii(PROLOG).ascii("<methodCall>\n<methodName>").text(methodName).ascii("</methodName>\n<params>\n");
        for (Object param : params) {
            out.ascii("<param>\n");
            value(param);
            out.ascii("</param>\n");
        }
        out.ascii("</params>\n</methodCall>\n");
        return finish();
    }

    private byte[] finish() {
        byte[] message = out.toByteArray();
        if (out.capacity() > RETAINED_CAPACITY) {
            out = new XmlOutput(8192);
        }
        return message;
    }

    private void value(Object value) {
        if (value == null || value instanceof String) {
            string((String) value);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            integer(((Number) value).intValue());
        } else if (value instanceof Long number) {
            long n = number;
            if (n == (int) n) {
                integer((int) n);
            } else {
                out.ascii("<value><i8>").number(n).ascii("</i8></value>\n");
            }
        } else if (value instanceof Boolean flag) {
            out.ascii(flag ? "<value><boolean>1</boolean></value>\n" : "<value><boolean>0</boolean></value>\n");
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            out.ascii("<value><double>").ascii(PythonFloats.repr(((Number) value).doubleValue()))
                    .ascii("</double></value>\n");
        } else if (value instanceof BigInteger big) {
            value(big.bitLength() < Long.SIZE ? (Object) big.longValue() : big.toString());
        } else if (value instanceof Instant instant) {
            dateTime(instant);
        } else if (value instanceof Date date) {
            dateTime(date.toInstant());
        } else if (value instanceof byte[] binary) {
            out.ascii("<value><base64>\n");
            if (binary.length > 0) {
                out.raw(BASE64_LINES.encode(binary)).ascii("\n");
            }
            out.ascii("</base64></value>\n");
        } else if (value instanceof Map<?, ?> map) {
            struct(map);
        } else if (value instanceof Iterable<?> items) {
            out.ascii("<value><array><data>\n");
            for (Object item : items) {
                value(item);
            }
            out.ascii("</data></array></value>\n");
        } else if (value instanceof Object[] items) {
            value(List.of(items));
        } else {
            throw new IllegalArgumentException("cannot encode a " + value.getClass().getName() + " in XML-RPC");
        }
    }

    private void string(String text) {
        out.ascii("<value><string>");
        if (text != null) {
            out.text(text);
        }
        out.ascii("</string></value>\n");
    }

    private void integer(int n) {
        out.ascii("<value><int>").number(n).ascii("</int></value>\n");
    }

    private void struct(Map<?, ?> map) {
        out.ascii("<value><struct>\n");
        for (Map.Entry<?, ?> member : map.entrySet()) {
            out.ascii("<member>\n<name>").text(String.valueOf(member.getKey())).ascii("</name>\n");
            value(member.getValue());
            out.ascii("</member>\n");
        }
        out.ascii("</struct></value>\n");
    }

    private void dateTime(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        out.ascii("<value><dateTime.iso8601>");
        pad(utc.getYear(), 4);
        pad(utc.getMonthValue(), 2);
        pad(utc.getDayOfMonth(), 2);
        out.ascii("T");
        pad(utc.getHour(), 2);
        out.ascii(":");
        pad(utc.getMinute(), 2);
        out.ascii(":");
        pad(utc.getSecond(), 2);
        out.ascii("</dateTime.iso8601></value>\n");
    }

    private void pad(int n, int width) {
        String digits = Integer.toString(n);
        for (int i = digits.length(); i < width; i++) {
            out.ascii("0");
        }
        out.ascii(digits);
    }
}
