package io.polyport.xmlrpc;

import java.util.List;
import java.util.Objects;

/**
 * A decoded {@code <methodCall>}: the method name and its positional parameters as neutral values.
 *
 * @param methodName the called method, e.g. {@code ticket.get}
 * @param params     the parameters, in order; may contain {@code null} (nil)
 */
record XmlRpcCall(String methodName, List<Object> params) {
    XmlRpcCall {
        Objects.requireNonNull(methodName);
        Objects.requireNonNull(params);
    }
}
