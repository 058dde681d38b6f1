package io.polyport.server.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A webhook receiver on 127.0.0.1 for the tests: records each delivery; can be told to fail. */
final class WebhookReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One delivery as received, with the time it arrived. */
    record Delivery(JsonNode body, String signature, String expectedSignature, long receivedNanos) {
        String id() {
            return body.get("id").asText();
        }
    }

    private final HttpServer server;
    private final String secret;
    private final List<Delivery> deliveries = new ArrayList<>();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile int failWith;

    WebhookReceiver(String secret) throws IOException {
        this.secret = secret;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            long now = System.nanoTime();
            int status = failWith;
            if (status == 0) {
                synchronized (deliveries) {
                    deliveries.add(new Delivery(JSON.readTree(body),
                            exchange.getRequestHeaders().getFirst("X-Polyport-Signature"),
                            Signature.of(this.secret, body), now));
                    deliveries.notifyAll();
                }
                status = 204;
            } else {
                refused.incrementAndGet();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** From now on, answer every delivery with {@code status} (0: accept again). */
    void failWith(int status) {
        this.failWith = status;
    }

    int refusedCount() {
        return refused.get();
    }

    /** Waits (at most 30 s) until {@code done} holds for the deliveries so far, and returns them. */
    List<Delivery> await(Predicate<List<Delivery>> done) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        synchronized (deliveries) {
            while (!done.test(deliveries)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("deliveries so far: " + deliveries.stream().map(d -> d.body().toString())
                            .toList());
                }
                deliveries.wait(Math.max(1, left / 1_000_000));
            }
            return List.copyOf(deliveries);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
