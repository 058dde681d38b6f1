package io.polyport.xmlrpc;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.spi.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Decodes a request body into an {@link XmlRpcCall} through a {@linkplain SecureXmlReaders hardened reader}
 * and Apache's parser. Anything that is not a well-formed, valid call fails with {@link ErrorCode#PARSE_ERROR}
 * and the parser's message with its position; exceeded limits fail with {@link ErrorCode#LIMIT_EXCEEDED}.
 */
final class CallDecoder {
    private CallDecoder() {
    }

    /**
     * Decodes {@code body}.
     *
     * @throws RpcException if the body is not a valid {@code <methodCall>} within {@code limits}
     */
    static XmlRpcCall decode(byte[] body, Limits limits) {
        TracRequestParser parser = new TracRequestParser(limits);
        XMLReader reader = SecureXmlReaders.reader();
        reader.setContentHandler(parser);
        try {
            reader.parse(new InputSource(new ByteArrayInputStream(body)));
        } catch (SAXParseException e) {
            throw parseError(withPosition(e));
        } catch (SAXException e) {
            if (e.getException() instanceof RpcException limit) {
                throw limit;
            }
            throw parseError(e.getMessage());
        } catch (IOException e) {
            throw parseError(e.getMessage());
        } catch (RuntimeException e) {
            // Apache's parser trips over some malformed calls (e.g. <param> inside <methodName>).
            throw parseError(withPosition(new SAXParseException("Invalid XML-RPC request",
                    parser.getDocumentLocator())));
        } finally {
            reader.setContentHandler(SecureXmlReaders.IDLE);
        }
        if (parser.getMethodName() == null) {
            throw new RpcException(ErrorCode.INVALID_REQUEST, "methodCall has no methodName");
        }
        @SuppressWarnings("unchecked")
        List<Object> params = parser.getParams() == null ? new ArrayList<>() : parser.getParams();
        return new XmlRpcCall(parser.getMethodName(), params);
    }

    private static String withPosition(SAXParseException e) {
        String message = e.getMessage() == null ? "not well-formed" : e.getMessage();
        if (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        return e.getLineNumber() > 0
                ? message + ": line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                : message;
    }

    private static RpcException parseError(String message) {
        return new RpcException(ErrorCode.PARSE_ERROR, message == null ? "not well-formed" : message);
    }
}
