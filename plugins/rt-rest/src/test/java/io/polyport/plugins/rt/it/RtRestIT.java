package io.polyport.plugins.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.polyport.plugins.rt.it.RtClient.Answer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The RT REST 1.0 plugin in a real server: the exchanges of a real RT 5.0.3 (logins, create, show, edit, comment
 * with attachments, history, attachments, search, users, queues, links, logout) replayed and compared by status
 * line, comment lines and fields; the all-or-nothing edit; TicketSQL; concurrent edits; and python-rt's client.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RtRestIT {
    private static final byte[] GIF = Base64.getDecoder().decode(
            "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
    private static final String CONFIG = """
            ticket:
              custom:
                - name: approval
                  type: select
                  label: Need For Approval
                  options: ["Yes", "No"]
            plugins:
              rt-rest:
                queues:
                  ___Approvals: {restricted: true, description: Approvals only}
            """;

    @TempDir
    static Path work;

    private ServerProcess server;
    private RtClient alice;
    private RtClient admin;

    @BeforeAll
    void startServer() throws Exception {
        Path data = work.resolve("data");
        Files.createDirectories(data);
        ServerProcess.cli(data, "alice-secret\n", "user", "add", "alice", "--password-stdin");
        ServerProcess.cli(data, "", "permission", "add", "alice", "XML_RPC", "TICKET_VIEW", "TICKET_CREATE",
                "TICKET_MODIFY", "TICKET_APPEND");
        server = ServerProcess.start(data, CONFIG);
        for (String queue : List.of("General", "___Approvals")) {
            xmlRpcAsAdmin("ticket.component.create", "<value>" + queue + "</value>", "<value><struct/></value>");
        }
        alice = new RtClient(server.baseUrl(), "alice", "alice-secret");
        admin = new RtClient(server.baseUrl(), "admin", ServerProcess.ADMIN_PASSWORD);
    }

    @AfterAll
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyWayOfLoggingInIsVerifiedByTheGateway() throws Exception {
        RtClient nobody = new RtClient(server.baseUrl(), "", "");
        Answer missing = nobody.get("ticket/1/show");
        assertThat(missing.httpStatus()).isEqualTo(401);
        assertThat(missing.response().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(missing.statusLine()).isEqualTo("RT/5.0.3 401 Credentials required");

        Answer wrong = new RtClient(server.baseUrl(), "alice", "wrong").get("ticket/1/show");
        assertThat(wrong.statusLine()).isEqualTo("RT/5.0.3 401 Credentials required");
        assertThat(wrong.body()).contains("Your username or password is incorrect");

        int id = create("General", "for logins");
        assertThat(alice.get("ticket/" + id + "/show").form()).containsEntry("Subject", "for logins");
        String basic = "Basic " + Base64.getEncoder().encodeToString("alice:alice-secret".getBytes(StandardCharsets.UTF_8));
        assertThat(nobody.get("ticket/" + id + "/show", "Authorization", basic).form())
                .containsEntry("Subject", "for logins");

        Answer login = nobody.postForm("", "user=alice&pass=alice-secret", Map.of());
        assertThat(login.statusLine()).isEqualTo("RT/5.0.3 200 Ok");
        String cookie = login.response().headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(cookie).startsWith("RT_SID_");
        assertThat(nobody.get("ticket/" + id + "/show", "Cookie", cookie).form()).containsEntry("id", "ticket/" + id);
        Answer logout = nobody.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/REST/1.0/logout"))
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(logout.statusLine()).isEqualTo("RT/5.0.3 200 Ok");
        Answer afterLogout = nobody.get("ticket/" + id + "/show", "Cookie", cookie);
        assertThat(afterLogout.statusLine()).isEqualTo("RT/5.0.3 401 Credentials required");
        assertThat(nobody.postForm("", "user=alice&pass=wrong", Map.of()).statusLine())
                .isEqualTo("RT/5.0.3 401 Credentials required");
    }

    @Test
    void aCreatedTicketShowsAsRtShowsIt() throws Exception {
        Answer created = alice.post("ticket/new", """
                id: ticket/new
                Queue: General
                Requestor: alice
                Subject: raw wire ticket
                Priority: 30
                CF.{Need For Approval}: Yes
                Text: first line
                 second line""");
        assertThat(created.statusLine()).isEqualTo("RT/5.0.3 200 Ok");
        int id = ticketId(created);

        Map<String, String> shown = alice.get("ticket/" + id + "/show").form();
        assertThat(shown).containsEntry("id", "ticket/" + id).containsEntry("Queue", "General")
                .containsEntry("Owner", "Nobody").containsEntry("Creator", "alice")
                .containsEntry("Subject", "raw wire ticket").containsEntry("Status", "new")
                .containsEntry("Priority", "30").containsEntry("Requestors", "alice")
                .containsEntry("Starts", "Not set").containsEntry("TimeWorked", "0")
                .containsEntry("CF.{Need For Approval}", "Yes");
        assertThat(shown.keySet()).startsWith("id", "Queue", "Owner", "Creator", "Subject", "Status", "Priority",
                "InitialPriority", "FinalPriority", "Requestors", "Cc", "AdminCc", "Created", "Starts", "Started",
                "Due", "Resolved", "Told", "LastUpdated", "TimeEstimated", "TimeWorked", "TimeLeft");
        assertThat(shown.get("Created")).matches("[A-Z][a-z]{2} [A-Z][a-z]{2} \\d\\d \\d\\d:\\d\\d:\\d\\d \\d{4}");
        assertThat(alice.get("ticket/" + id).form()).isEqualTo(shown);

        Answer some = alice.get("ticket/" + id + "/show?fields=" + RtClient.encode("Subject,Status,CF.{Need For Approval}"));
        assertThat(some.form()).containsOnlyKeys("id", "Subject", "Status", "CF.{Need For Approval}");

        int second = create("General", "second raw ticket");
        Answer both = alice.get("ticket/show?id=" + id + "," + second);
        assertThat(both.forms()).extracting(form -> form.get("id"))
                .containsExactly("ticket/" + id, "ticket/" + second);
        assertThat(both.body()).contains("\n--\n");

        assertThat(alice.get("ticket/999999/show").comments()).containsExactly("Ticket 999999 does not exist.");
        assertThat(alice.get("ticket/abc/show").comments()).containsExactly("Ticket abc does not exist.");
    }

    @Test
    void refusedCreatesSayWhyAndCreateNothing() throws Exception {
        List<Integer> before = allIds();
        Answer noQueue = alice.post("ticket/new", "Queue: \nSubject: x\nText: y");
        assertThat(noQueue.statusLine()).isEqualTo("RT/5.0.3 200 Ok");
        assertThat(noQueue.comments()).containsExactly("Could not create ticket.",
                "Could not create ticket. Queue not set");
        assertThat(alice.post("ticket/new", "Queue: NoSuchQueue\nSubject: x\nText: y").comments())
                .containsExactly("Could not create ticket.", "Could not create ticket. Queue not set");
        assertThat(alice.post("ticket/new", "Queue: ___Approvals\nSubject: x\nText: y").comments())
                .containsExactly("Could not create ticket.",
                        "No permission to create tickets in the queue '___Approvals'");
        Answer unknown = alice.post("ticket/new", "Queue: General\nSubject: x\nSpam: 1\nText: y");
        assertThat(unknown.statusLine()).isEqualTo("RT/5.0.3 409 Syntax Error");
        assertThat(unknown.comments()).containsExactly("Could not create ticket.", "Spam: Unknown field");
        assertThat(unknown.form()).containsEntry("Spam", "1");
        assertThat(allIds()).isEqualTo(before);

        Answer template = alice.get("ticket/new");
        assertThat(template.comments()).containsExactly("Required: id, Queue");
        assertThat(template.form()).containsEntry("id", "ticket/new").containsEntry("Requestor", "alice")
                .containsEntry("Status", "new").containsKeys("Queue", "Subject", "Text");
    }

    @Test
    void anEditIsAllOrNothing() throws Exception {
        int id = create("General", "edit me");
        Map<String, String> before = alice.get("ticket/" + id + "/show").form();
        int historyBefore = alice.get("ticket/" + id + "/history").body().split("\n").length;

        Answer mixed = alice.post("ticket/" + id + "/edit", "Spam: 10\nSubject: x2\nQueue: ___Approvals");
        assertThat(mixed.statusLine()).isEqualTo("RT/5.0.3 409 Syntax Error");
        assertThat(mixed.comments()).containsExactly("spam: Unknown field.", "queue: Permission Denied");
        assertThat(mixed.body()).doesNotContain("updated");
        assertThat(alice.post("ticket/" + id + "/edit", "Queue: NoSuchQueue").comments())
                .containsExactly("queue: Queue NoSuchQueue does not exist");
        assertThat(alice.post("ticket/" + id + "/edit", "CF.{Need For Approval}: Maybe").comments())
                .containsExactly("need for approval: Invalid value for custom field");
        assertThat(alice.post("ticket/" + id + "/edit", "Status: stalled").rtStatus()).isEqualTo(409);
        assertThat(alice.post("ticket/" + id + "/edit", "TimeWorked: 30").comments())
                .containsExactly("timeworked: not kept by this server");
        assertThat(alice.get("ticket/" + id + "/show").form()).isEqualTo(before);
        assertThat(alice.get("ticket/" + id + "/history").body().split("\n")).hasSize(historyBefore);

        Answer edited = alice.post("ticket/" + id + "/edit",
                "Subject: edited\nStatus: open\nPriority: 50\nCF.{Need For Approval}: No\nOwner: alice");
        assertThat(edited.statusLine()).isEqualTo("RT/5.0.3 200 Ok");
        assertThat(edited.comments()).containsExactly("Ticket " + id + " updated.");
        assertThat(alice.get("ticket/" + id + "/show").form()).containsEntry("Subject", "edited")
                .containsEntry("Status", "open").containsEntry("Priority", "50").containsEntry("Owner", "alice")
                .containsEntry("CF.{Need For Approval}", "No");
        assertThat(alice.post("ticket/" + id, "Priority: 10").comments())
                .containsExactly("Ticket " + id + " updated.");
        assertThat(alice.post("ticket/" + id + "/edit", "Status: resolved").comments())
                .containsExactly("Ticket " + id + " updated.");
        assertThat(alice.get("ticket/" + id + "/show").form()).containsEntry("Status", "resolved");

        Answer missing = alice.post("ticket/999999/edit", "Subject: x");
        assertThat(missing.statusLine()).isEqualTo("RT/5.0.3 400 Bad Request");
        assertThat(missing.comments()).containsExactly("Ticket 999999 does not exist.");
    }

    @Test
    void commentsCarryAttachmentsByteForByte() throws Exception {
        int id = create("General", "with attachments");
        Answer comment = alice.postMultipart("ticket/" + id + "/comment",
                "id: " + id + "\nAction: comment\nText: a raw comment\n second line\nAttachment: x.txt, 1x1.gif",
                List.of(Map.entry("x.txt", "attachment one\nsecond line\n".getBytes(StandardCharsets.UTF_8)),
                        Map.entry("1x1.gif", GIF)));
        assertThat(comment.statusLine()).isEqualTo("RT/5.0.3 200 Ok");
        assertThat(comment.comments()).containsExactly("Comments added");
        assertThat(alice.post("ticket/" + id + "/comment", "id: " + id + "\nAction: correspond\nText: a reply")
                .comments()).containsExactly("Correspondence added");
        Answer missingFile = alice.post("ticket/" + id + "/comment",
                "id: " + id + "\nAction: comment\nText: x\nAttachment: nothere.txt");
        assertThat(missingFile.statusLine()).isEqualTo("RT/5.0.3 400 Bad Request");
        assertThat(missingFile.comments()).containsExactly("No attachment for nothere.txt");
        assertThat(alice.post("ticket/999999/comment", "id: 999999\nAction: comment\nText: x").comments())
                .containsExactly("Ticket 999999 does not exist.");

        Answer list = alice.get("ticket/" + id + "/attachments");
        assertThat(list.form()).containsEntry("id", "ticket/" + id + "/attachments");
        assertThat(list.form().get("Attachments")).contains("1: x.txt (text/plain / 27b)")
                .contains("2: 1x1.gif (image/gif / 43b)");
        assertThat(alice.get("ticket/" + id + "/attachments/2/content").content()).isEqualTo(GIF);
        assertThat(new String(alice.get("ticket/" + id + "/attachments/1/content").content(), StandardCharsets.UTF_8))
                .isEqualTo("attachment one\nsecond line\n");
        Answer shown = alice.get("ticket/" + id + "/attachments/1");
        assertThat(shown.form()).containsEntry("id", "1").containsEntry("Filename", "x.txt")
                .containsEntry("ContentType", "text/plain").containsEntry("Creator", "alice");
        assertThat(alice.get("ticket/" + id + "/attachments/999999").comments())
                .containsExactly("Invalid attachment id: 999999");
    }

    @Test
    void historyListsEveryChange() throws Exception {
        int id = create("General", "history");
        alice.post("ticket/" + id + "/edit", "Subject: history (edited)");
        alice.post("ticket/" + id + "/comment", "id: " + id + "\nAction: comment\nText: noted");
        Answer brief = alice.get("ticket/" + id + "/history");
        assertThat(brief.comments()).containsExactly("3/3 (/total)");
        assertThat(brief.body()).contains("1: Ticket created by alice")
                .contains("2: Subject changed from 'history' to 'history (edited)' by alice")
                .contains("3: Comments added by alice");
        Answer full = alice.get("ticket/" + id + "/history?format=l");
        assertThat(full.comments()).containsExactly("1/3 (id/1/total)", "2/3 (id/2/total)", "3/3 (id/3/total)");
        assertThat(full.forms()).extracting(form -> form.get("Type")).containsExactly("Create", "Set", "Comment");
        assertThat(full.forms().get(2)).containsEntry("Content", "noted").containsEntry("Creator", "alice")
                .containsEntry("Ticket", String.valueOf(id));
        assertThat(alice.get("ticket/" + id + "/history/id/2").form()).containsEntry("Field", "Subject")
                .containsEntry("OldValue", "history").containsEntry("NewValue", "history (edited)");
        assertThat(alice.get("ticket/" + id + "/history/id/41").comments())
                .containsExactly("Transaction 41 is not related to Ticket " + id);
    }

    @Test
    void ticketSqlBecomesOneTicketQuery() throws Exception {
        int first = create("General", "sql alpha");
        int second = create("General", "sql beta");
        alice.post("ticket/" + second + "/edit", "CF.{Need For Approval}: No\nPriority: 50\nStatus: open");
        int hidden = ticketId(admin.post("ticket/new", "Queue: ___Approvals\nSubject: sql secret\nText: x"));

        assertThat(search(alice, "Subject LIKE 'sql' AND Status != 'deleted'", "-id", "s"))
                .containsExactly(second + ": sql beta", first + ": sql alpha");
        assertThat(search(alice, "Subject LIKE 'sql'", "+id", "i"))
                .containsExactly("ticket/" + first, "ticket/" + second);
        assertThat(search(admin, "Subject LIKE 'sql'", "+id", "i"))
                .containsExactly("ticket/" + first, "ticket/" + second, "ticket/" + hidden);
        assertThat(alice.get("ticket/" + hidden + "/show").comments())
                .containsExactly("Ticket " + hidden + " does not exist.");
        assertThat(search(alice, "'CF.{Need For Approval}' = 'No' AND Subject LIKE 'sql'", "", "s"))
                .containsExactly(second + ": sql beta");
        assertThat(search(alice, "(Subject = 'sql alpha' OR Subject = 'sql beta') AND Status = 'open'", "", "s"))
                .containsExactly(second + ": sql beta");
        assertThat(search(alice, "Subject LIKE 'sql' AND Priority > 40", "", "s"))
                .containsExactly(second + ": sql beta");
        assertThat(search(alice, "id >= " + first + " AND id <= " + second + " AND Subject NOT LIKE 'beta'", "",
                "s")).containsExactly(first + ": sql alpha");
        assertThat(alice.get("search/ticket?query=" + RtClient.encode("Subject LIKE 'sql' AND Subject NOT LIKE 'b'"))
                .body()).contains("Invalid query: 'two conditions on summary joined by AND are not supported");
        assertThat(search(alice, "Subject LIKE 'sql' AND 'CF.{Need For Approval}' IS NULL", "", "s"))
                .containsExactly(first + ": sql alpha");
        assertThat(search(alice, "id = " + first, "", "s")).containsExactly(first + ": sql alpha");
        assertThat(search(alice, "Queue = 'General' AND id > " + first + " AND id <= " + second, "", "i"))
                .containsExactly("ticket/" + second);

        Answer longForm = alice.get("search/ticket?query=" + RtClient.encode("id = " + second)
                + "&format=l&fields=Subject,Status");
        assertThat(longForm.form()).containsOnlyKeys("id", "Subject", "Status").containsEntry("Status", "open");
        Answer none = alice.get("search/ticket?query=" + RtClient.encode("Subject = 'no such subject zzz'"));
        assertThat(none.body()).contains("No matching results.");
        Answer invalid = alice.get("search/ticket?query=" + RtClient.encode("Subject = "));
        assertThat(invalid.statusLine()).isEqualTo("RT/5.0.3 400 Bad request");
        assertThat(invalid.body()).contains("Invalid query: '").doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("io.polyport");
        assertThat(alice.get("search/ticket?query=" + RtClient.encode("Frobnicate = 'x'")).body())
                .contains("Invalid query: 'the field 'Frobnicate' is not supported'");
    }

    @Test
    void queuesUsersAndLinks() throws Exception {
        Answer general = alice.get("queue/General");
        assertThat(general.form()).containsEntry("Name", "General").containsKey("id");
        assertThat(alice.get(general.form().get("id")).form()).containsEntry("Name", "General");
        assertThat(alice.get("queue/NoSuchQueue").comments()).containsExactly("No queue named NoSuchQueue exists.");
        assertThat(admin.get("queue/___Approvals").form()).containsEntry("Description", "Approvals only");
        assertThat(alice.get("user/alice").form()).containsEntry("Name", "alice").containsEntry("id", "user/alice");
        assertThat(alice.get("user/admin").comments().get(0)).startsWith("You are not allowed to see user admin");

        int id = create("General", "links");
        assertThat(alice.get("ticket/" + id + "/links").form()).containsOnly(Map.entry("id", "ticket/" + id + "/links"));
        Answer edit = alice.post("ticket/" + id + "/links", "DependsOn: 1");
        assertThat(edit.rtStatus()).isEqualTo(409);
        assertThat(edit.body()).doesNotContain("updated");
    }

    @Test
    void sixteenClientsEditingOneTicketLoseNothing() throws Exception {
        int id = create("General", "contended");
        int threads = 16;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    List<String> acknowledged = new ArrayList<>();
                    RtClient client = new RtClient(server.baseUrl(), "alice", "alice-secret");
                    for (int i = 0; i < each; i++) {
                        String text = "comment " + thread + "-" + i;
                        Answer answer = client.post("ticket/" + id + "/comment",
                                "id: " + id + "\nAction: comment\nText: " + text);
                        if (answer.comments().equals(List.of("Comments added"))) {
                            acknowledged.add(text);
                        }
                        client.post("ticket/" + id + "/edit", "Subject: contended " + thread + "-" + i);
                    }
                    return acknowledged;
                }));
            }
            List<String> acknowledged = new ArrayList<>();
            for (Future<List<String>> result : results) {
                acknowledged.addAll(result.get(120, TimeUnit.SECONDS));
            }
            assertThat(acknowledged).hasSize(threads * each);
            List<String> recorded = alice.get("ticket/" + id + "/history?format=l").forms().stream()
                    .filter(form -> "Comment".equals(form.get("Type"))).map(form -> form.get("Content")).toList();
            assertThat(recorded).containsExactlyInAnyOrderElementsOf(acknowledged);
            assertThat(alice.get("ticket/" + id + "/show").form().get("Subject")).matches("contended \\d+-\\d");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pythonRtWorksUnchanged() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "Debian's python3 is not installed; .ci/run installs it");
        Process probe = new ProcessBuilder(python.toString(), "-c", "import rt.rest1").start();
        assumeTrue(probe.waitFor() == 0, "python3-rt is not installed; .ci/run installs it with apt-get");
        Path script = work.resolve("python_rt_session.py");
        try (var in = getClass().getResourceAsStream("/python_rt_session.py")) {
            Files.copy(in, script);
        }
        Process session = new ProcessBuilder(python.toString(), script.toString(), server.baseUrl(), "alice",
                "alice-secret").redirectErrorStream(true).start();
        String output = new String(session.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(session.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(session.exitValue()).as(output).isZero();
        assertThat(output).contains("login\tTrue").containsPattern("create\t\\d+")
                .contains("get.Subject\t'pyrt ticket'").contains("get.Queue\t'General'")
                .contains("edit\tTrue").contains("get.edited\t'pyrt ticket edited'")
                .contains("get.status.edited\t'open'")
                .contains("edit.unknown\t'APISyntaxError: spam: Unknown field.'")
                .contains("get.after.unknown\t'pyrt ticket edited'")
                .contains("comment\tTrue").contains("reply\tTrue")
                .contains("attachments\t[('note.txt', 'text/plain')]")
                .contains("attachment.content\tb'attachment one\\nsecond line\\n'")
                .contains("owner\t'alice'").contains("get.missing\tNone").contains("logout\tTrue");
        assertThat(output).containsPattern("search.subject\t\\[.*'ticket/\\d+'.*\\]");
    }

    private List<String> search(RtClient client, String query, String orderBy, String format) throws Exception {
        Answer answer = client.get("search/ticket?query=" + RtClient.encode(query)
                + (orderBy.isEmpty() ? "" : "&orderby=" + RtClient.encode(orderBy)) + "&format=" + format);
        assertThat(answer.statusLine()).as(answer.body()).isEqualTo("RT/5.0.3 200 Ok");
        return answer.body().lines().skip(2).filter(line -> !line.isBlank()).toList();
    }

    private int create(String queue, String subject) throws Exception {
        return ticketId(alice.post("ticket/new", "Queue: " + queue + "\nSubject: " + subject + "\nText: text"));
    }

    private static int ticketId(Answer created) {
        Matcher matcher = Pattern.compile("Ticket (\\d+) created\\.").matcher(String.join("\n", created.comments()));
        assertThat(matcher.find()).as(created.body()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private List<Integer> allIds() throws Exception {
        return search(admin, "id > 0", "+id", "i").stream().filter(line -> line.startsWith("ticket/"))
                .map(line -> Integer.parseInt(line.substring(7))).toList();
    }

    private void xmlRpcAsAdmin(String method, String... params) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder("<?xml version=\"1.0\"?><methodCall><methodName>" + method
                + "</methodName><params>");
        for (String param : params) {
            body.append("<param>").append(param).append("</param>");
        }
        body.append("</params></methodCall>");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/login/xmlrpc"))
                .header("Content-Type", "text/xml")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + ServerProcess.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).doesNotContain("fault");
    }
}
