package io.polyport.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optional extra information about a parameter of an {@link RpcMethod}. Parameter names come from the
 * {@code -parameters} compiler flag; this annotation adds documentation and a default value, which makes the
 * parameter optional. Only trailing parameters may be optional.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Param {
    /** Marker for "no default": the parameter is required. */
    String REQUIRED = "\u0000required";

    /** What the parameter means. */
    String doc() default "";

    /**
     * The value used when the caller omits the parameter, as a JSON literal: {@code "{}"}, {@code "false"},
     * {@code "null"}, {@code "\"status!=closed\""}. Unset means the parameter is required.
     */
    String defaultValue() default REQUIRED;
}
