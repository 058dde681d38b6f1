package io.polyport.xmlrpc;

import java.nio.charset.StandardCharsets;
import java.util.TimeZone;
import org.apache.xmlrpc.common.XmlRpcStreamConfig;

/**
 * The configuration Apache's type parsers read while decoding a request. It is immutable and answers
 * {@code false} to {@link #isEnabledForExtensions()} for good: Apache's extension types, among them
 * {@code ex:serializable} (Java deserialization, CVE-2016-5003), can never be switched on by a request.
 */
final class ExtensionsOffConfig implements XmlRpcStreamConfig {
    static final ExtensionsOffConfig INSTANCE = new ExtensionsOffConfig();

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private ExtensionsOffConfig() {
    }

    @Override
    public boolean isEnabledForExtensions() {
        return false;
    }

    @Override
    public String getEncoding() {
        return StandardCharsets.UTF_8.name();
    }

    @Override
    public TimeZone getTimeZone() {
        return (TimeZone) UTC.clone();
    }
}
