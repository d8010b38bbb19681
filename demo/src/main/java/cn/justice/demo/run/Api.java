package cn.justice.demo.run;

import cn.justice.demo.plan.Json;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The gateway's HTTP API as the generator uses it: JSON in and out, the bearer token on every call, and retries
 * where a retry is the documented answer — connection trouble, 502/503/504 (a service restarting or its circuit
 * breaker open), 429, and 409 request-in-progress (the first request with the same Idempotency-Key still runs).
 * Every request the generator sends is idempotent, so retrying never does the work twice.
 */
public final class Api {
    private static final int ATTEMPTS = 7;

    private final HttpClient http;
    private final URI base;
    private final String token;

    /**
     * A response: status, JSON body (null when empty or not JSON), whether it was an idempotent replay, and the body
     * as text.
     */
    public record Reply(int status, JsonNode body, boolean replayed, String text) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The last segment of a problem's {@code type} (e.g. {@code invalid-state}), or null. */
        public String problemType() {
            String type = body == null ? null : Json.text(body, "type");
            return type == null ? null : type.substring(type.lastIndexOf('/') + 1);
        }

        /** A short description for error lists: status, problem type and detail (never a request body). */
        public String describe() {
            if (body == null) {
                return String.valueOf(status);
            }
            String detail = Json.text(body, "detail");
            return status + " " + problemType() + (detail == null ? "" : ": " + detail);
        }
    }

    public Api(URI base, String token) {
        this.base = base;
        this.token = token;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public URI base() {
        return base;
    }

    public Reply get(String path) throws InterruptedException {
        return send("GET", path, null, null);
    }

    /**
     * Sends the request, retrying while the answer says "try again". A gateway timeout (504) or a lost connection
     * leaves the first attempt possibly still running in the service, so the retry waits longer, and a 500 that
     * follows such an attempt is retried as well: a create racing its own first attempt can fail on the duplicate
     * id there, and the next attempt then finds the record (200).
     */
    public Reply send(String method, String path, JsonNode body, String idempotencyKey) throws InterruptedException {
        Reply last = null;
        IOException failure = null;
        boolean inDoubt = false;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                last = once(method, path, body, idempotencyKey);
                failure = null;
                boolean retry = last.status == 502 || last.status == 503 || last.status == 504 || last.status == 429
                        || (last.status == 409 && "request-in-progress".equals(last.problemType()))
                        || (last.status == 500 && inDoubt);
                inDoubt |= last.status == 504;
                if (!retry) {
                    return last;
                }
            } catch (IOException e) {
                failure = e;
                inDoubt = true;
            }
            if (attempt < ATTEMPTS) {
                Thread.sleep(Math.min(8000, (inDoubt ? 1000L : 250L) << (attempt - 1)));
            }
        }
        if (failure != null) {
            throw new Unreachable(method + " " + path + ": " + failure, failure);
        }
        return last;
    }

    private Reply once(String method, String path, JsonNode body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder rb = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", path.contains("q/metrics") ? "text/plain" : "application/json")
                .header("Authorization", "Bearer " + token);
        if (idempotencyKey != null) {
            rb.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            rb.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body)));
        } else {
            rb.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> resp = http.send(rb.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        String text = resp.body();
        if (text != null && !text.isBlank() && resp.headers().firstValue("Content-Type").orElse("").contains("json")) {
            try {
                json = Json.MAPPER.readTree(text);
            } catch (IOException e) {
                json = null;
            }
        }
        return new Reply(resp.statusCode(), json, resp.headers().firstValue("Idempotent-Replayed").isPresent(), text);
    }

    /** The request could not be sent at all (after the retries). */
    public static final class Unreachable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
