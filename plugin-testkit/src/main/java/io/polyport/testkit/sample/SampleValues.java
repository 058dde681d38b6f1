package io.polyport.testkit.sample;

import io.polyport.core.annotation.Param;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Echoes every neutral value type, takes optional parameters, returns a record and nothing at all. */
@RpcService(value = "kit.values", doc = "Conformance kit: every value type, echoed.")
public interface SampleValues {

    /** A record result, carried as a struct. */
    record Card(String name, int count, double ratio, boolean even, List<String> tags) {
    }

    @RpcMethod(doc = "Returns the string.")
    String echoString(String value);

    @RpcMethod(doc = "Returns the int.")
    int echoInt(int value);

    @RpcMethod(doc = "Returns the 64-bit integer.")
    long echoLong(long value);

    @RpcMethod(doc = "Returns the double.")
    double echoDouble(double value);

    @RpcMethod(doc = "Returns the boolean.")
    boolean echoBoolean(boolean value);

    @RpcMethod(doc = "Returns the date-time.")
    Instant echoDateTime(Instant value);

    @RpcMethod(doc = "Returns the binary.")
    byte[] echoBinary(byte[] value);

    @RpcMethod(doc = "Returns the list.")
    List<Object> echoList(List<Object> value);

    @RpcMethod(doc = "Returns the struct.")
    Map<String, Object> echoStruct(Map<String, Object> value);

    @RpcMethod(doc = "Returns the value, whatever its type.")
    Object echoAny(Object value);

    @RpcMethod(doc = "The sum of a list of ints.")
    int sum(List<Integer> values);

    @RpcMethod(doc = "Greets: the name followed by the punctuation, '!' when omitted.")
    String greet(String name, @Param(doc = "Appended to the name.", defaultValue = "\"!\"") String punctuation);

    @RpcMethod(doc = "A card describing the name and count, as a struct.")
    Card describe(String name, int count);

    @RpcMethod(doc = "Does nothing and returns nothing.")
    void touch();

    /** The implementation the kit publishes. */
    final class Impl implements SampleValues {
        @Override
        public String echoString(String value) {
            return value;
        }

        @Override
        public int echoInt(int value) {
            return value;
        }

        @Override
        public long echoLong(long value) {
            return value;
        }

        @Override
        public double echoDouble(double value) {
            return value;
        }

        @Override
        public boolean echoBoolean(boolean value) {
            return value;
        }

        @Override
        public Instant echoDateTime(Instant value) {
            return value;
        }

        @Override
        public byte[] echoBinary(byte[] value) {
            return value;
        }

        @Override
        public List<Object> echoList(List<Object> value) {
            return value;
        }

        @Override
        public Map<String, Object> echoStruct(Map<String, Object> value) {
            return value;
        }

        @Override
        public Object echoAny(Object value) {
            return value;
        }

        @Override
        public int sum(List<Integer> values) {
            return values.stream().mapToInt(Integer::intValue).sum();
        }

        @Override
        public String greet(String name, String punctuation) {
            return name + punctuation;
        }

        @Override
        public Card describe(String name, int count) {
            return new Card(name, count, count / 4.0, count % 2 == 0, List.of(name, "n" + count));
        }

        @Override
        public void touch() {
        }
    }
}
