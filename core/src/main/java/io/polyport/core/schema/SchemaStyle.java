package io.polyport.core.schema;

/**
 * How a protocol carries the values JSON has no type for, and which JSON Schema dialect its document speaks.
 *
 * @param classHints   date-times and binaries travel as Trac's class hints
 *                     ({@code {"__jsonclass__": ["datetime", "..."]}}) rather than as plain strings
 * @param prefixItems  tuples use 2020-12's {@code prefixItems} (OpenAPI 3.1) rather than draft-07's array form of
 *                     {@code items} (OpenRPC)
 */
public record SchemaStyle(boolean classHints, boolean prefixItems) {
    /** REST and OpenAPI 3.1: ISO-8601 strings, base64 strings, JSON Schema 2020-12. */
    public static final SchemaStyle OPENAPI = new SchemaStyle(false, true);
    /** JSON-RPC and OpenRPC 1.3: class hints, JSON Schema draft-07. */
    public static final SchemaStyle OPENRPC = new SchemaStyle(true, false);
}
