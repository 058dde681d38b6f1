package io.polyport.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The positional shape of a result that Trac returns as an array of mixed values, e.g. {@code ticket.get}'s
 * {@code [id, time_created, time_changed, attributes]}. Each entry is a neutral type name as
 * {@code system.methodSignature} spells it, a space and the element's name: {@code "int id"},
 * {@code "DateTime time_created"}, {@code "struct attributes"}. It describes the innermost {@code List<Object>} of
 * the return type, so it also declares the elements of a {@code List<List<Object>>}. Documents (OpenAPI, OpenRPC)
 * use it; calls are unaffected.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Tuple {
    /** The elements in order, each {@code "<type> <name>"}. */
    String[] value();
}
