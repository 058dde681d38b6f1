package io.polyport.xmlrpc;

import org.apache.ws.commons.util.NamespaceContextImpl;
import org.apache.xmlrpc.common.TypeFactoryImpl;
import org.apache.xmlrpc.common.XmlRpcStreamConfig;
import org.apache.xmlrpc.parser.I8Parser;
import org.apache.xmlrpc.parser.NullParser;
import org.apache.xmlrpc.parser.TypeParser;
import org.apache.xmlrpc.serializer.XmlRpcWriter;

/**
 * Apache's type factory narrowed to the neutral value set: {@code int}/{@code i4}, {@code boolean},
 * {@code string} and {@code base64} use Apache's parsers, {@code double} refuses non-finite values; {@code i8}
 * and {@code nil} are accepted plain and in Apache's extension namespace; dates become {@link java.time.Instant}s, arrays
 * {@link java.util.List}s and structs ordered maps. Every other extension type, {@code ex:serializable}
 * included, gets no parser, so the request fails before anything is deserialized. Stateless and thread-safe.
 */
final class NeutralTypeFactory extends TypeFactoryImpl {
    static final NeutralTypeFactory INSTANCE = new NeutralTypeFactory();

    private NeutralTypeFactory() {
        super(null);
    }

    @Override
    public TypeParser getParser(XmlRpcStreamConfig config, NamespaceContextImpl context, String uri,
                                String localName) {
        if (XmlRpcWriter.EXTENSIONS_URI.equals(uri)) {
            return switch (localName) {
                case "i8" -> new I8Parser();
                case "nil" -> new NullParser();
                default -> null;
            };
        }
        if (!uri.isEmpty()) {
            return null;
        }
        return switch (localName) {
            case "i8" -> new I8Parser();
            case "nil" -> new NullParser();
            case "dateTime.iso8601" -> new InstantParser();
            case "array" -> new ListParser(config, context, this);
            case "struct" -> new StructParser(config, context, this);
            case "double" -> new FiniteDoubleParser();
            case "int", "i4", "boolean", "string", "base64" ->
                    super.getParser(config, context, uri, localName);
            default -> null;
        };
    }
}
