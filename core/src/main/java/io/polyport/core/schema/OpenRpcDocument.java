package io.polyport.core.schema;

import io.polyport.core.annotation.MethodKind;
import io.polyport.core.error.ErrorCode;
import io.polyport.core.registry.ExampleValues;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.ParamDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenRPC 1.3 document of a set of methods, as plain maps and lists: each method with its documentation,
 * parameters (JSON Schemas from {@link JsonSchemas} in the JSON-RPC style, date-times and binaries as class hints),
 * result and the errors it can answer with (JSON-RPC codes). {@code rpc.discover} returns it; the server also
 * serves it at {@code /rpc/openrpc.json}.
 */
public final class OpenRpcDocument {
    /** The OpenRPC specification version the document follows. */
    public static final String OPENRPC_VERSION = "1.3.2";
    private static final JsonSchemas SCHEMAS = new JsonSchemas(SchemaStyle.OPENRPC);

    private OpenRpcDocument() {
    }

    /** The document describing {@code methods}, under {@code version} (Polyport's). */
    public static Map<String, Object> of(List<MethodDescriptor> methods, String version) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openrpc", OPENRPC_VERSION);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", "Polyport");
        info.put("version", version);
        info.put("description", "The methods of a Polyport gateway that the caller may call, over JSON-RPC 1.0 "
                + "(Trac's form) and 2.0 at /jsonrpc and /rpc (Content-Type: application/json). The same methods "
                + "are served over XML-RPC and REST.");
        document.put("info", info);
        List<Object> described = new ArrayList<>();
        for (MethodDescriptor method : methods) {
            described.add(method(method));
        }
        document.put("methods", described);
        Map<String, Object> errors = new LinkedHashMap<>();
        for (ErrorCode code : ErrorCode.values()) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", code.jsonRpcCode());
            error.put("message", code.description());
            errors.put(code.name(), error);
        }
        document.put("components", Map.of("errors", errors));
        return document;
    }

    private static Map<String, Object> method(MethodDescriptor method) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("name", method.name());
        described.put("summary", method.prototype());
        if (!method.doc().isEmpty()) {
            described.put("description", method.doc());
        }
        described.put("tags", List.of(Map.of("name", method.service())));
        described.put("paramStructure", "either");
        List<Object> params = new ArrayList<>();
        for (ParamDescriptor param : method.params()) {
            params.add(param(param));
        }
        described.put("params", params);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", "result");
        result.put("schema", SCHEMAS.result(method));
        described.put("result", result);
        described.put("errors", errors(method).stream()
                .map(code -> Map.of("$ref", "#/components/errors/" + code.name())).toList());
        described.put("x-permission", method.permission().isEmpty() ? "XML_RPC" : method.permission());
        return described;
    }

    private static Map<String, Object> param(ParamDescriptor param) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("name", param.name());
        if (!param.doc().isEmpty()) {
            described.put("description", param.doc());
        }
        described.put("required", !param.optional());
        Map<String, Object> schema = SCHEMAS.of(param.javaType());
        Object defaultValue = param.optional() ? ExampleValues.parseDefault(param.defaultJson()) : null;
        if (defaultValue != null) {
            schema.put("default", defaultValue);
        }
        described.put("schema", schema);
        return described;
    }

    /** The errors a call of {@code method} can end in, beyond those of any request. */
    static List<ErrorCode> errors(MethodDescriptor method) {
        List<ErrorCode> codes = new ArrayList<>(List.of(ErrorCode.INVALID_PARAMS, ErrorCode.PERMISSION_DENIED));
        if (method.identifier().isPresent()) {
            codes.add(ErrorCode.NOT_FOUND);
        }
        if (method.kind() != MethodKind.READ && method.kind() != MethodKind.LIST) {
            codes.addAll(List.of(ErrorCode.VALIDATION_FAILED, ErrorCode.CONFLICT));
        }
        codes.add(ErrorCode.INTERNAL);
        return codes;
    }
}
