package io.polyport.server.webhook;

import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.MethodKind;
import io.polyport.core.annotation.Param;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.invoke.Caller;
import io.polyport.core.invoke.Permissions;
import java.util.List;
import java.util.Map;

/** The server's {@code webhook.*} methods: event deliveries to other systems. */
@RpcService(value = "webhook", doc = "Webhooks: every timeline event of the wanted kinds POSTed as JSON, signed with "
        + "HMAC-SHA256 (header X-Polyport-Signature: sha256=<hex>), retried with backoff until delivered, in order.")
public interface WebhookService {

    @RpcMethod(kind = MethodKind.LIST, permission = Permissions.TRAC_ADMIN, doc = "Every webhook with its delivery "
            + "state: id, url, kinds, cursor (last event delivered), pending (events waiting), attempts, lastStatus, "
            + "lastError, lastDelivered.")
    List<Map<String, Object>> list();

    @RpcMethod(kind = MethodKind.READ, permission = Permissions.TRAC_ADMIN, doc = "One webhook, as list shows it.")
    Map<String, Object> get(@Id int id);

    @RpcMethod(kind = MethodKind.CREATE, permission = Permissions.TRAC_ADMIN, doc = "Registers a URL for the events "
            + "of 'kinds' (e.g. ['ticket', 'wiki.edited']; empty for all) from now on; returns its id. Internal "
            + "addresses need webhooks.allowedHosts.")
    int create(String url, String secret, @Param(defaultValue = "[]") List<String> kinds, Caller caller);

    @RpcMethod(kind = MethodKind.DELETE, permission = Permissions.TRAC_ADMIN, doc = "Removes a webhook.")
    void delete(@Id int id);

    @RpcMethod(kind = MethodKind.ACTION, permission = Permissions.TRAC_ADMIN, doc = "Sends again every event from "
            + "the event id 'fromEvent' on (an id from the timeline), and resets the retry backoff.")
    void redeliver(@Id int id, String fromEvent);
}
