package io.polyport.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RpcExceptionTest {

    @Test
    void theFaultCodeIsTheErrorCodesUnlessTheServiceChoseItsOwn() {
        RpcException denied = RpcException.permissionDenied("PATCH_VIEW", null);
        assertThat(denied.faultCode()).isEqualTo(403);

        RpcException patchworkStyle = denied.withFaultCode(1);
        assertThat(patchworkStyle.faultCode()).isEqualTo(1);
        assertThat(patchworkStyle.code()).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(patchworkStyle.getMessage()).isEqualTo(denied.getMessage());
    }

    @Test
    void choosingAFaultCodeKeepsFieldErrors() {
        RpcException invalid = RpcException.invalidField("state", "bad state").withFaultCode(7);
        assertThat(invalid.fieldErrors()).isEqualTo(List.of(new RpcException.FieldError("state", "bad state")));
        assertThat(invalid.code().httpStatus()).isEqualTo(400);
    }
}
