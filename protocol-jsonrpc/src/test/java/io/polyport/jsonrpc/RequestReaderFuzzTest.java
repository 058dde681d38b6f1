package io.polyport.jsonrpc;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.polyport.core.spi.Limits;

/**
 * Coverage-guided fuzzing of the JSON-RPC request reader, which must turn every body into requests or a parse
 * error and never throw. Plain test runs replay the corpus in {@code RequestReaderFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes.
 */
class RequestReaderFuzzTest {
    private static final Limits LIMITS = new Limits(64 * 1024, 32, 64 * 1024, 100);

    @FuzzTest(maxDuration = "60s")
    void readsOrReportsAParseError(byte[] body) {
        new RequestReader(JsonFactories.create(LIMITS), LIMITS.maxBatchSize()).read(body);
    }
}
