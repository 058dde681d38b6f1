package io.polyport.tracker.ticket.query;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.polyport.core.error.RpcException;

/**
 * Coverage-guided fuzzing of Trac's query language parser: every string parses or fails with an
 * {@link RpcException}. Plain test runs replay the corpus in {@code TicketQueryParserFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes.
 */
class TicketQueryParserFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void parsesOrRefuses(String query) {
        try {
            TicketQueryParser.parse(query);
        } catch (RpcException refused) {
            // a clear refusal is the expected outcome for a bad query
        }
    }
}
