package io.polyport.core.registry;

import io.polyport.core.annotation.MethodKind;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the gateway knows about one published method: its name, documentation, permission, kind,
 * parameters and return type, plus the Java method and service instance it calls.
 *
 * @param name        the full published name, e.g. {@code ticket.get}
 * @param service     the namespace, e.g. {@code ticket}
 * @param serviceDoc  the service's documentation
 * @param doc         the method's documentation
 * @param permission  the action needed beyond {@code XML_RPC}, or empty
 * @param kind        what the method is, for resource-oriented protocols
 * @param params      the published parameters, in order
 * @param returnType  the neutral type of the result
 * @param javaReturnType the declared Java return type
 * @param javaMethod  the interface method
 * @param target      the service implementation to call it on
 */
public record MethodDescriptor(String name, String service, String serviceDoc, String doc, String permission,
                               MethodKind kind, List<ParamDescriptor> params, ValueType returnType,
                               Type javaReturnType, Method javaMethod, Object target) {

    public MethodDescriptor {
        params = List.copyOf(params);
    }

    /** The method name within its service, e.g. {@code get} for {@code ticket.get}. */
    public String shortName() {
        return name.substring(service.length() + 1);
    }

    /** The number of parameters a caller must pass. */
    public int requiredCount() {
        return (int) params.stream().filter(p -> !p.optional()).count();
    }

    /** The parameter marked as the resource identifier, if any. */
    public Optional<ParamDescriptor> identifier() {
        return params.stream().filter(ParamDescriptor::identifier).findFirst();
    }

    /**
     * Signatures in Trac's form: the return type then the parameter types, one entry per accepted arity,
     * e.g. {@code ["int,string,string", "int,string,string,struct"]}.
     */
    public List<String> signatures() {
        List<String> signatures = new ArrayList<>();
        StringBuilder signature = new StringBuilder(returnType.signatureName());
        int required = requiredCount();
        if (required == 0) {
            signatures.add(signature.toString());
        }
        for (int i = 0; i < params.size(); i++) {
            signature.append(',').append(params.get(i).valueType().signatureName());
            if (i + 1 >= required) {
                signatures.add(signature.toString());
            }
        }
        return signatures;
    }

    /** A human-readable prototype, e.g. {@code array ticket.query(string qstr="status!=closed")}. */
    public String prototype() {
        return returnType.signatureName() + " " + name + "(" + params.stream()
                .map(p -> p.valueType().signatureName() + " " + p.name()
                        + (p.optional() ? "=" + p.defaultJson() : ""))
                .collect(Collectors.joining(", ")) + ")";
    }

    /** The text {@code system.methodHelp} returns: the prototype, then the documentation. */
    public String help() {
        return doc.isEmpty() ? prototype() : prototype() + "\n\n" + doc;
    }
}
