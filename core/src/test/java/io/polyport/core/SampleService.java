package io.polyport.core;

import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.MethodKind;
import io.polyport.core.annotation.Param;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@RpcService(value = "sample", doc = "A service for testing the core.")
public interface SampleService {
    record Item(int id, String name, Instant when, byte[] data) {
    }

    @RpcMethod(kind = MethodKind.CREATE, permission = "SAMPLE_CREATE", doc = "Creates an item.")
    int create(String summary, String description, @Param(defaultValue = "{}") Map<String, Object> attributes,
               @Param(defaultValue = "false") boolean notify, @Param(defaultValue = "null") Instant when);

    @RpcMethod(kind = MethodKind.READ, permission = "SAMPLE_VIEW")
    Item get(@Id int id);

    @RpcMethod(kind = MethodKind.LIST, permission = "SAMPLE_VIEW")
    List<Integer> query(@Param(doc = "A filter.", defaultValue = "\"status!=closed\"") String qstr);

    @RpcMethod
    String whoAmI(Caller caller);

    @RpcMethod
    void nothing();

    @RpcMethod
    int broken();

    @RpcMethod
    int missing(int id);

    /** The implementation used by the tests. */
    final class Impl implements SampleService {
        public Object[] lastCreate;

        @Override
        public int create(String summary, String description, Map<String, Object> attributes, boolean notify,
                          Instant when) {
            lastCreate = new Object[] {summary, description, attributes, notify, when};
            return 7;
        }

        @Override
        public Item get(int id) {
            return new Item(id, "item " + id, Instant.ofEpochSecond(1_700_000_000L), new byte[] {0, 1, (byte) 255});
        }

        @Override
        public List<Integer> query(String qstr) {
            return List.of(qstr.length());
        }

        @Override
        public String whoAmI(Caller caller) {
            return caller.name();
        }

        @Override
        public void nothing() {
        }

        @Override
        public int broken() {
            throw new IllegalStateException("secret internals");
        }

        @Override
        public int missing(int id) {
            throw RpcException.notFound("Sample " + id + " does not exist.");
        }
    }
}
