package io.polyport.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.polyport.server.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two examples from the Trac XmlRpcPlugin's page, run unchanged (in Python 3) with the stock
 * {@code xmlrpc.client} against a real server. CI installs python3 (see .ci/run); elsewhere the test is skipped
 * when no python3 is on the PATH.
 */
class PythonClientTest {
    private static TestServer server;

    @TempDir
    Path scripts;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        server.addUser("bob", "bob-pw", "XML_RPC", "TICKET_CREATE", "TICKET_VIEW");
        XmlRpcClient admin = client("admin", TestServer.ADMIN_PASSWORD);
        admin.execute("ticket.create", List.of("First of admin", "one", Map.of("owner", "admin")));
        admin.execute("ticket.create", List.of("Someone else's", "two", Map.of("owner", "bob")));
        admin.execute("ticket.create", List.of("Second of admin", "three", Map.of("owner", "admin")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static XmlRpcClient client(String user, String password) {
        return server.xmlRpcClient("/login/rpc", user, password);
    }

    @Test
    void listsMethodsWithTheirHelp() throws Exception {
        String output = python("list_methods.py", server.urlWithCredentials("admin", TestServer.ADMIN_PASSWORD,
                "/login/rpc"));
        assertThat(output).contains("ticket.get\n  array ticket.get(int id)")
                .contains("system.multicall\n").contains("ticket.query\n  array ticket.query(string qstr=");
    }

    @Test
    void queriesThenFetchesWithOneMulticall() throws Exception {
        String output = python("owner_multicall.py",
                server.urlWithCredentials("admin", TestServer.ADMIN_PASSWORD, "/login/rpc"), "admin");
        assertThat(output.lines()).containsExactlyInAnyOrder("1 admin First of admin DateTime",
                "3 admin Second of admin DateTime");
    }

    @Test
    void aUserSeesOnlyTheMethodsTheyMayCall() throws Exception {
        String output = python("list_methods.py", server.urlWithCredentials("bob", "bob-pw", "/login/rpc"));
        assertThat(output).contains("ticket.create\n").doesNotContain("ticket.delete\n");
    }

    private String python(String script, String... args) throws IOException, InterruptedException {
        assumeTrue(hasPython(), "python3 is not on the PATH");
        Path file = scripts.resolve(script);
        try (var in = PythonClientTest.class.getResourceAsStream("/python/" + script)) {
            Files.copy(in, file);
        }
        List<String> command = new ArrayList<>(List.of("python3", file.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static boolean hasPython() {
        try {
            Process process = new ProcessBuilder("python3", "--version").start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
