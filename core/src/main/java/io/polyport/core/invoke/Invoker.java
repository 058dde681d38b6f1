package io.polyport.core.invoke;

import io.polyport.core.error.DatabaseFailures;
import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.MethodRegistry;
import io.polyport.core.registry.ParamDescriptor;
import io.polyport.core.value.ValueMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way into a service, shared by every protocol: finds the method, checks the {@code XML_RPC} gate and
 * the method's permission, binds and converts the arguments, calls the service and maps whatever it throws to
 * an {@link RpcException} with a neutral {@link ErrorCode}. Arguments and results are neutral values.
 */
public final class Invoker {
    private static final Logger LOG = LoggerFactory.getLogger(Invoker.class);

    private final MethodRegistry registry;
    private final ValueMapper values;
    private final Map<String, Class<?>[]> javaParameterTypes = new HashMap<>();

    public Invoker(MethodRegistry registry, ValueMapper values) {
        this.registry = registry;
        this.values = values;
        for (MethodDescriptor method : registry.methods()) {
            javaParameterTypes.put(method.name(), method.javaMethod().getParameterTypes());
        }
    }

    public MethodRegistry registry() {
        return registry;
    }

    public ValueMapper values() {
        return values;
    }

    /** Whether {@code caller} passes the permission checks of {@code method}. */
    public static boolean mayCall(Caller caller, MethodDescriptor method) {
        return caller.has(Permissions.XML_RPC) && (method.permission().isEmpty() || caller.has(method.permission()));
    }

    /**
     * Calls {@code methodName} with positional arguments.
     *
     * @return the result as a neutral value
     * @throws RpcException for every failure, with a message fit for the client
     */
    public Object invoke(CallContext context, String methodName, List<?> args) {
        return observed(context, methodName, method -> invokePositional(context, method, args));
    }

    /** Calls {@code methodName} with arguments given by parameter name. */
    public Object invokeNamed(CallContext context, String methodName, Map<String, ?> args) {
        return observed(context, methodName, method -> invokeByName(context, method, args));
    }

    /**
     * Tells the context's observer about the call before and after it, then authorizes it and runs {@code call}
     * on the method found.
     */
    private Object observed(CallContext context, String methodName, Function<MethodDescriptor, Object> call) {
        CallObserver observer = context.observer();
        observer.beforeCall(methodName);
        long start = System.nanoTime();
        MethodDescriptor method = null;
        try {
            requireGate(context.caller());
            method = find(methodName);
            requirePermission(context.caller(), method);
            Object result = call.apply(method);
            observer.afterCall(method.name(), System.nanoTime() - start, null);
            return result;
        } catch (RpcException e) {
            observer.afterCall(method == null ? null : method.name(), System.nanoTime() - start, e.code());
            throw e;
        }
    }

    private Object invokePositional(CallContext context, MethodDescriptor method, List<?> args) {
        List<ParamDescriptor> params = method.params();
        if (args.size() > params.size()) {
            throw invalidParams(method.name() + "() takes at most " + params.size() + " argument"
                    + (params.size() == 1 ? "" : "s") + " (" + args.size() + " given)");
        }
        Object[] bound = new Object[params.size()];
        for (int i = 0; i < params.size(); i++) {
            ParamDescriptor param = params.get(i);
            if (i < args.size()) {
                bound[i] = convert(method, param, args.get(i));
            } else if (param.optional()) {
                bound[i] = param.defaultValue();
            } else {
                throw invalidParams(method.name() + "() missing required argument '" + param.name() + "'");
            }
        }
        return call(context, method, bound);
    }

    private Object invokeByName(CallContext context, MethodDescriptor method, Map<String, ?> args) {
        List<ParamDescriptor> params = method.params();
        for (String name : args.keySet()) {
            if (params.stream().noneMatch(p -> p.name().equals(name))) {
                throw invalidParams(method.name() + "() has no parameter '" + name + "'");
            }
        }
        Object[] bound = new Object[params.size()];
        for (int i = 0; i < params.size(); i++) {
            ParamDescriptor param = params.get(i);
            if (args.containsKey(param.name())) {
                bound[i] = convert(method, param, args.get(param.name()));
            } else if (param.optional()) {
                bound[i] = param.defaultValue();
            } else {
                throw invalidParams(method.name() + "() missing required argument '" + param.name() + "'");
            }
        }
        return call(context, method, bound);
    }

    private MethodDescriptor find(String methodName) {
        return registry.find(methodName).orElseThrow(() -> new RpcException(
                ErrorCode.METHOD_NOT_FOUND, "RPC method \"" + methodName + "\" not found"));
    }

    private static void requireGate(Caller caller) {
        if (!caller.has(Permissions.XML_RPC)) {
            throw RpcException.permissionDenied(Permissions.XML_RPC, null);
        }
    }

    private static void requirePermission(Caller caller, MethodDescriptor method) {
        if (!method.permission().isEmpty() && !caller.has(method.permission())) {
            throw RpcException.permissionDenied(method.permission(), null);
        }
    }

    private Object convert(MethodDescriptor method, ParamDescriptor param, Object value) {
        try {
            return values.toJava(value, param.javaType());
        } catch (IllegalArgumentException e) {
            throw invalidParams(method.name() + "(): parameter '" + param.name() + "' " + e.getMessage());
        }
    }

    private Object call(CallContext context, MethodDescriptor method, Object[] published) {
        Class<?>[] javaTypes = javaParameterTypes.get(method.name());
        Object[] javaArgs = published;
        if (javaTypes.length != published.length) {
            javaArgs = new Object[javaTypes.length];
            int next = 0;
            for (int i = 0; i < javaTypes.length; i++) {
                javaArgs[i] = javaTypes[i] == CallContext.class ? context
                        : javaTypes[i] == Caller.class ? context.caller()
                        : published[next++];
            }
        }
        Method javaMethod = method.javaMethod();
        try {
            Object result = javaMethod.invoke(method.target(), javaArgs);
            Class<?> returnType = javaMethod.getReturnType();
            return returnType == void.class ? Integer.valueOf(0) : values.toValue(result);
        } catch (InvocationTargetException e) {
            throw mapFailure(context, method, e.getCause());
        } catch (IllegalAccessException e) {
            throw mapFailure(context, method, e);
        }
    }

    private static RpcException mapFailure(CallContext context, MethodDescriptor method, Throwable failure) {
        if (failure instanceof RpcException rpc) {
            return rpc;
        }
        Optional<RpcException> database = DatabaseFailures.asError(failure);
        if (database.isPresent()) {
            LOG.warn("request {}: {} failed: {} ({})", context.requestId(), method.name(), database.get().getMessage(),
                    failure.toString());
            return database.get();
        }
        LOG.error("request {}: {} failed", context.requestId(), method.name(), failure);
        return new RpcException(ErrorCode.INTERNAL,
                "Internal error while executing '" + method.name() + "' (request " + context.requestId() + ")");
    }

    private static RpcException invalidParams(String message) {
        return new RpcException(ErrorCode.INVALID_PARAMS, message);
    }
}
