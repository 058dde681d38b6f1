package io.polyport.xmlrpc;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import java.time.Instant;

final class TestServiceImpl implements TestService {
    /** Text that must never reach a client. */
    static final String SECRET = "jdbc:secret-password";

    @Override
    public Object echo(Object value) {
        return value;
    }

    @Override
    public String typeOf(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }

    @Override
    public Instant echoDate(Instant when) {
        return when;
    }

    @Override
    public long echoLong(long value) {
        return value;
    }

    @Override
    public int create(String summary, String description) {
        return 1;
    }

    @Override
    public Object missing(int id) {
        throw RpcException.notFound("Ticket " + id + " does not exist.");
    }

    @Override
    public int adminOnly() {
        return 42;
    }

    @Override
    public Object fail(String code, String message) {
        throw new RpcException(ErrorCode.valueOf(code), message);
    }

    @Override
    public Object crash() {
        throw new IllegalStateException(SECRET);
    }

    @Override
    public String character(int codePoint) {
        return Character.toString(codePoint);
    }

    @Override
    public void nothing() {
    }

    @Override
    public Object none() {
        return null;
    }
}
