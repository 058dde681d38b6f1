package io.polyport.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Java interface as an RPC service. Its {@link RpcMethod}s are published as
 * {@code <value>.<method>}, e.g. {@code ticket.get} or {@code ticket.milestone.getAll}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RpcService {
    /**
     * The namespace of the service's methods, e.g. {@code "ticket"} or {@code "ticket.milestone"}; empty publishes
     * them without one ({@code patch_list}), as some trackers' APIs are.
     */
    String value();

    /** One sentence saying what the service is for; shown on the docs page. */
    String doc() default "";

    /**
     * The name of the resource collection the service manages, for resource-oriented protocols (REST, OpenAPI),
     * e.g. {@code "wiki"}. Empty means derived: the last segment of {@link #value()}, pluralised
     * ({@code ticket.milestone} manages {@code milestones}).
     */
    String resource() default "";
}
