package cn.justice.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Merges the gateway's own OpenAPI document with each proxied service's into one: every path the gateway exposes,
 * with the schemas, tags and security schemes they use. A schema name two documents define differently is kept
 * once per service under {@code <service>_<Name>} and that service's references are rewritten to it.
 */
public final class OpenApiMerger {
    private OpenApiMerger() {
    }

    /**
     * @param gateway  the gateway's own document (its info and servers are kept)
     * @param services service name → (path prefix, document); only paths under the prefix are taken
     */
    public static ObjectNode merge(ObjectNode gateway, Map<String, Map.Entry<String, JsonNode>> services) {
        ObjectNode out = gateway.deepCopy();
        ObjectNode paths = out.with("paths");
        ObjectNode schemas = out.with("components").with("schemas");
        ObjectNode schemes = out.with("components").with("securitySchemes");
        ArrayNode tags = out.withArray("tags");
        Set<String> tagNames = new HashSet<>();
        tags.forEach(t -> tagNames.add(t.path("name").asText()));
        for (Map.Entry<String, Map.Entry<String, JsonNode>> s : services.entrySet()) {
            String service = s.getKey();
            String prefix = s.getValue().getKey();
            JsonNode doc = s.getValue().getValue().deepCopy();
            // schema names that clash with a different definition already present get the service's prefix
            JsonNode theirSchemas = doc.path("components").path("schemas");
            Map<String, String> renames = new java.util.HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = theirSchemas.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode mine = schemas.get(e.getKey());
                if (mine != null && !mine.equals(e.getValue())) {
                    renames.put(e.getKey(), service.replace('-', '_') + "_" + e.getKey());
                }
            }
            if (!renames.isEmpty()) {
                rewriteRefs(doc, renames);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("components").path("schemas").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String name = renames.getOrDefault(e.getKey(), e.getKey());
                if (!schemas.has(name)) {
                    schemas.set(name, e.getValue());
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("components").path("securitySchemes").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!schemes.has(e.getKey())) {
                    schemes.set(e.getKey(), e.getValue());
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals(prefix) || e.getKey().startsWith(prefix + "/")) {
                    paths.set(e.getKey(), e.getValue());
                }
            }
            for (JsonNode t : doc.path("tags")) {
                String name = t.path("name").asText();
                if (tagNames.add(name)) {
                    tags.add(t);
                }
            }
        }
        return out;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node instanceof ObjectNode o) {
            JsonNode ref = o.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/components/schemas/")) {
                String name = ref.asText().substring("#/components/schemas/".length());
                if (renames.containsKey(name)) {
                    o.put("$ref", "#/components/schemas/" + renames.get(name));
                }
            }
            o.fields().forEachRemaining(e -> rewriteRefs(e.getValue(), renames));
        } else if (node instanceof ArrayNode a) {
            a.forEach(n -> rewriteRefs(n, renames));
        }
    }
}
