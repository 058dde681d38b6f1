package io.polyport.testkit.protocol;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.invoke.Caller;
import io.polyport.core.registry.ValueType;
import java.util.List;

/**
 * The only protocol-specific knowledge the conformance kit needs: how a call is written on the wire and how an
 * answer is read back. A protocol author implements it in the test sources, usually in a few dozen lines with the
 * JSON or XML library the tests already use.
 */
public interface ProtocolAdapter {

    /**
     * The request calling {@code method} with positional {@code args}, neutral values ({@code String},
     * {@code Integer}, {@code Long}, {@code Double}, {@code Boolean}, {@code Instant}, {@code byte[]}, {@code List},
     * {@code Map<String, ?>}). Write values literally: the hostile-body checks find an encoded argument in the
     * body and replace it.
     */
    WireRequest encode(String method, List<?> args);

    /**
     * The outcome an answer carries: the result as neutral values, or the error in the protocol's own form.
     *
     * @param returnType the declared type of the result ({@link ValueType#ANY} when unknown), for protocols whose
     *                   wire form does not say it (a date-time sent as a plain string)
     * @throws Exception when the answer is not a well-formed answer of the protocol
     */
    Outcome decode(WireResponse response, ValueType returnType) throws Exception;

    /**
     * The code under which the protocol reports {@code code} to {@code caller}, as {@link #decode} puts it into
     * {@link Outcome.Failed#code()}: an XML-RPC fault code, a JSON-RPC error code, an HTTP status.
     */
    String errorCode(ErrorCode code, Caller caller);

    /**
     * Whether the protocol exposes {@code method}. A generic RPC protocol exposes every method (the default); a
     * resource protocol names the ones it maps. Checks of other methods are skipped.
     */
    default boolean covers(String method) {
        return true;
    }
}
