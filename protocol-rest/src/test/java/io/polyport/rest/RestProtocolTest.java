package io.polyport.rest;

import static io.polyport.rest.RestFixture.ADMIN;
import static io.polyport.rest.RestFixture.ANONYMOUS;
import static io.polyport.rest.RestFixture.REPORTER;
import static io.polyport.rest.RestFixture.json;
import static io.polyport.rest.RestFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.core.spi.testing.BufferedExchange;
import io.polyport.rest.http.RestSettings;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RestProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RestFixture rest = new RestFixture();

    private static JsonNode body(BufferedExchange exchange) throws IOException {
        return JSON.readTree(exchange.responseBody());
    }

    @Test
    void createReturns201WithLocationAndTheResource() throws IOException {
        BufferedExchange created = rest.send(json("POST", "/tickets",
                "{\"summary\":\"s\",\"description\":\"d\",\"priority\":\"major\"}", ADMIN));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.responseHeaders().get("Location")).isEqualTo("http://127.0.0.1/rest/tickets/1");
        JsonNode ticket = body(created);
        assertThat(ticket.get("id").asInt()).isEqualTo(1);
        assertThat(ticket.get("priority").asText()).isEqualTo("major");
        assertThat(created.responseHeaders().get("ETag")).isEqualTo("\"" + ticket.get("_ts").asText() + "\"");
    }

    @Test
    void readGivesETagAndIfNoneMatchGives304() throws IOException {
        int id = rest.createTicket("a");
        BufferedExchange read = rest.send(request("GET", "/tickets/" + id, null, ANONYMOUS));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.responseContentType()).isEqualTo("application/json");
        assertThat(body(read).get("summary").asText()).isEqualTo("a");
        String etag = read.responseHeaders().get("ETag");
        BufferedExchange again = rest.send(request("GET", "/tickets/" + id, null, ANONYMOUS)
                .withHeader("If-None-Match", etag));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.responseBody()).isEmpty();
    }

    @Test
    void sparseFieldsOnOneResource() throws IOException {
        int id = rest.createTicket("a");
        JsonNode ticket = body(rest.send(request("GET", "/tickets/" + id, null, ADMIN)
                .withQuery("fields", "summary,status")));
        assertThat(ticket.fieldNames()).toIterable().containsExactly("id", "summary", "status");
    }

    @Test
    void patchNeedsIfMatchAndRefusesAStaleOne() throws IOException {
        int id = rest.createTicket("a");
        String etag = rest.send(request("GET", "/tickets/" + id, null, ADMIN)).responseHeaders().get("ETag");
        BufferedExchange missing = rest.send(json("PATCH", "/tickets/" + id, "{\"status\":\"closed\"}", ADMIN));
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.responseContentType()).isEqualTo("application/problem+json");

        BufferedExchange first = rest.send(json("PATCH", "/tickets/" + id,
                "{\"comment\":\"done\",\"status\":\"closed\"}", ADMIN).withHeader("If-Match", etag));
        assertThat(first.status()).isEqualTo(200);
        assertThat(body(first).get("status").asText()).isEqualTo("closed");
        assertThat(first.responseHeaders().get("ETag")).isNotEqualTo(etag);

        BufferedExchange stale = rest.send(json("PATCH", "/tickets/" + id, "{\"status\":\"reopened\"}", ADMIN)
                .withHeader("If-Match", etag));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(body(stale).get("status").asInt()).isEqualTo(412);
        assertThat(body(rest.send(request("GET", "/tickets/" + id, null, ADMIN))).get("status").asText())
                .isEqualTo("closed");
    }

    @Test
    void ifMatchIsOptionalWhenConfiguredOff() {
        RestFixture lenient = new RestFixture(new RestSettings(Set.of(), false));
        int id = lenient.createTicket("a");
        assertThat(lenient.send(json("PATCH", "/tickets/" + id, "{\"status\":\"closed\"}", ADMIN)).status())
                .isEqualTo(200);
    }

    @Test
    void deleteTwiceLeavesTheSameState() {
        int id = rest.createTicket("a");
        String etag = rest.send(request("GET", "/tickets/" + id, null, ADMIN)).responseHeaders().get("ETag");
        assertThat(rest.send(request("DELETE", "/tickets/" + id, null, ADMIN).withHeader("If-Match", etag))
                .status()).isEqualTo(204);
        assertThat(rest.send(request("DELETE", "/tickets/" + id, null, ADMIN)).status()).isEqualTo(404);
        assertThat(rest.send(request("GET", "/tickets/" + id, null, ADMIN)).status()).isEqualTo(404);
    }

    @Test
    void listsArePagedWithLinksAndTotal() throws IOException {
        for (int i = 1; i <= 5; i++) {
            rest.createTicket("t" + i);
        }
        BufferedExchange page = rest.send(request("GET", "/tickets", null, ANONYMOUS)
                .withQuery("per_page", "2").withQuery("page", "2"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.responseHeaders().get("X-Total-Count")).isEqualTo("5");
        assertThat(body(page).findValuesAsText("summary")).containsExactly("t3", "t4");
        assertThat(page.responseHeaders().get("Link")).contains(
                "<http://127.0.0.1/rest/tickets?page=1&per_page=2>; rel=\"first\"",
                "<http://127.0.0.1/rest/tickets?page=1&per_page=2>; rel=\"prev\"",
                "<http://127.0.0.1/rest/tickets?page=3&per_page=2>; rel=\"next\"",
                "<http://127.0.0.1/rest/tickets?page=3&per_page=2>; rel=\"last\"");
    }

    @Test
    void listsAreFilteredSortedAndSparse() throws IOException {
        rest.createTicket("b");
        rest.createTicket("a");
        int closed = rest.createTicket("c");
        rest.send(json("PATCH", "/tickets/" + closed, "{\"status\":\"closed\"}", ADMIN).withHeader("If-Match", "*"));
        JsonNode list = body(rest.send(request("GET", "/tickets", null, ADMIN)
                .withQuery("status", "new").withQuery("sort", "-summary").withQuery("fields", "summary")));
        assertThat(list.findValuesAsText("summary")).containsExactly("b", "a");
        assertThat(list.get(0).fieldNames()).toIterable().containsExactly("id", "summary");
        JsonNode queried = body(rest.send(request("GET", "/tickets", null, ADMIN).withQuery("query", "status=closed")));
        assertThat(queried.findValuesAsText("summary")).containsExactly("c");
    }

    @Test
    void perPageAboveTheLimitIsAClear400() throws IOException {
        BufferedExchange refused = rest.send(request("GET", "/tickets", null, ADMIN).withQuery("per_page", "501"));
        assertThat(refused.status()).isEqualTo(400);
        JsonNode problem = body(refused);
        assertThat(problem.get("title").asText()).isEqualTo("Bad Request");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("per_page");
    }

    @Test
    void anonymousCallersDeniedAPermissionGet401WithAChallenge() throws IOException {
        BufferedExchange denied = rest.send(json("POST", "/tickets", "{\"summary\":\"s\",\"description\":\"d\"}",
                ANONYMOUS));
        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.responseHeaders().get("WWW-Authenticate")).startsWith("Basic");
        assertThat(body(denied).get("type").asText()).isEqualTo("urn:polyport:problem:permission-denied");
        BufferedExchange forbidden = rest.send(request("DELETE", "/tickets/1", null, REPORTER));
        assertThat(forbidden.status()).isEqualTo(403);
    }

    @Test
    void validationFailuresCarryFieldErrors() throws IOException {
        BufferedExchange invalid = rest.send(json("POST", "/tickets", "{\"summary\":\" \",\"description\":\"d\"}",
                ADMIN));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(body(invalid).get("errors").get(0).get("field").asText()).isEqualTo("summary");
        BufferedExchange wrongType = rest.send(request("GET", "/tickets/abc", null, ADMIN));
        assertThat(wrongType.status()).isEqualTo(400);
        BufferedExchange broken = rest.send(json("POST", "/tickets", "{\"summary\":", ADMIN));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(body(broken).get("detail").asText()).startsWith("The request body is not valid JSON");
    }

    @Test
    void subResourcesAndBinaryAttachmentsOfEveryByte() throws IOException {
        int id = rest.createTicket("a");
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        BufferedExchange put = rest.send(new BufferedExchange("PUT", "/rest/tickets/" + id + "/attachments/x.png",
                "/tickets/" + id + "/attachments/x.png", all, new io.polyport.core.invoke.CallContext(ADMIN, "REST", "t"))
                .withHeader("Content-Type", "image/png").withQuery("description", "every byte"));
        assertThat(put.status()).as(put.responseText()).isEqualTo(200);
        BufferedExchange got = rest.send(request("GET", "/tickets/" + id + "/attachments/x.png", null, ANONYMOUS));
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.responseContentType()).isEqualTo("image/png");
        assertThat(got.responseBody()).isEqualTo(all);
        assertThat(body(rest.send(request("GET", "/tickets/" + id + "/attachments", null, ANONYMOUS))))
                .hasToString("[\"x.png\"]");
        assertThat(body(rest.send(request("GET", "/tickets/" + id + "/actions", null, ANONYMOUS))).size())
                .isEqualTo(2);
        assertThat(rest.send(request("DELETE", "/tickets/" + id + "/attachments/x.png", null, ADMIN)).status())
                .isEqualTo(204);
        assertThat(rest.send(request("GET", "/tickets/" + id + "/attachments/x.png", null, ADMIN)).status())
                .isEqualTo(404);
    }

    @Test
    void wikiPutCreatesThenVersionsAreReadable() throws IOException {
        BufferedExchange created = rest.send(request("PUT", "/wiki/Start", "Hello", ADMIN)
                .withHeader("Content-Type", "text/plain"));
        assertThat(created.status()).as(created.responseText()).isEqualTo(201);
        String etag = created.responseHeaders().get("ETag");
        assertThat(etag).as("the page version from its info part").isEqualTo("\"1\"");
        BufferedExchange updated = rest.send(json("PUT", "/wiki/Start", "{\"content\":\"Hello again\","
                + "\"comment\":\"second\"}", ADMIN).withHeader("If-Match", etag));
        assertThat(updated.status()).as(updated.responseText()).isEqualTo(200);
        assertThat(updated.responseHeaders().get("ETag")).isEqualTo("\"2\"");
        assertThat(rest.send(request("GET", "/wiki/Start", null, ANONYMOUS).withQuery("version", "1"))
                .responseHeaders().get("ETag")).isEqualTo("\"1\"");
        assertThat(rest.send(json("PUT", "/wiki/Start", "{\"content\":\"stale\"}", ADMIN)
                .withHeader("If-Match", etag)).status()).isEqualTo(412);
        assertThat(body(rest.send(request("GET", "/wiki/Start", null, ANONYMOUS).withQuery("version", "1"))).asText())
                .isEqualTo("Hello");
        assertThat(body(rest.send(request("GET", "/wiki/Start/info", null, ANONYMOUS))).get("version").asInt())
                .isEqualTo(2);
        assertThat(body(rest.send(request("GET", "/wiki/Start/versions/1", null, ANONYMOUS))).asText())
                .isEqualTo("Hello");
        assertThat(body(rest.send(request("GET", "/wiki", null, ANONYMOUS)))).hasToString("[\"Start\"]");
    }

    @Test
    void encodedSlashesBelongToTheName() throws IOException {
        rest.send(request("PUT", "/wiki/Parent%2FChild", "child", ADMIN).withHeader("Content-Type", "text/plain"));
        assertThat(body(rest.send(request("GET", "/wiki", null, ANONYMOUS)))).hasToString("[\"Parent/Child\"]");
        assertThat(body(rest.send(request("GET", "/wiki/Parent%2FChild", null, ANONYMOUS))).asText())
                .isEqualTo("child");
    }

    @Test
    void idempotencyKeyReplaysTheFirstCreate() throws IOException {
        String create = "{\"summary\":\"once\",\"description\":\"d\"}";
        BufferedExchange first = rest.send(json("POST", "/tickets", create, ADMIN).withHeader("Idempotency-Key", "k1"));
        BufferedExchange retry = rest.send(json("POST", "/tickets", create, ADMIN).withHeader("Idempotency-Key", "k1"));
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.responseHeaders().get("Location")).isEqualTo(first.responseHeaders().get("Location"));
        assertThat(retry.responseHeaders().get("Idempotency-Replayed")).isEqualTo("true");
        assertThat(body(rest.send(request("GET", "/tickets", null, ADMIN))).size()).isEqualTo(1);
        BufferedExchange other = rest.send(json("POST", "/tickets", "{\"summary\":\"x\",\"description\":\"d\"}",
                ADMIN).withHeader("Idempotency-Key", "k1"));
        assertThat(other.status()).isEqualTo(422);
    }

    @Test
    void headOptionsAllowAnd405() {
        int id = rest.createTicket("a");
        BufferedExchange options = rest.send(request("OPTIONS", "/tickets/" + id, null, ANONYMOUS));
        assertThat(options.status()).isEqualTo(204);
        assertThat(options.responseHeaders().get("Allow")).isEqualTo("DELETE, GET, HEAD, OPTIONS, PATCH");
        BufferedExchange head = rest.send(request("HEAD", "/tickets/" + id, null, ANONYMOUS));
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.responseHeaders()).containsKey("ETag");
        BufferedExchange notAllowed = rest.send(json("PUT", "/tickets", "{}", ADMIN));
        assertThat(notAllowed.status()).isEqualTo(405);
        assertThat(notAllowed.responseHeaders().get("Allow")).isEqualTo("GET, HEAD, OPTIONS, POST");
        assertThat(rest.send(request("GET", "/nothing/here", null, ADMIN)).status()).isEqualTo(404);
    }

    @Test
    void methodOverrideTurnsPostIntoDelete() {
        int id = rest.createTicket("a");
        BufferedExchange deleted = rest.send(request("POST", "/tickets/" + id, null, ADMIN)
                .withHeader("X-HTTP-Method-Override", "DELETE").withHeader("If-Match", "*"));
        assertThat(deleted.status()).isEqualTo(204);
        BufferedExchange onGet = rest.send(request("GET", "/tickets", null, ADMIN)
                .withHeader("X-HTTP-Method-Override", "DELETE"));
        assertThat(onGet.status()).isEqualTo(400);
    }

    @Test
    void formatsWeDoNotSpeakGive406And415() {
        assertThat(rest.send(request("GET", "/tickets", null, ADMIN).withHeader("Accept", "application/xml"))
                .status()).isEqualTo(406);
        assertThat(rest.send(request("GET", "/tickets", null, ADMIN)
                .withHeader("Accept", "text/html, application/json;q=0.5")).status()).isEqualTo(200);
        BufferedExchange xml = rest.send(request("POST", "/tickets", "<x/>", ADMIN)
                .withHeader("Content-Type", "application/xml"));
        assertThat(xml.status()).isEqualTo(415);
    }

    @Test
    void corsForConfiguredOriginsOnly() {
        BufferedExchange preflight = rest.send(request("OPTIONS", "/tickets", null, ANONYMOUS)
                .withHeader("Origin", "https://app.example").withHeader("Access-Control-Request-Method", "POST"));
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.responseHeaders()).containsEntry("Access-Control-Allow-Origin", "https://app.example")
                .containsEntry("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS, POST");
        BufferedExchange foreign = rest.send(request("GET", "/tickets", null, ANONYMOUS)
                .withHeader("Origin", "https://evil.example"));
        assertThat(foreign.responseHeaders()).doesNotContainKey("Access-Control-Allow-Origin");
        BufferedExchange foreignPreflight = rest.send(request("OPTIONS", "/tickets", null, ANONYMOUS)
                .withHeader("Origin", "https://evil.example").withHeader("Access-Control-Request-Method", "POST"));
        assertThat(foreignPreflight.status()).isEqualTo(403);
    }

    @Test
    void everyMethodAnswersAtRpcWithPositionalOrNamedParams() throws IOException {
        BufferedExchange positional = rest.send(json("POST", "/rpc/wiki.wikiToHtml", "[\"hi\"]", ANONYMOUS));
        assertThat(body(positional).asText()).isEqualTo("<p>hi</p>");
        BufferedExchange named = rest.send(json("POST", "/rpc/wiki.wikiToHtml", "{\"text\":\"yo\"}", ANONYMOUS));
        assertThat(body(named).asText()).isEqualTo("<p>yo</p>");
        BufferedExchange viaGet = rest.send(request("GET", "/rpc/system.methodHelp", null, ANONYMOUS)
                .withQuery("method", "wiki.wikiToHtml"));
        assertThat(body(viaGet).asText()).startsWith("string wiki.wikiToHtml(string text)");
        assertThat(rest.send(json("POST", "/rpc/no.such", "[]", ANONYMOUS)).status()).isEqualTo(404);
    }

    @Test
    void numbersNoNeutralValueHoldsAre400() throws IOException {
        String twoToThe200 = "1606938044258990275541962092341162602522202993782792835301376";
        for (String body : new String[] {"[1e999999]", "[{\"n\": " + twoToThe200 + "}]"}) {
            BufferedExchange answer = rest.send(json("POST", "/rpc/wiki.wikiToHtml", body, ANONYMOUS));
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(body(answer).get("detail").asText()).isEqualTo("The request body holds a number out of range.");
        }
    }

    @Test
    void indexLinksTheResources() throws IOException {
        JsonNode index = body(rest.send(request("GET", "", null, ANONYMOUS)));
        assertThat(index.get("resources").get("tickets").get("href").asText())
                .isEqualTo("http://127.0.0.1/rest/tickets");
        assertThat(index.get("resources").has("milestones")).isTrue();
        assertThat(index.get("links").get("openapi").asText()).isEqualTo("http://127.0.0.1/rest/openapi.json");
    }

    @Test
    void swaggerUiIsServedFromTheWebjar() {
        BufferedExchange page = rest.send(request("GET", "/docs", null, ANONYMOUS));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.responseText()).contains("/rest/openapi.json", "/rest/docs/swagger-ui-bundle.js");
        BufferedExchange bundle = rest.send(request("GET", "/docs/swagger-ui-bundle.js", null, ANONYMOUS));
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.responseBody().length).isGreaterThan(100_000);
        assertThat(rest.send(request("GET", "/docs/..%2Fpom.properties", null, ANONYMOUS)).status()).isEqualTo(404);
    }
}
