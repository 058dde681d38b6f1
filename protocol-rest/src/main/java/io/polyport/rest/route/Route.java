package io.polyport.rest.route;

import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.ParamDescriptor;
import java.util.List;
import java.util.Optional;

/**
 * One HTTP operation derived from a registry method.
 *
 * @param httpMethod the verb, e.g. {@code PATCH}
 * @param template   the path below the mount as segments; {@code {name}} segments bind the parameter of that name
 * @param method     the registry method it calls
 * @param role       how the request is answered
 * @param resource   the collection the route belongs to, e.g. {@code tickets}; empty for {@code /rpc} routes
 */
public record Route(String httpMethod, List<String> template, MethodDescriptor method, RouteRole role,
                    String resource) {
    public Route {
        template = List.copyOf(template);
    }

    /** The template as a path, e.g. {@code /tickets/{id}}. */
    public String path() {
        return "/" + String.join("/", template);
    }

    /** The path with variables unnamed, e.g. {@code /tickets/{}}: two routes of one shape cannot both exist. */
    public String shape() {
        return "/" + String.join("/", template.stream().map(s -> isVariable(s) ? "{}" : s).toList());
    }

    /** The names of the path's variables, in order. */
    public List<String> pathVariables() {
        return template.stream().filter(Route::isVariable).map(s -> s.substring(1, s.length() - 1)).toList();
    }

    /**
     * The method parameter a path variable binds. All routes of a resource name the item's identifier like the
     * item read does ({@code /wiki/{pagename}}), so the variable after the resource name binds the method's own
     * {@code @Id} parameter, whatever it is called ({@code wiki.deletePage(name)}); other variables bind the
     * parameter of their name.
     */
    public String parameterFor(String variable) {
        boolean identifies = role != RouteRole.CALL && template.size() > 1 && template.get(1).equals("{" + variable + "}");
        return identifies ? method.identifier().map(ParamDescriptor::name).orElse(variable) : variable;
    }

    /** The parameters bound from the path, in order. */
    public List<String> pathParameters() {
        return pathVariables().stream().map(this::parameterFor).toList();
    }

    /** The parameter receiving the raw request body ({@code byte[]}), if the method takes one. */
    public Optional<ParamDescriptor> binaryParam() {
        return method.params().stream().filter(p -> p.javaType() == byte[].class).findFirst();
    }

    static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
