package io.polyport.server.webhook;

import static io.polyport.server.db.Tables.EVENT_LOG;
import static io.polyport.server.db.Tables.WEBHOOKS;

import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.Caller;
import io.polyport.server.auth.EpochMicros;
import io.polyport.server.db.tables.records.WebhooksRecord;
import io.polyport.server.storage.Database;
import io.polyport.server.timeline.EventKinds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** {@link WebhookService} over the {@code webhooks} table; the {@link WebhookDispatcher} does the deliveries. */
public final class WebhookRegistry implements WebhookService {
    private static final int MAX_SECRET = 255;

    private final Database database;
    private final OutboundPolicy policy;
    private final Runnable wake;

    /** @param wake called when deliveries may be due (a webhook created or reset) */
    public WebhookRegistry(Database database, WebhookConfig config, Runnable wake) {
        this.database = database;
        this.policy = new OutboundPolicy(config.allowedHosts());
        this.wake = wake;
    }

    @Override
    public List<Map<String, Object>> list() {
        List<Map<String, Object>> webhooks = new ArrayList<>();
        database.dsl().selectFrom(WEBHOOKS).orderBy(WEBHOOKS.ID).forEach(row -> webhooks.add(describe(row)));
        return webhooks;
    }

    @Override
    public Map<String, Object> get(int id) {
        return describe(require(database.dsl(), id));
    }

    @Override
    public int create(String url, String secret, List<String> kinds, Caller caller) {
        if (secret.length() < 16 || secret.length() > MAX_SECRET) {
            throw RpcException.invalidField("secret", "the secret must have 16 to " + MAX_SECRET + " characters");
        }
        policy.refusal(url).ifPresent(reason -> {
            throw RpcException.invalidField("url", reason);
        });
        for (String kind : kinds) {
            if (!kind.matches("[a-z]+(\\.[a-z]+)?")) {
                throw RpcException.invalidField("kinds", "'" + kind + "' is not an event kind such as ticket or "
                        + "ticket.closed");
            }
        }
        int id = database.transaction(dsl -> {
            Integer latest = dsl.select(DSL.max(EVENT_LOG.ID)).from(EVENT_LOG).fetchOne().value1();
            return dsl.insertInto(WEBHOOKS)
                    .set(WEBHOOKS.URL, url)
                    .set(WEBHOOKS.SECRET, secret)
                    .set(WEBHOOKS.KINDS, String.join(",", kinds))
                    .set(WEBHOOKS.CREATED, EpochMicros.now())
                    .set(WEBHOOKS.CREATED_BY, caller.name())
                    .set(WEBHOOKS.CURSOR, latest == null ? 0 : latest)
                    .set(WEBHOOKS.ATTEMPTS, 0)
                    .set(WEBHOOKS.NEXT_ATTEMPT, 0L)
                    .set(WEBHOOKS.LAST_ERROR, "")
                    .returningResult(WEBHOOKS.ID).fetchOne().value1();
        });
        wake.run();
        return id;
    }

    @Override
    public void delete(int id) {
        if (database.dsl().deleteFrom(WEBHOOKS).where(WEBHOOKS.ID.eq(id)).execute() == 0) {
            throw RpcException.notFound("Webhook " + id + " does not exist.");
        }
    }

    @Override
    public void redeliver(int id, String fromEvent) {
        int from;
        try {
            from = Integer.parseInt(fromEvent.strip());
        } catch (NumberFormatException e) {
            throw RpcException.invalidField("fromEvent", "'fromEvent' must be an event id from the timeline");
        }
        int updated = database.dsl().update(WEBHOOKS).set(WEBHOOKS.CURSOR, Math.max(0, from - 1))
                .set(WEBHOOKS.ATTEMPTS, 0).set(WEBHOOKS.NEXT_ATTEMPT, 0L).where(WEBHOOKS.ID.eq(id)).execute();
        if (updated == 0) {
            throw RpcException.notFound("Webhook " + id + " does not exist.");
        }
        wake.run();
    }

    private Map<String, Object> describe(WebhooksRecord row) {
        Map<String, Object> webhook = new LinkedHashMap<>();
        webhook.put("id", row.getId());
        webhook.put("url", row.getUrl());
        webhook.put("kinds", kinds(row));
        webhook.put("cursor", String.valueOf(row.getCursor()));
        webhook.put("pending", database.dsl().fetchCount(EVENT_LOG, EVENT_LOG.ID.gt(row.getCursor())
                .and(EventKinds.matching(kinds(row)))));
        webhook.put("attempts", row.getAttempts());
        webhook.put("lastStatus", row.getLastStatus() == null ? 0 : row.getLastStatus());
        webhook.put("lastError", row.getLastError());
        webhook.put("lastDelivered", row.getLastDelivered() == null ? null
                : EpochMicros.toInstant(row.getLastDelivered()));
        return webhook;
    }

    /** The kinds a webhook wants, as stored (comma-separated). */
    static List<String> kinds(WebhooksRecord row) {
        return row.getKinds().isEmpty() ? List.of() : List.of(row.getKinds().split(","));
    }

    private static WebhooksRecord require(DSLContext dsl, int id) {
        WebhooksRecord row = dsl.selectFrom(WEBHOOKS).where(WEBHOOKS.ID.eq(id)).fetchOne();
        if (row == null) {
            throw RpcException.notFound("Webhook " + id + " does not exist.");
        }
        return row;
    }
}
