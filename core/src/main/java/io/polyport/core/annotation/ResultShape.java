package io.polyport.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The shape of a result whose Java type does not tell it, for documents (OpenAPI, OpenRPC); calls are unaffected.
 * Each entry is a neutral type name as {@code system.methodSignature} spells it, a space and a name:
 * {@code "int id"}, {@code "DateTime time_created"}, {@code "struct attributes"}, {@code "any due"}.
 * {@link #tuple()} describes the innermost {@code List<Object>} of the return type (a positional array, as Trac's
 * {@code ticket.get} returns {@code [id, time_created, time_changed, attributes]}), so it also declares the
 * elements of a {@code List<List<Object>>}; {@link #fields()} describes the innermost {@code Map<String, Object>}
 * or {@code Object} (a struct with these members, possibly more).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ResultShape {
    /** The elements of a positional array, in order. */
    String[] tuple() default {};

    /** The members of a struct. */
    String[] fields() default {};
}
