package com.example.notes;

import io.polyport.core.annotation.MethodKind;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;

@RpcService(value = "", doc = "Methods at the root, without a namespace.")
public interface FlatApi {

    @RpcMethod(kind = MethodKind.READ, permission = "NOTE_VIEW", doc = "The notes API version.")
    int notes_version();
}
