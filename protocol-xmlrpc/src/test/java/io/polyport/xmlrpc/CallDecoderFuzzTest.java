package io.polyport.xmlrpc;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.polyport.core.error.RpcException;
import io.polyport.core.spi.Limits;

/**
 * Coverage-guided fuzzing of the XML-RPC request decoder: any body either decodes or fails with an
 * {@link RpcException}; nothing else may escape (a crash, a stack overflow, an unexpected runtime exception).
 * Plain test runs replay the corpus in {@code CallDecoderFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class CallDecoderFuzzTest {
    private static final Limits LIMITS = new Limits(64 * 1024, 32, 64 * 1024, 100);

    @FuzzTest(maxDuration = "60s")
    void decodesOrRefuses(byte[] body) {
        try {
            CallDecoder.decode(body, LIMITS);
        } catch (RpcException refused) {
            // a clear refusal is the expected outcome for a bad body
        }
    }
}
