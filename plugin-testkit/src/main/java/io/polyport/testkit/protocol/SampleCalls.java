package io.polyport.testkit.protocol;

import io.polyport.core.error.ErrorCode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calls the kit makes on its sample services and on {@code system}: at least one per published method,
 * covering every value type, optional parameters, permissions and failures.
 */
public final class SampleCalls {
    /** Text that every encoding must carry: non-ASCII, markup characters, quotes, tab and newline. */
    public static final String AWKWARD_TEXT = "Grüße, 世界 😀 <&> \"quoted\" 'apos' back\\slash\ttab\nnew line";

    private SampleCalls() {
    }

    /** Every sample call. */
    public static List<SampleCall> all() {
        return List.of(
                SampleCall.labelled("empty", "kit.values.echoString", ""),
                SampleCall.labelled("ascii", "kit.values.echoString", "plain"),
                SampleCall.labelled("awkward text", "kit.values.echoString", AWKWARD_TEXT),
                SampleCall.labelled("zero", "kit.values.echoInt", 0),
                SampleCall.labelled("min", "kit.values.echoInt", Integer.MIN_VALUE),
                SampleCall.labelled("max", "kit.values.echoInt", Integer.MAX_VALUE),
                SampleCall.labelled("min", "kit.values.echoLong", Long.MIN_VALUE),
                SampleCall.labelled("2^53+1", "kit.values.echoLong", 9007199254740993L),
                SampleCall.labelled("fraction", "kit.values.echoDouble", 2.5),
                SampleCall.labelled("negative", "kit.values.echoDouble", -0.1),
                SampleCall.labelled("tiny", "kit.values.echoDouble", 1.0E-7),
                SampleCall.labelled("largest", "kit.values.echoDouble", Double.MAX_VALUE),
                SampleCall.labelled("true", "kit.values.echoBoolean", true),
                SampleCall.labelled("false", "kit.values.echoBoolean", false),
                SampleCall.labelled("date-time", "kit.values.echoDateTime", Instant.parse("2026-05-01T12:34:56Z")),
                SampleCall.labelled("epoch", "kit.values.echoDateTime", Instant.EPOCH),
                SampleCall.labelled("every byte", "kit.values.echoBinary", everyByte()),
                SampleCall.labelled("empty", "kit.values.echoBinary", new byte[0]),
                SampleCall.labelled("mixed", "kit.values.echoList",
                        List.of(1, "two", 3.5, true, List.of("nested"), Map.of("key", "value"))),
                SampleCall.labelled("empty", "kit.values.echoList", List.of()),
                SampleCall.labelled("mixed", "kit.values.echoStruct", struct()),
                SampleCall.labelled("empty", "kit.values.echoStruct", Map.of()),
                SampleCall.labelled("string", "kit.values.echoAny", "any"),
                SampleCall.labelled("int", "kit.values.echoAny", 42),
                SampleCall.labelled("struct", "kit.values.echoAny", Map.of("list", List.of(1, 2))),
                SampleCall.of("kit.values.sum", List.of(1, 2, 3, 4)),
                SampleCall.labelled("default punctuation", "kit.values.greet", "kit"),
                SampleCall.labelled("given punctuation", "kit.values.greet", "kit", "?"),
                SampleCall.of("kit.values.describe", "card", 6),
                SampleCall.of("kit.values.touch"),
                SampleCall.of("kit.access.open"),
                SampleCall.of("kit.access.view"),
                SampleCall.of("kit.access.modify"),
                SampleCall.of("kit.access.administer"),
                SampleCall.of("kit.errors.raise", ErrorCode.NOT_FOUND.name()),
                SampleCall.of("kit.errors.crash"),
                SampleCall.of("system.listMethods"),
                SampleCall.of("system.methodHelp", "kit.values.greet"),
                SampleCall.of("system.methodSignature", "kit.values.greet"),
                SampleCall.of("system.getAPIVersion"),
                SampleCall.of("system.multicall", List.of(
                        Map.of("methodName", "kit.values.echoInt", "params", List.of(7)),
                        Map.of("methodName", "kit.errors.raise", "params", List.of(ErrorCode.CONFLICT.name())))));
    }

    /** Calls the invoker refuses: unknown methods and wrong arguments. */
    public static List<SampleCall> refusedByInvoker() {
        return List.of(
                SampleCall.labelled("unknown method", "kit.values.noSuchMethod"),
                SampleCall.labelled("not a number", "kit.values.echoInt", "not a number"),
                SampleCall.labelled("missing argument", "kit.values.echoInt"),
                SampleCall.labelled("too many arguments", "kit.values.echoInt", 1, 2),
                SampleCall.labelled("list for a string", "kit.values.echoString", List.of("x")));
    }

    private static byte[] everyByte() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    private static Map<String, Object> struct() {
        Map<String, Object> struct = new LinkedHashMap<>();
        struct.put("name", "kit");
        struct.put("count", 7);
        struct.put("ratio", 0.5);
        struct.put("flag", false);
        struct.put("list", List.of(1, 2));
        struct.put("inner", Map.of("a", "b"));
        return struct;
    }
}
