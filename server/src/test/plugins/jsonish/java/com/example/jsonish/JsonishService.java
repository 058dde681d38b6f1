package com.example.jsonish;

import io.polyport.core.annotation.MethodKind;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;

@RpcService(value = "jsonish", resource = "jsonish", doc = "JSON handled by the Jackson this plugin bundles.")
public interface JsonishService {

    @RpcMethod(kind = MethodKind.READ, permission = "JSONISH_USE", doc = "The bundled Jackson's version.")
    String jacksonVersion();

    @RpcMethod(kind = MethodKind.READ, permission = "JSONISH_USE", doc = "The class loader of ObjectMapper.")
    String mapperLoader();

    @RpcMethod(permission = "JSONISH_USE", doc = "Parses JSON and writes it back with sorted keys.")
    String normalize(String json);

    @RpcMethod(kind = MethodKind.READ, permission = "JSONISH_USE",
            doc = "Whether the server's own classes (its storage) are visible to the plugin.")
    boolean seesServerInternals();
}
