package io.polyport.core.system;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.invoke.Invoker;
import io.polyport.core.registry.MethodDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@code system} methods. It reaches the registry and makes nested calls through the invoker, which is
 * built after this service is registered; hence the supplier.
 */
public final class SystemServiceImpl implements SystemService {
    /** Trac RPC API 1.2, as [epoch, major, minor]. */
    static final List<Integer> API_VERSION = List.of(1, 2, 0);

    private final Supplier<Invoker> invoker;
    private final int maxBatchSize;

    public SystemServiceImpl(Supplier<Invoker> invoker, int maxBatchSize) {
        this.invoker = invoker;
        this.maxBatchSize = maxBatchSize;
    }

    @Override
    public List<String> listMethods(Caller caller) {
        return invoker.get().registry().methods().stream()
                .filter(method -> Invoker.mayCall(caller, method))
                .map(MethodDescriptor::name)
                .toList();
    }

    @Override
    public String methodHelp(String method) {
        return find(method).help();
    }

    @Override
    public List<String> methodSignature(String method) {
        return find(method).signatures();
    }

    @Override
    public List<Object> multicall(List<Object> signatures, CallContext context) {
        if (signatures.size() > maxBatchSize) {
            throw new RpcException(ErrorCode.LIMIT_EXCEEDED,
                    "system.multicall takes at most " + maxBatchSize + " calls (" + signatures.size() + " given)");
        }
        List<Object> results = new ArrayList<>(signatures.size());
        for (Object signature : signatures) {
            try {
                results.add(List.of(callOne(signature, context)));
            } catch (RpcException e) {
                results.add(fault(e));
            }
        }
        return results;
    }

    @Override
    public List<Integer> getAPIVersion() {
        return API_VERSION;
    }

    private Object callOne(Object signature, CallContext context) {
        if (!(signature instanceof Map<?, ?> item) || !(item.get("methodName") instanceof String name)) {
            throw new RpcException(ErrorCode.INVALID_REQUEST,
                    "system.multicall expects structs with a string 'methodName' and an array 'params'");
        }
        Object params = item.get("params");
        if (params != null && !(params instanceof List<?>)) {
            throw new RpcException(ErrorCode.INVALID_PARAMS, "'params' of a multicall item must be an array");
        }
        Object value = invoker.get().invoke(context, name, params == null ? List.of() : (List<?>) params);
        return value == null ? "" : value;
    }

    private static Map<String, Object> fault(RpcException e) {
        Map<String, Object> fault = new LinkedHashMap<>();
        fault.put("faultCode", e.faultCode());
        fault.put("faultString", e.getMessage());
        return fault;
    }

    private MethodDescriptor find(String method) {
        return invoker.get().registry().find(method).orElseThrow(() -> new RpcException(
                ErrorCode.METHOD_NOT_FOUND, "RPC method \"" + method + "\" not found"));
    }
}
