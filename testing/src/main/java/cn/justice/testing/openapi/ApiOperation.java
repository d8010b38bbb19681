package cn.justice.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One operation of an {@link OpenApiDocument}: {@code method} and templated {@code path}. */
public record ApiOperation(String method, String path, JsonNode node, OpenApiDocument document) {

    /** {@code "POST /api/v1/mediation/disputes/{id}/accept"}: how tables and reports name the operation. */
    public String key() {
        return method + " " + path;
    }

    /** Parameters declared {@code in} path, query or header (path-level parameters included). */
    public List<JsonNode> parameters(String in) {
        List<JsonNode> out = new ArrayList<>();
        List<JsonNode> all = new ArrayList<>();
        document.root().path("paths").path(path).path("parameters").forEach(all::add);
        node.path("parameters").forEach(all::add);
        for (JsonNode p : all) {
            JsonNode r = p.has("$ref") ? document.ref(p.get("$ref").asText()) : p;
            if (in.equals(r.path("in").asText())) {
                out.add(r);
            }
        }
        return out;
    }

    public boolean hasParameter(String in, String name) {
        return parameters(in).stream().anyMatch(p -> name.equalsIgnoreCase(p.path("name").asText()));
    }

    /** The {@code application/json} request body schema, or null when the operation takes no JSON body. */
    public JsonNode requestSchema() {
        JsonNode s = node.path("requestBody").path("content").path("application/json").get("schema");
        return s == null || s.isNull() ? null : s;
    }

    public boolean requestBodyRequired() {
        return node.path("requestBody").path("required").asBoolean(false);
    }

    /** Documented status codes ({@code "200"}, {@code "4XX"}, {@code "default"} kept as written). */
    public Set<String> statuses() {
        Set<String> out = new LinkedHashSet<>();
        node.path("responses").fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The response object documented for {@code status} (exact code, then {@code 4XX}-style range, then default). */
    public JsonNode response(int status) {
        JsonNode responses = node.path("responses");
        JsonNode r = responses.get(String.valueOf(status));
        if (r == null) {
            r = responses.get((status / 100) + "XX");
        }
        if (r == null) {
            r = responses.get("default");
        }
        if (r != null && r.has("$ref")) {
            r = document.ref(r.get("$ref").asText());
        }
        return r;
    }

    public boolean documents(int status) {
        return response(status) != null;
    }

    /** Media type → schema of the response documented for {@code status} (empty when it has no content). */
    public Map<String, JsonNode> responseContent(int status) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode r = response(status);
        if (r == null) {
            return out;
        }
        for (Map.Entry<String, JsonNode> e : r.path("content").properties()) {
            out.put(e.getKey(), e.getValue().path("schema"));
        }
        return out;
    }

    /** Documented 2xx codes, lowest first. */
    public List<Integer> successStatuses() {
        List<Integer> out = new ArrayList<>();
        for (String s : statuses()) {
            if (s.matches("2\\d\\d")) {
                out.add(Integer.parseInt(s));
            }
        }
        out.sort(Integer::compare);
        return out;
    }

    /** The service an {@code /api/v1/<service>/…} path belongs to; {@code gateway} for the gateway's own paths. */
    public String service() {
        String[] parts = path.split("/");
        if (parts.length > 3 && List.of("mediation", "correction", "legal-aid", "publicity", "rule-of-law").contains(parts[3])) {
            return parts[3];
        }
        return "gateway";
    }
}
