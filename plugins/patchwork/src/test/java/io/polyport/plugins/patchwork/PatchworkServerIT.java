package io.polyport.plugins.patchwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.plugins.patchwork.testing.Capture;
import io.polyport.plugins.patchwork.testing.CaptureReplay;
import io.polyport.plugins.patchwork.testing.FixtureData;
import io.polyport.plugins.patchwork.testing.KnownDifferences;
import io.polyport.plugins.patchwork.testing.RawHttp;
import io.polyport.server.config.Config;
import io.polyport.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged plugin jar in a real server's plugin folder (its classes are not on this test's class path), the
 * reference mails filed through the plugin's own methods, then every captured Patchwork exchange replayed over
 * HTTP with its absolute request line and compared with Patchwork's answer; the same methods over JSON-RPC and
 * REST; {@code git am} on the served mbox.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PatchworkServerIT {
    private static final Map<String, String> PASSWORDS = Map.of("maint", "maint-secret", "user", "user-secret",
            "admin", TestServer.ADMIN_PASSWORD);
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createTempDirectory("patchwork-it");
        Files.createDirectories(data.resolve("plugins"));
        Path jar = Path.of(System.getProperty("patchwork.pluginJar", "target/polyport-plugin-patchwork.jar"));
        Files.copy(jar, data.resolve("plugins/patchwork.jar"), StandardCopyOption.REPLACE_EXISTING);
        server = TestServer.start(Config.defaults(), data);
        server.addUser("maint", PASSWORDS.get("maint"));
        server.addUser("user", PASSWORDS.get("user"));
        server.grant("anonymous", "XML_RPC", "PATCH_VIEW");
        XmlRpcClient admin = server.xmlRpcClient("/login/rpc", "admin", TestServer.ADMIN_PASSWORD);
        FixtureData.load((method, args) -> admin.execute(method, args));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void thePluginIsLoadedFromItsJarOnly() {
        assertThatThrownBy(() -> Class.forName("io.polyport.plugins.patchwork.PatchworkPlugin"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.apache.james.mime4j.dom.Message"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    @Order(2)
    void everyCapturedCallAnswersAsPatchworkDid() throws Exception {
        CaptureReplay.Result result = CaptureReplay.run(capture -> {
            RawHttp.Response response = RawHttp.send(server.port(), capture.method(), absolute(capture.target()),
                    headers(capture), KnownDifferences.request(capture));
            return new CaptureReplay.Answer(response.status(), response.body());
        });
        assertThat(result.mismatches()).isEmpty();
        assertThat(result.compared()).isGreaterThan(140);
    }

    @Test
    @Order(3)
    void theServerAnswersWhatItDecidesItsOwnWay() throws Exception {
        Capture badPassword = Capture.load("123-patch_set-direct-bad-password.txt");
        RawHttp.Response refused = RawHttp.send(server.port(), "POST", absolute(badPassword.target()),
                Map.of("Content-Type", "text/xml", "Authorization", badPassword.requestHeaders().get("authorization")),
                badPassword.requestBody());
        assertThat(refused.status()).isEqualTo(401);

        Capture noSlash = Capture.load("165-pw_rpc_version-raw-no-trailing-slash.txt");
        RawHttp.Response direct = RawHttp.send(server.port(), "POST", "/xmlrpc", Map.of("Content-Type", "text/xml"),
                noSlash.requestBody());
        assertThat(direct.status()).isEqualTo(200);
        assertThat(direct.body()).contains("<value><int>1</int></value>", "<value><int>3</int></value>");

        Capture unknown = Capture.load("158-no_such_method-direct-unknown.txt");
        RawHttp.Response fault = RawHttp.send(server.port(), "POST", "/xmlrpc/", Map.of("Content-Type", "text/xml"),
                unknown.requestBody());
        assertThat(fault.body()).contains("<fault>", "no_such_method").doesNotContain("Exception", "at io.");
    }

    @Test
    @Order(4)
    void theSameMethodsAnswerOverJsonRpcAndRest() throws Exception {
        ObjectMapper json = new ObjectMapper();
        HttpResponse<String> jsonRpc = server.post("/jsonrpc", "application/json",
                "{\"method\": \"patch_get\", \"params\": [5], \"id\": 1}", null, null);
        JsonNode patch = json.readTree(jsonRpc.body()).get("result");
        assertThat(patch.get("name").asText()).isEqualTo("build: add a Makefile for foobar support");
        assertThat(patch.get("hash").asText()).isEqualTo("ec43498d5725e58516fb233d27b244d3abafc8da");
        assertThat(jsonRpc.body()).contains(Base64.getEncoder().encodeToString("maint".getBytes(StandardCharsets.UTF_8)));

        HttpResponse<String> rest = server.post("/rest/rpc/patch_list", "application/json",
                "{\"filt\": {\"name__icontains\": \"hello\"}}", null, null);
        assertThat(rest.statusCode()).isEqualTo(200);
        assertThat(json.readTree(rest.body()).findValuesAsText("name"))
                .containsExactly("[1/3] hello: greet the world", "[3/3] hello: use EXIT_SUCCESS");

        HttpResponse<String> denied = server.post("/rest/rpc/patch_set", "application/json",
                "{\"patch_id\": 4, \"params\": {\"state\": 3}}", "user", PASSWORDS.get("user"));
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("No permissions to edit this patch");
    }

    @Test
    @Order(5)
    void gitAmAppliesTheServedMboxWithTheReviewTag(@TempDir Path repo) throws Exception {
        git(repo, "init", "-q", "-b", "main");
        git(repo, "config", "user.name", "Test");
        git(repo, "config", "user.email", "test@example.org");
        Files.writeString(repo.resolve("README"), "Demo project\n");
        git(repo, "add", "README");
        git(repo, "commit", "-q", "-m", "Initial");
        XmlRpcClient anonymous = server.xmlRpcClient("/xmlrpc/", null, null);
        for (int patchId : new int[] {4, 5}) {
            Path mbox = repo.resolve(patchId + ".mbox");
            Files.writeString(mbox, (String) anonymous.execute("patch_get_mbox", new Object[] {patchId}));
            git(repo, "am", "-q", mbox.toString());
        }
        assertThat(Files.readString(repo.resolve("README"))).isEqualTo("Demo project\nContributors: Bob\n");
        assertThat(Files.readString(repo.resolve("Makefile"))).isEqualTo("CFLAGS = -Wall\nhello: hello.c\n");
        String bobsCommit = git(repo, "log", "-1", "--skip=1", "--format=%an <%ae>%n%B");
        assertThat(bobsCommit).startsWith("Bob Builder <bob@example.com>\nREADME: add contributors line\n")
                .contains("Signed-off-by: Bob Builder <bob@example.com>\n"
                        + "Reviewed-by: Mary Maintainer <maint@example.org>");
    }

    @Test
    @Order(6)
    void pythonsXmlRpcClientWorksAsPwclientUsesIt(@TempDir Path scripts) throws Exception {
        assumeTrue(hasPython(), "python3 is not on the PATH");
        Path script = scripts.resolve("pwclient_session.py");
        try (var in = PatchworkServerIT.class.getResourceAsStream("/python/pwclient_session.py")) {
            Files.copy(in, script);
        }
        String output = run(scripts, "python3", script.toString(), server.uri("/xmlrpc/").toString(),
                server.urlWithCredentials("maint", PASSWORDS.get("maint"), "/xmlrpc/"));
        assertThat(output.lines()).contains("version [1, 3, 0]",
                "patch 1 New Alice Author <alice@example.com> [1/3] hello: greet the world",
                "patch 5 New Carol Coder <carol@example.net> build: add a Makefile for foobar support",
                "mbox-tag True", "set True", "now Accepted abc123",
                "fault 1 <class 'Exception'>:No authentication credentials given");
    }

    private static boolean hasPython() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static String absolute(String target) {
        String path = target.startsWith("http") ? target.replaceFirst("^https?://[^/]+", "") : target;
        return "http://127.0.0.1:" + server.port() + path;
    }

    private static Map<String, String> headers(Capture capture) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", capture.requestHeaders().getOrDefault("content-type", "text/xml"));
        capture.basicCredentials().ifPresent(credentials -> headers.put("Authorization",
                TestServer.basic(credentials[0], PASSWORDS.get(credentials[0]))));
        return headers;
    }

    private static String git(Path repo, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        return run(repo, command.toArray(String[]::new));
    }

    /** Runs a command in {@code folder}; its output, after asserting it succeeded. */
    private static String run(Path folder, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), output).isZero();
        return output;
    }
}
