package cn.justice.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An OpenAPI 3 document as the tests read it: its operations, and local {@code $ref}s resolved. The gateway's merged
 * document ({@code GET <gateway>/q/openapi?format=json}) is what integrators generate clients and tests from, so the
 * hostile-input and access-control tests are driven by it.
 */
public final class OpenApiDocument {
    static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    public static OpenApiDocument of(JsonNode root) {
        return new OpenApiDocument(root);
    }

    /** Reads {@code <baseUrl>/q/openapi?format=json}. */
    public static OpenApiDocument fetch(String baseUrl) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(baseUrl + "/q/openapi answered " + r.statusCode());
            }
            return new OpenApiDocument(JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode root() {
        return root;
    }

    /** The major.minor version of the document ({@code 3.0} or {@code 3.1}). */
    public String version() {
        String v = root.path("openapi").asText("");
        return v.length() >= 3 ? v.substring(0, 3) : v;
    }

    /** Every operation, in document order. */
    public List<ApiOperation> operations() {
        List<ApiOperation> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    out.add(new ApiOperation(method.toUpperCase(), path.getKey(), op, this));
                }
            }
        }
        return out;
    }

    /** The operation {@code METHOD path} (path as in the document, with {@code {param}} templates). */
    public ApiOperation operation(String method, String path) {
        JsonNode op = root.path("paths").path(path).get(method.toLowerCase());
        if (op == null) {
            throw new IllegalArgumentException("the document has no operation " + method + " " + path);
        }
        return new ApiOperation(method.toUpperCase(), path, op, this);
    }

    /** {@code "POST /api/v1/…"} → the operation. */
    public ApiOperation operation(String key) {
        int space = key.indexOf(' ');
        return operation(key.substring(0, space), key.substring(space + 1));
    }

    /** The node a local reference ({@code #/components/schemas/X}) points at. */
    public JsonNode ref(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only local references are supported: " + ref);
        }
        JsonNode n = root;
        for (String part : ref.substring(2).split("/")) {
            n = n.path(part.replace("~1", "/").replace("~0", "~"));
        }
        if (n.isMissingNode()) {
            throw new IllegalArgumentException("dangling reference " + ref);
        }
        return n;
    }

    /**
     * The schema with its {@code $ref} chain followed (siblings of a {@code $ref} are ignored here; the validator
     * applies them).
     */
    public JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; s != null && s.has("$ref") && i < 20; i++) {
            s = ref(s.get("$ref").asText());
        }
        return s;
    }
}
