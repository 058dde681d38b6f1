package io.polyport.jsonrpc;

import io.polyport.core.annotation.Param;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.invoke.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Echo methods for every neutral value type, plus a few that show binding, caller injection and failures. */
@RpcService(value = "values", doc = "Echoes values back.")
public interface ValuesFixture {
    @RpcMethod(doc = "Returns the argument as decoded.")
    Object echo(Object value);

    @RpcMethod(doc = "The Java type the argument was decoded to.")
    String typeOf(Object value);

    @RpcMethod
    String echoString(String value);

    @RpcMethod
    int echoInt(int value);

    @RpcMethod
    long echoLong(long value);

    @RpcMethod
    boolean echoBoolean(boolean value);

    @RpcMethod
    double echoDouble(double value);

    @RpcMethod
    Instant echoDateTime(Instant value);

    @RpcMethod
    byte[] echoBinary(byte[] value);

    @RpcMethod
    List<Object> echoArray(List<Object> value);

    @RpcMethod
    Map<String, Object> echoStruct(Map<String, Object> value);

    @RpcMethod(doc = "A greeting; shows binding by name and defaults.")
    String greet(String name, @Param(defaultValue = "\"Hello\"") String greeting);

    @RpcMethod(doc = "The caller's name.")
    String whoAmI(Caller caller);

    @RpcMethod(doc = "Returns nothing.")
    void touch();

    @RpcMethod(doc = "Fails with an unexpected exception.")
    int explode();

    /** The implementation the tests bind. */
    final class Impl implements ValuesFixture {
        @Override
        public Object echo(Object value) {
            return value;
        }

        @Override
        public String typeOf(Object value) {
            return value == null ? "null" : value.getClass().getSimpleName();
        }

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
        public boolean echoBoolean(boolean value) {
            return value;
        }

        @Override
        public double echoDouble(double value) {
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
        public List<Object> echoArray(List<Object> value) {
            return value;
        }

        @Override
        public Map<String, Object> echoStruct(Map<String, Object> value) {
            return value;
        }

        @Override
        public String greet(String name, String greeting) {
            return greeting + ", " + name;
        }

        @Override
        public String whoAmI(Caller caller) {
            return caller.name();
        }

        @Override
        public void touch() {
        }

        @Override
        public int explode() {
            throw new IllegalStateException("database password is hunter2");
        }
    }
}
