package io.polyport.server.rest;

import static io.polyport.server.rest.RestClient.body;
import static io.polyport.server.rest.RestClient.header;
import static io.polyport.server.rest.RestClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.polyport.server.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** REST through the real server: the routes of the issue over the real tracker services, with their statuses. */
class RestHttpTest {
    private static TestServer server;
    private static RestClient admin;
    private static RestClient viewer;
    private static RestClient anonymous;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        server.addUser("viewer", "viewer-pw", "XML_RPC", "TICKET_VIEW", "WIKI_VIEW");
        server.grant("anonymous", "XML_RPC");
        admin = new RestClient(server, "admin", TestServer.ADMIN_PASSWORD);
        viewer = new RestClient(server, "viewer", "viewer-pw");
        anonymous = new RestClient(server, null, null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static int createTicket(String summary) {
        HttpResponse<byte[]> created = admin.json("POST", "/rest/tickets",
                "{\"summary\":\"" + summary + "\",\"description\":\"d\",\"priority\":\"major\"}");
        assertThat(created.statusCode()).as(text(created)).isEqualTo(201);
        return body(created).get("id").asInt();
    }

    @Test
    void ticketLifecycleWithWorkflowAction() {
        HttpResponse<byte[]> created = admin.json("POST", "/rest/tickets",
                "{\"summary\":\"life\",\"description\":\"d\",\"priority\":\"major\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String location = header(created, "Location");
        assertThat(location).matches("http://127\\.0\\.0\\.1:\\d+/rest/tickets/\\d+");
        JsonNode ticket = body(created);
        assertThat(ticket.get("priority").asText()).isEqualTo("major");
        assertThat(header(created, "ETag")).isEqualTo("\"" + ticket.get("_ts").asText() + "\"");
        int id = ticket.get("id").asInt();

        HttpResponse<byte[]> actions = admin.get("/rest/tickets/" + id + "/actions");
        assertThat(actions.statusCode()).isEqualTo(200);
        assertThat(text(actions)).contains("resolve", "accept");

        HttpResponse<byte[]> read = anonymous.get(location);
        String etag = header(read, "ETag");
        HttpResponse<byte[]> resolved = admin.json("PATCH", "/rest/tickets/" + id, "{\"comment\":\"fixed it\","
                + "\"action\":\"resolve\",\"action_resolve_resolve_resolution\":\"fixed\"}", "If-Match", etag);
        assertThat(resolved.statusCode()).as(text(resolved)).isEqualTo(200);
        assertThat(body(resolved).get("status").asText()).isEqualTo("closed");
        assertThat(body(resolved).get("resolution").asText()).isEqualTo("fixed");

        HttpResponse<byte[]> description = anonymous.get("/rest/tickets/" + id + "/descriptionhtml");
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(text(description)).as("the description rendered as wiki text").isEqualTo("\"<p>\\nd\\n</p>\\n\"");

        HttpResponse<byte[]> changelog = anonymous.get("/rest/tickets/" + id + "/changelog");
        assertThat(changelog.statusCode()).isEqualTo(200);
        assertThat(text(changelog)).contains("fixed it", "resolution");

        assertThat(admin.json("PATCH", "/rest/tickets/" + id, "{\"priority\":\"minor\"}").statusCode())
                .isEqualTo(428);
        assertThat(anonymous.send(anonymous.request(location).header("If-None-Match", header(resolved, "ETag"))
                .GET()).statusCode()).isEqualTo(304);

        String last = header(admin.get(location), "ETag");
        assertThat(admin.send(admin.request(location).header("If-Match", last).DELETE()).statusCode())
                .isEqualTo(204);
        assertThat(admin.send(admin.request(location).DELETE()).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> gone = anonymous.get(location);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(header(gone, "Content-Type")).isEqualTo("application/problem+json");
    }

    @Test
    void concurrentWritersWithTheSameETagOneWinsTheOtherGets412() throws Exception {
        int id = createTicket("race");
        String etag = header(admin.get("/rest/tickets/" + id), "ETag");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<byte[]>>> writers = new ArrayList<>();
        for (String priority : List.of("critical", "trivial")) {
            writers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return admin.json("PATCH", "/rest/tickets/" + id, "{\"comment\":\"" + priority + "\",\"priority\":\""
                        + priority + "\"}", "If-Match", etag);
            }));
        }
        start.countDown();
        List<Integer> statuses = writers.stream().map(f -> f.join().statusCode()).sorted().toList();
        assertThat(statuses).containsExactly(200, 412);
        HttpResponse<byte[]> winner = writers.stream().map(CompletableFuture::join)
                .filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
        HttpResponse<byte[]> loser = writers.stream().map(CompletableFuture::join)
                .filter(r -> r.statusCode() == 412).findFirst().orElseThrow();
        JsonNode stored = body(admin.get("/rest/tickets/" + id));
        assertThat(stored.get("priority").asText()).isEqualTo(body(winner).get("priority").asText());
        assertThat(body(loser).get("status").asInt()).isEqualTo(412);

        String fresh = header(admin.get("/rest/tickets/" + id), "ETag");
        assertThat(admin.json("PATCH", "/rest/tickets/" + id, "{\"comment\":\"retry\",\"priority\":\"blocker\"}",
                "If-Match", fresh).statusCode()).isEqualTo(200);
        assertThat(text(admin.get("/rest/tickets/" + id + "/changelog"))).contains("retry")
                .contains(body(winner).get("priority").asText());
    }

