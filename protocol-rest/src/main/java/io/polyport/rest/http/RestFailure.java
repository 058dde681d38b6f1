package io.polyport.rest.http;

import io.polyport.core.error.RpcException.FieldError;
import java.util.List;
import java.util.Map;

/**
 * An HTTP-level refusal raised before or around a call (bad paging, missing {@code If-Match}, unsupported media
 * type); answered as problem JSON with its status and headers.
 */
public final class RestFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<FieldError> errors;
    private final transient Map<String, String> headers;

    public RestFailure(int status, String detail) {
        this(status, detail, List.of(), Map.of());
    }

    public RestFailure(int status, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    /** A 400 naming the one query parameter or field that is wrong. */
    public static RestFailure badField(String field, String detail) {
        return new RestFailure(400, detail, List.of(new FieldError(field, detail)), Map.of());
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
