package io.polyport.server.webhook;

import static io.polyport.server.db.Tables.EVENT_LOG;
import static io.polyport.server.db.Tables.WEBHOOKS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.server.auth.EpochMicros;
import io.polyport.server.db.tables.records.EventLogRecord;
import io.polyport.server.db.tables.records.WebhooksRecord;
import io.polyport.server.storage.Database;
import io.polyport.server.timeline.EventKinds;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers journal events to webhooks on a thread of its own, so no request waits for a delivery. Each webhook
 * follows the journal with its cursor in the database: an event is delivered (at least once), then the cursor moves
 * past it, so deliveries survive restarts and arrive in journal order. A failed delivery is retried with
 * exponential backoff (1 s, 2 s, 4 s, ... up to {@code webhooks.maxBackoffSeconds}) and holds back the events
 * after it, which keeps them in order.
 */
public final class WebhookDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER_AGENT = "Polyport-Webhooks";

    private final Database database;
    private final WebhookConfig config;
    private final OutboundPolicy policy;
    private final HttpClient http;
    private final Semaphore due = new Semaphore(0);
    private final Thread thread;
    private volatile boolean running = true;

    public WebhookDispatcher(Database database, WebhookConfig config) {
        this.database = database;
        this.config = config;
        this.policy = new OutboundPolicy(config.allowedHosts());
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(config.timeoutSeconds()))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.thread = new Thread(this::run, "polyport-webhooks");
        this.thread.setDaemon(true);
    }

    /** Starts delivering. */
    public WebhookDispatcher start() {
        thread.start();
        return this;
    }

    /** Tells the dispatcher that events or webhooks changed, so it looks at once instead of at its next poll. */
    public void wake() {
        due.release();
    }

    private void run() {
        while (running) {
            try {
                boolean busy = deliverDue();
                if (!busy) {
                    due.tryAcquire(1, TimeUnit.SECONDS);
                    due.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("webhook delivery round failed", e);
                sleepQuietly();
            }
        }
    }

    /** One round: the next event of every webhook that is due. Whether any was delivered (more may wait). */
    private boolean deliverDue() {
        boolean delivered = false;
        long now = EpochMicros.now();
        for (WebhooksRecord webhook : database.dsl().selectFrom(WEBHOOKS).where(WEBHOOKS.NEXT_ATTEMPT.le(now))
                .orderBy(WEBHOOKS.ID).fetch()) {
            Optional<EventLogRecord> next = Optional.ofNullable(database.dsl().selectFrom(EVENT_LOG)
                    .where(EVENT_LOG.ID.gt(webhook.getCursor()))
                    .and(EventKinds.matching(WebhookRegistry.kinds(webhook)))
                    .orderBy(EVENT_LOG.ID).limit(1).fetchOne());
            if (next.isPresent() && running) {
                delivered |= deliver(webhook, next.get());
            }
        }
        return delivered;
    }

    private boolean deliver(WebhooksRecord webhook, EventLogRecord event) {
        Optional<String> refused = policy.refusal(webhook.getUrl());
        if (refused.isPresent()) {
            failed(webhook, null, refused.get());
            return false;
        }
        byte[] body = body(event);
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.getUrl()))
                .timeout(Duration.ofSeconds(config.timeoutSeconds()))
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("X-Polyport-Event", event.getKind())
                .header("X-Polyport-Delivery", webhook.getId() + "-" + event.getId())
                .header(Signature.HEADER, Signature.of(webhook.getSecret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                database.dsl().update(WEBHOOKS).set(WEBHOOKS.CURSOR, event.getId()).set(WEBHOOKS.ATTEMPTS, 0)
                        .set(WEBHOOKS.NEXT_ATTEMPT, 0L).set(WEBHOOKS.LAST_STATUS, response.statusCode())
                        .set(WEBHOOKS.LAST_ERROR, "").set(WEBHOOKS.LAST_DELIVERED, EpochMicros.now())
                        .where(WEBHOOKS.ID.eq(webhook.getId())).and(WEBHOOKS.CURSOR.eq(webhook.getCursor()))
                        .execute();
                return true;
            }
            failed(webhook, response.statusCode(), "the receiver answered " + response.statusCode());
        } catch (IOException e) {
            failed(webhook, null, "delivery failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        return false;
    }

    private void failed(WebhooksRecord webhook, Integer status, String error) {
        int attempts = webhook.getAttempts() + 1;
        long backoffSeconds = Math.min(config.maxBackoffSeconds(), 1L << Math.min(20, attempts - 1));
        database.dsl().update(WEBHOOKS).set(WEBHOOKS.ATTEMPTS, attempts)
                .set(WEBHOOKS.NEXT_ATTEMPT, EpochMicros.now() + backoffSeconds * 1_000_000L)
                .set(WEBHOOKS.LAST_STATUS, status)
                .set(WEBHOOKS.LAST_ERROR, error.length() > 1000 ? error.substring(0, 1000) : error)
                .where(WEBHOOKS.ID.eq(webhook.getId())).and(WEBHOOKS.CURSOR.eq(webhook.getCursor())).execute();
        LOG.warn("webhook {} ({}): {}; attempt {} again in {} s", webhook.getId(), webhook.getUrl(), error, attempts,
                backoffSeconds);
    }

    private static byte[] body(EventLogRecord event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", String.valueOf(event.getId()));
        body.put("time", EpochMicros.toInstant(event.getTime()).toString());
        body.put("kind", event.getKind());
        body.put("author", event.getAuthor());
        body.put("title", event.getTitle());
        body.put("text", event.getText());
        body.put("realm", event.getRealm());
        body.put("target", event.getTarget());
        try {
            body.put("event", JSON.readTree(event.getPayload()));
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journal payload of event " + event.getId() + " is not JSON", e);
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