    @Test
    void idempotentRetryCreatesOneTicket() {
        String body = "{\"summary\":\"only once\",\"description\":\"d\"}";
        HttpResponse<byte[]> first = admin.json("POST", "/rest/tickets", body, "Idempotency-Key", "retry-1");
        HttpResponse<byte[]> second = admin.json("POST", "/rest/tickets", body, "Idempotency-Key", "retry-1");
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(header(second, "Location")).isEqualTo(header(first, "Location"));
        assertThat(header(second, "Idempotency-Replayed")).isEqualTo("true");
        JsonNode matches = body(admin.get("/rest/tickets?summary=only%20once"));
        assertThat(matches.size()).isEqualTo(1);
    }

    @Test
    void pagingLinksWalkToTheEnd() {
        List<Integer> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(createTicket("page-walk"));
        }
        List<Integer> seen = new ArrayList<>();
        String next = "/rest/tickets?summary=page-walk&per_page=3&sort=id";
        int pages = 0;
        while (next != null) {
            HttpResponse<byte[]> page = viewer.get(next);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(header(page, "X-Total-Count")).isEqualTo("7");
            body(page).forEach(t -> seen.add(t.get("id").asInt()));
            next = link(header(page, "Link"), "next");
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(created);
        assertThat(viewer.get("/rest/tickets?per_page=501").statusCode()).isEqualTo(400);
    }

    private static String link(String header, String rel) {
        Matcher m = Pattern.compile("<([^>]+)>; rel=\"" + rel + "\"").matcher(header);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void attachmentsCarryEveryByteValue() {
        int id = createTicket("with attachment");
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        HttpResponse<byte[]> put = admin.send(admin.request("/rest/tickets/" + id
                + "/attachments/bytes.bin?description=all%20bytes").header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(all)));
        assertThat(put.statusCode()).as(text(put)).isEqualTo(200);
        HttpResponse<byte[]> got = anonymous.get("/rest/tickets/" + id + "/attachments/bytes.bin");
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo(all);
        assertThat(header(got, "Content-Type")).isEqualTo("application/octet-stream");
        assertThat(text(anonymous.get("/rest/tickets/" + id + "/attachments"))).contains("bytes.bin");
        assertThat(admin.send(admin.request("/rest/tickets/" + id + "/attachments/bytes.bin").DELETE())
                .statusCode()).isEqualTo(204);
        assertThat(anonymous.get("/rest/tickets/" + id + "/attachments/bytes.bin").statusCode()).isEqualTo(404);
    }

    @Test
    void adminCollectionsAndEnums() {
        for (String resource : List.of("milestones", "components", "versions", "types", "priorities", "severities",
                "resolutions", "statuses")) {
            HttpResponse<byte[]> list = admin.get("/rest/" + resource);
            assertThat(list.statusCode()).as(resource + ": " + text(list)).isEqualTo(200);
            assertThat(body(list).isArray()).as(resource).isTrue();
        }
        HttpResponse<byte[]> milestone = admin.json("POST", "/rest/milestones",
                "{\"name\":\"m-rest\",\"description\":\"from REST\"}");
        assertThat(milestone.statusCode()).as(text(milestone)).isEqualTo(201);
        assertThat(header(milestone, "Location")).endsWith("/rest/milestones/m-rest");
        assertThat(body(admin.get("/rest/milestones/m-rest")).get("description").asText()).isEqualTo("from REST");
    }

