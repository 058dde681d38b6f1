package io.polyport.plugins.patchwork.api;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;

/**
 * The faults Patchwork's XML-RPC API sends, with its texts (which name the Python exception, as Patchwork's
 * dispatcher writes {@code <class '...'>:message}) and its fault code 1. The {@link ErrorCode} keeps the meaning
 * for REST (401, 403, 404, 400).
 */
final class Faults {
    private static final int PATCHWORK_FAULT = 1;

    private Faults() {
    }

    static RpcException noCredentials() {
        return fault(ErrorCode.UNAUTHENTICATED, "<class 'Exception'>:No authentication credentials given");
    }

    static RpcException notEditable() {
        return fault(ErrorCode.PERMISSION_DENIED, "<class 'Exception'>:No permissions to edit this patch");
    }

    static RpcException missing(String model) {
        return fault(ErrorCode.NOT_FOUND, "<class 'patchwork.models." + model + ".DoesNotExist'>:" + model
                + " matching query does not exist.");
    }

    static RpcException invalidCheckState(String state) {
        return fault(ErrorCode.VALIDATION_FAILED, "<class 'Exception'>:Invalid check state: " + state);
    }

    /** A filter value Django refused (e.g. a name where an id is expected). */
    static RpcException valueError(String message) {
        return fault(ErrorCode.VALIDATION_FAILED, "<class 'ValueError'>:" + message);
    }

    /** {@code check_list} naming a project or patch that does not exist. */
    static RpcException indexError() {
        return fault(ErrorCode.NOT_FOUND, "<class 'IndexError'>:list index out of range");
    }

    private static RpcException fault(ErrorCode code, String message) {
        return new RpcException(code, message).withFaultCode(PATCHWORK_FAULT);
    }
}
