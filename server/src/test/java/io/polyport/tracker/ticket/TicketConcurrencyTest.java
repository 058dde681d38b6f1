package io.polyport.tracker.ticket;

import static io.polyport.tracker.ticket.TicketRpcFixture.USER;
import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TicketConcurrencyTest {
    private static final int THREADS = 16;
    private static final int ROUNDS = 6;

    @RegisterExtension
    final TicketRpcFixture rpc = new TicketRpcFixture();

    @Test
    void concurrentUpdatesWithTheirTokensAreEachAppliedOrRefusedAndNoneIsLost() throws Exception {
        int id = rpc.create("contended", Map.of());
        ConcurrentLinkedQueue<String> applied = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(pool.submit(() -> {
                start.await();
                for (int round = 0; round < ROUNDS; round++) {
                    String comment = "t" + thread + "r" + round;
                    Map<String, Object> attrs = new HashMap<>();
                    attrs.put("_ts", rpc.attributes(id).get("_ts"));
                    attrs.put("keywords", comment);
                    if (round % 2 == 1) {
                        attrs.put("action", "leave");
                    }
                    try {
                        rpc.call(USER, "ticket.update", id, comment, attrs);
                        applied.add(comment);
                    } catch (RpcException e) {
                        assertThat(e.code()).as(e.getMessage()).isEqualTo(ErrorCode.CONFLICT);
                        refused.add(comment);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(applied.size() + refused.size()).isEqualTo(THREADS * ROUNDS);
        assertThat(applied).isNotEmpty();
        System.out.println("concurrent updates: " + applied.size() + " applied, " + refused.size() + " refused");
        List<List<Object>> log = rpc.changeLog(id);
        List<Object> comments = log.stream().filter(row -> row.get(2).equals("comment")).map(row -> row.get(4))
                .toList();
        assertThat(comments).containsExactlyInAnyOrderElementsOf(applied);
        assertThat(log.stream().filter(row -> row.get(2).equals("comment")).map(row -> row.get(3)).toList())
                .as("comment numbers are consecutive")
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, applied.size()).mapToObj(Integer::toString)
                        .toList());
        List<Object> keywordChanges = log.stream().filter(row -> row.get(2).equals("keywords"))
                .map(row -> row.get(4)).toList();
        assertThat(keywordChanges).containsExactlyInAnyOrderElementsOf(applied);
        assertThat(rpc.attributes(id).get("keywords")).isEqualTo(keywordChanges.get(keywordChanges.size() - 1));
        List<List<Object>> keywordRows = log.stream().filter(row -> row.get(2).equals("keywords")).toList();
        for (int i = 1; i < keywordRows.size(); i++) {
            assertThat(keywordRows.get(i).get(3)).as("each change starts from the previous one")
                    .isEqualTo(keywordRows.get(i - 1).get(4));
        }
    }
}
