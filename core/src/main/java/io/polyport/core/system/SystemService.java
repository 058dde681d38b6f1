package io.polyport.core.system;

import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.MethodKind;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import java.util.List;

/** The introspection and batching methods every Polyport gateway publishes, as Trac's RPC plugin does. */
@RpcService(value = "system", resource = "system", doc = "Core system functions: introspection and batching.")
public interface SystemService {

    @RpcMethod(kind = MethodKind.LIST, doc = "The names of the methods you may call.")
    List<String> listMethods(Caller caller);

    @RpcMethod(kind = MethodKind.READ, doc = "The prototype and documentation of a method.")
    String methodHelp(@Id String method);

    @RpcMethod(kind = MethodKind.READ,
            doc = "The signatures of a method: return type then parameter types, one entry per accepted arity.")
    List<String> methodSignature(@Id String method);

    @RpcMethod(doc = "Runs several calls in one request. Each item is a struct {methodName, params}; the result "
            + "holds, in order, a one-element array with the value of each call that succeeded and a struct "
            + "{faultCode, faultString} for each call that failed.")
    List<Object> multicall(List<Object> signatures, CallContext context);

    @RpcMethod(kind = MethodKind.READ,
            doc = "The RPC API version as [epoch, major, minor]: Polyport speaks Trac RPC API 1.2.")
    List<Integer> getAPIVersion();
}
