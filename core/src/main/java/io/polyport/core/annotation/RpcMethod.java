package io.polyport.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Publishes a method of an {@link RpcService} interface. The invoker checks {@link #permission()} (after the
 * gateway-wide {@code XML_RPC} gate) before the method runs; the method itself never checks it again.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RpcMethod {
    /** The published name within the service; the Java method name when empty. */
    String name() default "";

    /** The permission action the caller needs, e.g. {@code "TICKET_VIEW"}; empty for none beyond XML_RPC. */
    String permission() default "";

    /** What the method does, for humans: {@code system.methodHelp}, the docs page, OpenAPI. */
    String doc() default "";

    /** What the method is, in protocol-neutral words. */
    MethodKind kind() default MethodKind.ACTION;
}
