package io.polyport.xmlrpc;

import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import java.time.Instant;

/** Values and failures for exercising the protocol. */
@RpcService(value = "test", doc = "Values and failures for protocol tests.")
public interface TestService {
    @RpcMethod(doc = "Returns its argument unchanged.")
    Object echo(Object value);

    @RpcMethod(doc = "The Java type the argument was decoded to, or null.")
    String typeOf(Object value);

    @RpcMethod(doc = "Returns a date-time parameter.")
    Instant echoDate(Instant when);

    @RpcMethod(doc = "Returns a long parameter.")
    long echoLong(long value);

    @RpcMethod(doc = "Creates nothing and answers 1, like the first ticket.create.")
    int create(String summary, String description);

    @RpcMethod(doc = "Always fails: the resource does not exist.")
    Object missing(int id);

    @RpcMethod(permission = "TICKET_ADMIN", doc = "Needs TICKET_ADMIN.")
    int adminOnly();

    @RpcMethod(doc = "Fails with the given neutral error code and message.")
    Object fail(String code, String message);

    @RpcMethod(doc = "Fails with an exception that is not an RpcException.")
    Object crash();

    @RpcMethod(doc = "The string holding the character with the given code point.")
    String character(int codePoint);

    @RpcMethod(doc = "Returns nothing.")
    void nothing();

    @RpcMethod(doc = "Returns null.")
    Object none();
}
