package io.polyport.core.registry;

import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.Param;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.value.ValueMapper;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * All published methods, built once from the service bindings and immutable afterwards. It is the single
 * source for {@code system.listMethods}, {@code methodHelp}, {@code methodSignature}, the docs page and
 * resource-oriented documents such as OpenAPI.
 */
public final class MethodRegistry {
    /** Parameter types the invoker supplies itself; they are not published. */
    private static final List<Class<?>> CONTEXT_TYPES = List.of(CallContext.class, Caller.class);

    private final Map<String, MethodDescriptor> byName;
    private final List<MethodDescriptor> methods;
    private final Map<String, String> serviceDocs;

    private MethodRegistry(List<MethodDescriptor> methods) {
        this.methods = methods.stream().sorted(Comparator.comparing(MethodDescriptor::name)).toList();
        this.byName = Map.copyOf(this.methods.stream()
                .collect(Collectors.toMap(MethodDescriptor::name, Function.identity(), (a, b) -> {
                    throw new IllegalArgumentException("method " + a.name() + " is published twice");
                })));
        this.serviceDocs = new TreeMap<>(this.methods.stream()
                .collect(Collectors.toMap(MethodDescriptor::service, MethodDescriptor::serviceDoc, (a, b) -> a)));
    }

    /** Builds the registry of every {@link RpcMethod} of the given services. */
    public static MethodRegistry of(Collection<? extends ServiceBinding<?>> bindings, ValueMapper values) {
        List<MethodDescriptor> methods = new ArrayList<>();
        for (ServiceBinding<?> binding : bindings) {
            RpcService service = binding.type().getAnnotation(RpcService.class);
            if (service == null) {
                throw new IllegalArgumentException(binding.type() + " is not annotated with @RpcService");
            }
            for (Method method : binding.type().getMethods()) {
                RpcMethod rpc = method.getAnnotation(RpcMethod.class);
                if (rpc != null) {
                    methods.add(describe(service, rpc, method, binding.implementation(), values));
                }
            }
        }
        return new MethodRegistry(methods);
    }

    /** Whether a Java parameter is supplied by the invoker rather than by the caller. */
    public static boolean isContextParameter(Class<?> type) {
        return CONTEXT_TYPES.contains(type);
    }

    /** The method published under {@code name}. */
    public Optional<MethodDescriptor> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every method, sorted by name. */
    public List<MethodDescriptor> methods() {
        return methods;
    }

    /** Service namespaces and their documentation, sorted by namespace. */
    public Map<String, String> services() {
        return serviceDocs;
    }

    private static MethodDescriptor describe(RpcService service, RpcMethod rpc, Method method, Object target,
                                             ValueMapper values) {
        String simpleName = rpc.name().isEmpty() ? method.getName() : rpc.name();
        String name = service.value().isEmpty() ? simpleName : service.value() + "." + simpleName;
        List<ParamDescriptor> params = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (isContextParameter(parameter.getType())) {
                continue;
            }
            if (!parameter.isNamePresent()) {
                throw new IllegalStateException(name + ": compile services with -parameters");
            }
            Param annotation = parameter.getAnnotation(Param.class);
            boolean optional = annotation != null && !Param.REQUIRED.equals(annotation.defaultValue());
            String defaultJson = optional ? annotation.defaultValue() : null;
            Object defaultValue = optional ? values.parseDefault(defaultJson, parameter.getParameterizedType()) : null;
            if (!optional && !params.isEmpty() && params.get(params.size() - 1).optional()) {
                throw new IllegalStateException(name + ": required parameter " + parameter.getName()
                        + " follows an optional one");
            }
            params.add(new ParamDescriptor(parameter.getName(), parameter.getParameterizedType(),
                    ValueType.of(parameter.getParameterizedType()), annotation == null ? "" : annotation.doc(),
                    optional, defaultJson, defaultValue, parameter.isAnnotationPresent(Id.class)));
        }
        if (params.stream().filter(ParamDescriptor::identifier).count() > 1) {
            throw new IllegalStateException(name + ": more than one @Id parameter");
        }
        method.setAccessible(true);
        return new MethodDescriptor(name, service.value(), service.doc(), rpc.doc(), rpc.permission(), rpc.kind(),
                params, ValueType.of(method.getGenericReturnType()), method.getGenericReturnType(), method, target);
    }

    @Override
    public String toString() {
        return "MethodRegistry" + Arrays.toString(byName.keySet().toArray());
    }
}