    @Test
    void wikiPagesVersionsAndDelete() {
        HttpResponse<byte[]> created = admin.send(admin.request("/rest/wiki/RestPage").header("Content-Type",
                "text/plain").PUT(HttpRequest.BodyPublishers.ofString("First version")));
        assertThat(created.statusCode()).as(text(created)).isEqualTo(201);
        assertThat(header(created, "ETag")).isEqualTo("\"1\"");
        HttpResponse<byte[]> second = admin.json("PUT", "/rest/wiki/RestPage",
                "{\"content\":\"Second version\",\"comment\":\"more\"}", "If-Match", header(created, "ETag"));
        assertThat(second.statusCode()).as(text(second)).isEqualTo(200);
        assertThat(header(second, "ETag")).isEqualTo("\"2\"");
        assertThat(admin.json("PUT", "/rest/wiki/RestPage", "{\"content\":\"Lost update\"}", "If-Match",
                header(created, "ETag")).statusCode()).isEqualTo(412);
        assertThat(body(anonymous.get("/rest/wiki/RestPage?version=1")).asText()).isEqualTo("First version");
        assertThat(body(anonymous.get("/rest/wiki/RestPage")).asText()).isEqualTo("Second version");
        assertThat(body(anonymous.get("/rest/wiki/RestPage/info")).get("version").asInt()).isEqualTo(2);
        assertThat(body(anonymous.get("/rest/wiki/RestPage/versions/1")).asText()).isEqualTo("First version");
        assertThat(anonymous.get("/rest/wiki/RestPage/html").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> child = admin.send(admin.request("/rest/wiki/RestPage%2FChild").header("Content-Type",
                "text/plain").PUT(HttpRequest.BodyPublishers.ofString("A child page")));
        assertThat(header(child, "Location")).endsWith("/rest/wiki/RestPage%2FChild");
        assertThat(text(anonymous.get("/rest/wiki"))).contains("\"RestPage/Child\"");
        assertThat(body(anonymous.get("/rest/wiki/RestPage%2FChild")).asText()).isEqualTo("A child page");
        String etag = header(admin.get("/rest/wiki/RestPage"), "ETag");
        assertThat(admin.send(admin.request("/rest/wiki/RestPage").header("If-Match", etag).DELETE()).statusCode())
                .isEqualTo(204);
        assertThat(admin.send(admin.request("/rest/wiki/RestPage").DELETE()).statusCode()).isEqualTo(404);
    }

    @Test
    void wikiPageVersionsNewestFirst() {
        HttpResponse<byte[]> saved = admin.send(admin.request("/rest/wiki/History").header("Content-Type",
                "text/plain").PUT(HttpRequest.BodyPublishers.ofString("v1")));
        assertThat(saved.statusCode()).isEqualTo(201);
        for (String text : List.of("v2", "v3")) {
            saved = admin.send(admin.request("/rest/wiki/History").header("Content-Type", "text/plain")
                    .header("If-Match", header(saved, "ETag")).PUT(HttpRequest.BodyPublishers.ofString(text)));
            assertThat(saved.statusCode()).as(text(saved)).isEqualTo(200);
        }
        HttpResponse<byte[]> versions = viewer.get("/rest/wiki/History/versions");
        assertThat(versions.statusCode()).as(text(versions)).isEqualTo(200);
        JsonNode list = body(versions);
        assertThat(list).hasSize(3);
        List<Integer> numbers = new ArrayList<>();
        list.forEach(v -> numbers.add(v.get("version").asInt()));
        assertThat(numbers).containsExactly(3, 2, 1);
        assertThat(list.get(2).get("name").asText()).isEqualTo("History");
        assertThat(list.get(2).get("author").asText()).isEqualTo("admin");
        assertThat(list.get(0).get("lastModified").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(body(viewer.get("/rest/wiki/History/info"))).isEqualTo(list.get(0));
        assertThat(viewer.send(viewer.request("/rest/wiki/History/versions")
                .header("If-None-Match", header(versions, "ETag")).GET()).statusCode()).isEqualTo(304);

        HttpResponse<byte[]> missing = viewer.get("/rest/wiki/NoSuchPage/versions");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(header(missing, "Content-Type")).isEqualTo("application/problem+json");
        assertThat(body(missing).get("detail").asText()).isEqualTo("Wiki page \"NoSuchPage\" does not exist");
    }

    @Test
    void searchAndIndex() {
        createTicket("xylophone search target");
        HttpResponse<byte[]> hits = anonymous.get("/rest/search?q=xylophone");
        assertThat(hits.statusCode()).as(text(hits)).isEqualTo(200);
        assertThat(text(hits)).contains("xylophone");
        JsonNode index = body(anonymous.get("/rest"));
        assertThat(index.get("resources").fieldNames()).toIterable()
                .contains("tickets", "wiki", "search", "milestones", "components", "versions", "priorities");
    }

    @Test
    void permissionOutcomes() {
        HttpResponse<byte[]> anonymousCreate = anonymous.json("POST", "/rest/tickets",
                "{\"summary\":\"no\",\"description\":\"d\"}");
        assertThat(anonymousCreate.statusCode()).isEqualTo(401);
        assertThat(header(anonymousCreate, "WWW-Authenticate")).startsWith("Basic");
        int id = createTicket("not yours to delete");
        HttpResponse<byte[]> denied = viewer.send(viewer.request("/rest/tickets/" + id).DELETE());
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(body(denied).get("type").asText()).isEqualTo("urn:polyport:problem:permission-denied");
        assertThat(anonymous.get("/login/rest/tickets").statusCode()).isEqualTo(401);
        assertThat(viewer.get("/login/rest/tickets").statusCode()).isEqualTo(200);
        RestClient wrong = new RestClient(server, "viewer", "nope");
        assertThat(wrong.get("/rest/tickets").statusCode()).isEqualTo(401);
    }
}
