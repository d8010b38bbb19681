package cn.justice.e2e.security;

import cn.justice.testing.openapi.ApiOperation;
import cn.justice.testing.openapi.OpenApiDocument;
import cn.justice.testing.openapi.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;

/**
 * HTTP through the gateway, every answer held against the document: the status must be documented for the operation,
 * never 5xx; an error must be {@code application/problem+json}; the media type must be one documented for the status,
 * and a JSON body must validate against its schema ({@link SchemaValidator}). Violations are collected, and a test
 * asserts there were none ({@link #takeViolations()}). Error bodies are kept for the personal-data search.
 */
public final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private final String base;
    private final OpenApiDocument document;
    private final SchemaValidator validator;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> errorBodies = new ConcurrentLinkedQueue<>();

    Api(String base, OpenApiDocument document) {
        this.base = base;
        this.document = document;
        this.validator = new SchemaValidator(document);
    }

    public OpenApiDocument document() {
        return document;
    }

    /** A request of {@code op} (key as {@code "POST /api/v1/…"}), path parameters still to fill in. */
    public Request request(String opKey) {
        return new Request(document.operation(opKey));
    }

    public Request request(ApiOperation op) {
        return new Request(op);
    }

    /** Conformance violations found since the last call. */
    public List<String> takeViolations() {
        List<String> out = new ArrayList<>();
        for (String v; (v = violations.poll()) != null; ) {
            out.add(v);
        }
        return out;
    }

    /** Every error body (4xx/5xx) returned so far, as text. */
    public List<String> errorBodies() {
        return List.copyOf(errorBodies);
    }

    /** An answer. */
    public record Reply(int status, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        /** Media type without parameters, lower case ("" when absent). */
        public String mediaType() {
            String ct = header("Content-Type");
            return ct == null ? "" : ct.split(";")[0].trim().toLowerCase(Locale.ROOT);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + " " + mediaType() + "): " + abbreviate(text()), e);
            }
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return status + " " + mediaType() + " " + abbreviate(text());
        }
    }

    /** One request; {@link #send()} checks the answer against the document. */
    public final class Request {
        private final ApiOperation op;
        private String path;
        private final Map<String, String> query = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String token;
        private byte[] body;
        private String contentType;
        private boolean chunked;
        private boolean retryUnavailable;
        private boolean unchecked;
        private String change = "";

        Request(ApiOperation op) {
            this.op = op;
            this.path = op.path();
        }

        public ApiOperation operation() {
            return op;
        }

        /** Fills {@code {name}} in the path (the value is sent percent-encoded). */
        public Request pathParam(String name, String value) {
            path = path.replace("{" + name + "}", encode(value));
            return this;
        }

        public Request query(String name, Object value) {
            query.put(name, String.valueOf(value));
            return this;
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Request as(Caller caller) {
            this.token = caller.token();
            return this;
        }

        public Request token(String token) {
            this.token = token;
            return this;
        }

        public Request json(JsonNode body) {
            try {
                return body(JSON.writeValueAsBytes(body), "application/json");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        public Request body(byte[] body, String contentType) {
            this.body = body;
            this.contentType = contentType;
            return this;
        }

        /** Sends the body without Content-Length (chunked transfer coding). */
        public Request chunked() {
            this.chunked = true;
            return this;
        }

        /**
         * On a 503 (a service or the database momentarily unavailable, as on a loaded machine) waits and sends again,
         * as the problem tells clients to; for setting up fixtures, never for the requests under test.
         */
        public Request retryUnavailable() {
            this.retryUnavailable = true;
            return this;
        }

        /** Not held against the document: for answers the HTTP layer gives before any application code runs. */
        public Request unchecked() {
            this.unchecked = true;
            return this;
        }

        /** What this request varies (for messages). */
        public Request change(String change) {
            this.change = change;
            return this;
        }

        public String target() {
            StringBuilder sb = new StringBuilder(path);
            String sep = "?";
            for (Map.Entry<String, String> q : query.entrySet()) {
                sb.append(sep).append(encode(q.getKey())).append('=').append(encode(q.getValue()));
                sep = "&";
            }
            return sb.toString();
        }

        public Reply send() {
            Reply reply = attempt();
            for (int i = 0; retryUnavailable && reply.status() == 503 && i < 30; i++) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                reply = attempt();
            }
            if (!unchecked) {
                check(reply);
            }
            return reply;
        }

        private Reply attempt() {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + target())).timeout(Duration.ofSeconds(60));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            headers.forEach(b::header);
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : chunked ? unknownLength(body) : HttpRequest.BodyPublishers.ofByteArray(body);
            b.method(op.method(), publisher);
            HttpResponse<byte[]> r;
            try {
                r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                String v = where() + ": no answer (" + e + ")";
                violations.add(v);
                throw new IllegalStateException(v, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return new Reply(r.statusCode(), r.headers().map(), r.body());
        }

        private String where() {
            return op.key() + (change.isEmpty() ? "" : " [" + change + "]");
        }

        private void check(Reply r) {
            String where = where() + " → " + r.status;
            if (r.status >= 400) {
                errorBodies.add(r.text());
            }
            if (r.status >= 500) {
                violations.add(where + ": server error " + abbreviate(r.text()));
                return;
            }
            if (!op.documents(r.status)) {
                violations.add(where + ": status not documented for the operation (documented: " + op.statuses() + ") " + abbreviate(r.text()));
                return;
            }
            if (r.status >= 400 && !"application/problem+json".equals(r.mediaType())) {
                violations.add(where + ": error answered as '" + r.mediaType() + "', not application/problem+json");
                return;
            }
            Map<String, JsonNode> content = op.responseContent(r.status);
            if (content.isEmpty()) {
                return;
            }
            JsonNode schema = null;
            boolean found = false;
            for (Map.Entry<String, JsonNode> e : content.entrySet()) {
                if (e.getKey().toLowerCase(Locale.ROOT).equals(r.mediaType()) || e.getKey().equals("*/*")) {
                    schema = e.getValue();
                    found = true;
                }
            }
            if (!found) {
                violations.add(where + ": media type '" + r.mediaType() + "' not documented " + content.keySet());
                return;
            }
            if (r.mediaType().equals("application/json") || r.mediaType().endsWith("+json")) {
                JsonNode json;
                try {
                    json = JSON.readTree(r.body);
                } catch (IOException e) {
                    violations.add(where + ": body is not JSON: " + abbreviate(r.text()));
                    return;
                }
                for (String v : validator.validate(json, schema)) {
                    violations.add(where + ": " + v);
                }
            }
        }
    }

    private static HttpRequest.BodyPublisher unknownLength(byte[] body) {
        HttpRequest.BodyPublisher inner = HttpRequest.BodyPublishers.ofByteArray(body);
        return HttpRequest.BodyPublishers.fromPublisher(new Flow.Publisher<ByteBuffer>() {
            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> s) {
                inner.subscribe(s);
            }
        });
    }

    static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 300 ? one.substring(0, 297) + "…" : one;
    }
}
