package io.polyport.plugins.rt.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A minimal RT REST 1.0 client written from the format, independent of the plugin's code: it sends forms as RT
 * clients do and parses answers into the status line, the comment lines and the {@code key: value} fields of each
 * form (continuation lines folded back, {@code --} between forms).
 */
final class RtClient {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String credentials;

    /** A parsed answer. */
    record Answer(int httpStatus, String statusLine, List<String> comments, List<Map<String, String>> forms,
                  String body, byte[] raw, HttpResponse<byte[]> response) {
        int rtStatus() {
            return Integer.parseInt(statusLine.split(" ")[1]);
        }

        Map<String, String> form() {
            return forms.isEmpty() ? Map.of() : forms.get(0);
        }

        /** The content after the status line and the blank line, as bytes. */
        byte[] content() {
            int start = body.indexOf("\n\n") + 2;
            return java.util.Arrays.copyOfRange(raw, statusLine.getBytes(StandardCharsets.UTF_8).length + 2,
                    raw.length);
        }
    }

    /** A client sending {@code user} and {@code pass} as query parameters (empty: none). */
    RtClient(String baseUrl, String user, String password) {
        this.base = baseUrl + "/REST/1.0/";
        this.credentials = user.isEmpty() ? "" : "user=" + encode(user) + "&pass=" + encode(password);
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    Answer get(String path, String header, String value) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header(header, value).GET().build());
    }

    /** POSTs {@code content=...} urlencoded, as RT clients do without attachments. */
    Answer post(String path, String content) throws IOException, InterruptedException {
        return postForm(path, "content=" + encode(content), java.util.Map.of());
    }

    Answer postForm(String path, String form, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** POSTs {@code content} and files as multipart/form-data ({@code attachment_1}, ...). */
    Answer postMultipart(String path, String content, List<Map.Entry<String, byte[]>> files)
            throws IOException, InterruptedException {
        String boundary = "polyportBoundary" + UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\n" + content
                + "\r\n");
        for (int i = 0; i < files.size(); i++) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment_" + (i + 1)
                    + "\"; filename=\"" + files.get(i).getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(files.get(i).getValue());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static void write(java.io.ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        String separator = path.contains("?") ? "&" : "?";
        return URI.create(base + path + (credentials.isEmpty() ? "" : separator + credentials));
    }

    Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return parse(response);
    }

    static Answer parse(HttpResponse<byte[]> response) {
        byte[] raw = response.body();
        String body = new String(raw, StandardCharsets.ISO_8859_1);
        String text = new String(raw, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        List<String> comments = new ArrayList<>();
        List<Map<String, String>> forms = new ArrayList<>();
        Map<String, String> form = new LinkedHashMap<>();
        String lastKey = null;
        for (int i = 2; i < lines.length; i++) {
            String line = lines[i];
            if (line.equals("--")) {
                if (!form.isEmpty()) {
                    forms.add(form);
                }
                form = new LinkedHashMap<>();
                lastKey = null;
            } else if (line.startsWith("# ")) {
                comments.add(line.substring(2));
            } else if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && lastKey != null) {
                form.put(lastKey, (form.get(lastKey) + "\n" + line.strip()).strip());
            } else if (line.matches("^[A-Za-z][^:]*:( .*)?$")) {
                int colon = line.indexOf(':');
                lastKey = line.substring(0, colon);
                form.put(lastKey, line.substring(colon + 1).strip());
            }
        }
        if (!form.isEmpty()) {
            forms.add(form);
        }
        return new Answer(response.statusCode(), lines[0], comments, forms, body, raw, response);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
