package io.polyport.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.server.config.Config;
import io.polyport.server.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with HTTP/2 from a PEM certificate and key made in the test, and the redirect from plain HTTP. */
class TlsHttpTest {
    private static final String PASSWORD = "changeit";

    @Test
    void servesHttp2OverTlsFromPemFilesAndRedirectsPlainHttp(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("self-signed.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-alias", "polyport", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1").redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        KeyStore store = KeyStore.getInstance(keystore.toFile(), PASSWORD.toCharArray());
        Certificate certificate = store.getCertificate("polyport");
        Key key = store.getKey("polyport", PASSWORD.toCharArray());
        Path certificatePem = Files.writeString(dir.resolve("cert.pem"), pem("CERTIFICATE", certificate.getEncoded()));
        Path keyPem = Files.writeString(dir.resolve("key.pem"), pem("PRIVATE KEY", key.getEncoded()));

        Config config = Config.defaults().with("server", "tls", Map.of("certificate", certificatePem.toString(),
                "privateKey", keyPem.toString(), "redirectFromPort", 0));
        try (TestServer server = TestServer.start(config)) {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("polyport", certificate);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            HttpClient client = HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_2).build();

            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + server.port() + "/health/live")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();

            HttpResponse<String> call = client.send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + server.port() + "/login/rpc"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", TestServer.basic("admin", TestServer.ADMIN_PASSWORD))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"method\":\"system.getAPIVersion\",\"id\":1}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(call.body()).contains("\"result\"");

            HttpResponse<String> redirect = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.listenerPort(1) + "/login/rpc?x=1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(redirect.statusCode()).isEqualTo(308);
            assertThat(redirect.headers().firstValue("Location"))
                    .hasValue("https://127.0.0.1:" + server.port() + "/login/rpc?x=1");
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
