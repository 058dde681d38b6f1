package io.polyport.testkit.protocol;

import java.util.List;

/**
 * One call the kit makes: a method and its positional arguments, neutral values.
 *
 * @param label  how the check is named in the test report
 * @param method the published method name
 * @param args   the arguments
 */
public record SampleCall(String label, String method, List<Object> args) {
    public SampleCall {
        args = List.copyOf(args);
    }

    /** A call labelled with its method name. */
    public static SampleCall of(String method, Object... args) {
        return new SampleCall(method, method, List.of(args));
    }

    /** A call with a label saying what it exercises. */
    public static SampleCall labelled(String label, String method, Object... args) {
        return new SampleCall(method + " (" + label + ")", method, List.of(args));
    }
}
