package io.polyport.rest.openapi;

import io.polyport.rest.http.RestResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The interactive API page at {@code /docs}: Swagger UI's published files, served from the
 * {@code org.webjars:swagger-ui} jar on the class path, and an index page that points it at the OpenAPI document
 * through a served start-up script (the page has no inline script or style).
 */
public final class SwaggerUi {
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "html", "text/html; charset=utf-8", "png", "image/png", "map", "application/json");
    private static final String VERSION = webjarVersion();
    /** Our own start-up script (no inline script, so the page passes a strict Content-Security-Policy). */
    private static final String INITIALIZER = "polyport-swagger-init.js";

    private SwaggerUi() {
    }

    /** The index page for the API mounted at {@code mountPath} (e.g. {@code /rest}). */
    public static RestResponse index(String mountPath) {
        String base = mountPath.replace("\"", "%22").replace("<", "%3C").replace("&", "%26");
        String page = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Polyport REST API</title>
                  <link rel="stylesheet" href="%1$s/docs/swagger-ui.css">
                </head>
                <body>
                  <div id="swagger-ui" data-openapi="%1$s/openapi.json"></div>
                  <script src="%1$s/docs/swagger-ui-bundle.js"></script>
                  <script src="%1$s/docs/swagger-ui-standalone-preset.js"></script>
                  <script src="%1$s/docs/%2$s"></script>
                </body>
                </html>
                """.formatted(base, INITIALIZER);
        return new RestResponse(200, TYPES.get("html"), page.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** One of Swagger UI's files, e.g. {@code swagger-ui.css}, or empty when there is no such file. */
    public static Optional<RestResponse> asset(String name) {
        if (!name.matches("[A-Za-z0-9._-]+") || name.startsWith(".")) {
            return Optional.empty();
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        String resource = name.equals(INITIALIZER) ? "io/polyport/rest/openapi/" + INITIALIZER
                : WEBJAR + VERSION + "/" + name;
        try (InputStream in = SwaggerUi.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null || !TYPES.containsKey(extension)) {
                return Optional.empty();
            }
            return Optional.of(new RestResponse(200, TYPES.get(extension), in.readAllBytes(),
                    Map.of("Cache-Control", "public, max-age=86400")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String webjarVersion() {
        try (InputStream in = SwaggerUi.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("org.webjars:swagger-ui is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
