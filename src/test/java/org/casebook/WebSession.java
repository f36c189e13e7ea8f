package org.casebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for tests: keeps cookies, follows redirects, and sends back the CSRF token of the
 * last page it read, the way a form on that page would.
 */
public final class WebSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final HttpClient notFollowing = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private String csrf = "";

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Page(int status, String uri, String body, HttpHeaders headers) {}

    public Page get(String path) {
        return remember(send(HttpRequest.newBuilder(URI.create(base + path)).GET()));
    }

    /** Posts a form with the CSRF token from the last page read. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", csrf);
        return postRaw(path, all);
    }

    /** Posts exactly these fields: no CSRF token unless given. */
    public Page postRaw(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return remember(send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))));
    }

    /** Posts one file as multipart/form-data, with the CSRF token as a field; redirects not followed. */
    public Page postFile(String path, String field, String filename, byte[] content) {
        String boundary = "casebook-test-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
                        + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofByteArray(content),
                        HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        return send(notFollowing, request);
    }

    /**
     * Posts a multipart form as a browser does: the fields (and the CSRF token), then each file under one field
     * name, in order; redirects followed.
     */
    public Page postMultipart(String path, Map<String, String> fields, String fileField, Map<String, byte[]> files) {
        String boundary = "casebook-test-" + System.nanoTime();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", csrf);
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        all.forEach((name, value) -> parts.add(HttpRequest.BodyPublishers.ofString(
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n",
                StandardCharsets.UTF_8)));
        files.forEach((filename, content) -> {
            parts.add(HttpRequest.BodyPublishers.ofString(
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                            + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n",
                    StandardCharsets.UTF_8));
            parts.add(HttpRequest.BodyPublishers.ofByteArray(content));
            parts.add(HttpRequest.BodyPublishers.ofString("\r\n"));
        });
        parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "--\r\n"));
        return remember(send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new)))));
    }

    /** The CSRF token of the last page read. */
    public String csrf() {
        return csrf;
    }

    /** Posts an already encoded form with the CSRF token from the last page read. */
    public Page postForm(String path, String encodedForm) {
        String form = (encodedForm.isEmpty() ? "" : encodedForm + "&") + "_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return remember(send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))));
    }

    /**
     * One request as it is answered, redirects not followed; a request other than GET carries the session's CSRF
     * token as a form field (the body is a form).
     */
    public Page exactly(String method, String path, String encodedForm) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if ("GET".equals(method)) {
            request.GET();
        } else {
            String form = (encodedForm.isEmpty() ? "" : encodedForm + "&") + "_csrf="
                    + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(form));
        }
        return send(notFollowing, request.build());
    }

    /** Signs in through the real pages: password, then (when given) the second-factor code. */
    public Page signIn(String username, String password, String code) {
        get("/login");
        Page afterPassword = post("/login", Map.of("username", username, "password", password));
        if (code == null || !afterPassword.uri().endsWith("/login/code")) {
            return afterPassword;
        }
        return post("/login/code", Map.of("code", code));
    }

    private Page remember(Page page) {
        Matcher m = CSRF.matcher(page.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return page;
    }

    private Page send(HttpRequest.Builder request) {
        return send(client, request.build());
    }

    private static Page send(HttpClient through, HttpRequest request) {
        try {
            HttpResponse<String> r = through.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.uri().toString(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
