package io.polyport.core.registry;

import java.lang.reflect.Type;

/**
 * One published parameter of a method.
 *
 * @param name         the Java parameter name (compiled with {@code -parameters})
 * @param javaType     the declared Java type, which arguments are converted to
 * @param valueType    the neutral type it is carried as
 * @param doc          what it means, possibly empty
 * @param optional     whether callers may omit it (then {@code defaultValue} is used)
 * @param defaultJson  the default as written in the annotation (a JSON literal), or null when required
 * @param defaultValue the default converted to {@code javaType}; may be null
 * @param identifier   whether it identifies the resource the method works on
 */
public record ParamDescriptor(String name, Type javaType, ValueType valueType, String doc, boolean optional,
                              String defaultJson, Object defaultValue, boolean identifier) {
}
