package io.polyport.server.docs;

import java.util.List;

/**
 * What the docs page template shows, computed for one caller; every string is plain text that the template
 * escapes, except {@link ProtocolView#descriptionHtml()}, which is already sanitised Markdown.
 *
 * @param caller          the caller's name
 * @param base            {@code /login} when the page was asked for under it, else empty: try-it calls go there
 * @param apiVersion      Trac's RPC API version, e.g. {@code 1.2.0}
 * @param polyportVersion Polyport's version
 * @param protocols       the installed protocols
 * @param tryProtocols    the wire forms try-it can send, by id ({@code xmlrpc}, {@code jsonrpc2}, ...) and label
 * @param services        the namespaces with the methods the caller may call
 * @param errorColumns    the protocol names heading the error table's columns
 * @param errors          one row per neutral error
 */
public record DocsView(String caller, String base, String apiVersion, String polyportVersion,
                       List<ProtocolView> protocols, List<Choice> tryProtocols, List<ServiceView> services,
                       List<String> errorColumns, List<ErrorRow> errors) {

    /** The number of methods shown. */
    public int methodCount() {
        return services.stream().mapToInt(service -> service.methods().size()).sum();
    }

    /** A protocol: its URLs, media types and description. */
    public record ProtocolView(String name, String urls, String contentTypes, String descriptionHtml) {
    }

    /** A choice of a select box. */
    public record Choice(String id, String label) {
    }

    /** A namespace and its methods. */
    public record ServiceView(String name, String doc, List<MethodView> methods) {
    }

    /**
     * One method.
     *
     * @param name       the full name, also the element id (the permalink)
     * @param prototype  e.g. {@code array ticket.query(string qstr="status!=closed")}
     * @param doc        its documentation
     * @param permission the permission needed
     * @param returns    the neutral return type
     * @param params     its parameters
     * @param examples   the same call in every installed protocol
     * @param python     the call with Python's {@code xmlrpc.client}
     * @param searchText lower-case words the search box matches
     */
    public record MethodView(String name, String prototype, String doc, String permission, String returns,
                      List<ParamView> params, List<ExampleView> examples, String python, String searchText) {
    }

    /**
     * One parameter.
     *
     * @param name         its name
     * @param type         the neutral type, e.g. {@code DateTime}
     * @param optional     whether it may be omitted
     * @param defaultValue the default as a JSON literal, or empty
     * @param doc          what it means
     * @param example      the value try-it starts with, as JSON
     */
    public record ParamView(String name, String type, boolean optional, String defaultValue, String doc,
                            String example) {
    }

    /** One example request with its {@code curl} line. */
    public record ExampleView(String label, String request, String curl) {
    }

    /** A neutral error and its form in each protocol (in the order of the columns). */
    public record ErrorRow(String name, String description, List<String> forms) {
    }
}
