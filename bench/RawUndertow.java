import io.undertow.Undertow;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The baseline every Polyport figure is a ratio against: a bare Undertow handler that answers a fixed
 * JSON-RPC-sized body on the I/O thread. Run with the server jar on the class path:
 * {@code java -cp server/target/polyport.jar bench/RawUndertow.java 18081}.
 */
public class RawUndertow {
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        ByteBuffer body = ByteBuffer.wrap(("{\"result\": [1, {\"__jsonclass__\": [\"datetime\", \"2026-11-22T11:47:10\"]}"
                + ", {\"__jsonclass__\": [\"datetime\", \"2026-11-22T11:47:10\"]}, {\"summary\": \"Bench\"}], "
                + "\"error\": null, \"id\": 1}\n").getBytes(StandardCharsets.UTF_8));
        Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                .setHandler(exchange -> {
                    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
                    exchange.getResponseSender().send(body.duplicate());
                })
                .build()
                .start();
        System.out.println("raw undertow on " + port);
    }
}
