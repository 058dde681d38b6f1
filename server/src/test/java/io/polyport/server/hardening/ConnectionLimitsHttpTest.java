package io.polyport.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.server.config.Config;
import io.polyport.server.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Stalled clients lose their sockets, and oversized bodies get a 413 the client can read. */
class ConnectionLimitsHttpTest {
    private static final int OVERSIZED = 20 * 1024 * 1024;

    @Test
    void stalledBodiesAndStalledHeadersHaveTheirSocketsClosed() throws Exception {
        Config config = Config.defaults().with("server", "bodyIdleTimeoutSeconds", 1)
                .with("server", "headerTimeoutSeconds", 1);
        try (TestServer server = TestServer.start(config)) {
            List<Socket> stalledBodies = new ArrayList<>();
            List<Socket> stalledHeaders = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                stalledBodies.add(open(server, "POST /rpc HTTP/1.1\r\nHost: x\r\nContent-Type: text/xml\r\n"
                        + "Content-Length: 100000\r\n\r\n<"));
                stalledHeaders.add(open(server, "POST /rpc HTTP/1.1\r\nHost: x\r\nContent-Ty"));
            }
            long start = System.nanoTime();
            for (Socket socket : stalledBodies) {
                assertClosedByServer(socket);
            }
            for (Socket socket : stalledHeaders) {
                assertClosedByServer(socket);
            }
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(10);
        }
    }

    @Test
    void pythonHttpClientReadsThe413OfAnOversizedBody() throws Exception {
        try (TestServer server = TestServer.start()) {
            Path script = Files.createTempFile("post-oversized", ".py");
            Files.writeString(script, """
                    import http.client, sys
                    conn = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]), timeout=30)
                    conn.request("POST", "/rpc", body=b"x" * (20 * 1024 * 1024), headers={"Content-Type": "text/xml"})
                    response = conn.getresponse()
                    print(response.status, response.read().decode())
                    """);
            Process python = new ProcessBuilder("python3", script.toString(), Integer.toString(server.port()))
                    .redirectErrorStream(true).start();
            assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Files.delete(script);
            assertThat(output).startsWith("413 Request body larger than");
        }
    }

    /**
     * Java's client reads the 413 of a body it is still sending; with {@code Expect: 100-continue} a small body
     * gets its {@code 100 Continue} and is served. (JDK 17's client hangs on a final status in answer to
     * {@code Expect}, JDK-8286171, so the refusal before the body is checked on a raw socket below.)
     */
    @Test
    void javaHttpClientReadsThe413AndGetsItsContinue() throws Exception {
        try (TestServer server = TestServer.start()) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest oversized = HttpRequest.newBuilder(server.uri("/rpc"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[OVERSIZED]))
                    .build();
            assertThat(client.send(oversized, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
            HttpRequest small = HttpRequest.newBuilder(server.uri("/login/rpc"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", TestServer.basic("admin", TestServer.ADMIN_PASSWORD))
                    .expectContinue(true)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"method\":\"system.getAPIVersion\",\"id\":1}"))
                    .build();
            assertThat(client.send(small, HttpResponse.BodyHandlers.ofString()).body()).contains("\"result\"");
        }
    }

    @Test
    void expectContinueIsRefusedBeforeTheBodyIsSent() throws Exception {
        try (TestServer server = TestServer.start();
             Socket socket = open(server, "POST /rpc HTTP/1.1\r\nHost: x\r\nContent-Type: text/xml\r\n"
                     + "Expect: 100-continue\r\nContent-Length: " + OVERSIZED + "\r\n\r\n")) {
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(response).startsWith("HTTP/1.1 413").contains("Connection: close")
                    .endsWith("Request body larger than 10485760 bytes.");
        }
    }

    static Socket open(TestServer server, String request) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static void assertClosedByServer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        try {
            byte[] buffer = new byte[4096];
            int read;
            do {
                read = in.read(buffer);
            } while (read > 0);
            assertThat(read).isEqualTo(-1);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept a stalled socket open", e);
        } catch (IOException reset) {
            // closed by the server with a reset: closed all the same
        } finally {
            socket.close();
        }
    }
}
