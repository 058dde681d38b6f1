package io.polyport.plugins.rt.http;

/** The status lines RT writes at the top of a body (HTTP itself says 200 unless noted). */
public enum RtStatus {
    OK(200, "Ok"),
    BAD_REQUEST(400, "Bad Request"),
    BAD_QUERY(400, "Bad request"),
    CREDENTIALS_REQUIRED(401, "Credentials required"),
    NOT_FOUND(404, "Not Found"),
    SYNTAX_ERROR(409, "Syntax Error"),
    INTERNAL(500, "Internal Server Error");

    private final int code;
    private final String text;

    RtStatus(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public int code() {
        return code;
    }

    public String text() {
        return text;
    }
}
