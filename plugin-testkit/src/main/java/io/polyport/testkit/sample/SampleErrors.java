package io.polyport.testkit.sample;

import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;

/** Fails on demand with any {@link ErrorCode}, or with an unexpected exception whose text must never leak. */
@RpcService(value = "kit.errors", doc = "Conformance kit: failures on demand.")
public interface SampleErrors {
    /** Marks the text of {@link #crash()}'s exception, which a client must never see. */
    String SECRET = "kit-secret";
    /** The text of {@link #crash()}'s exception. */
    String CRASH_MESSAGE = SECRET + ": java.lang.IllegalStateException at io.polyport.testkit.Secret";

    @RpcMethod(doc = "Fails with the named error code and the message 'Sample failure: CODE'.")
    void raise(String code);

    @RpcMethod(doc = "Fails with an unexpected exception, which the client sees as an internal error.")
    int crash();

    /** The message {@link #raise} fails with. */
    static String messageOf(ErrorCode code) {
        return "Sample failure: " + code.name();
    }

    /** The implementation the kit publishes. */
    final class Impl implements SampleErrors {
        @Override
        public void raise(String code) {
            ErrorCode error = ErrorCode.valueOf(code);
            throw new RpcException(error, messageOf(error));
        }

        @Override
        public int crash() {
            throw new IllegalStateException(CRASH_MESSAGE);
        }
    }
}
