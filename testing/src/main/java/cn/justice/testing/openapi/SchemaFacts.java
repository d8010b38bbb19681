package cn.justice.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * A schema with its {@code $ref} chain followed and the sibling keywords of each {@code $ref} laid over the target
 * (an OpenAPI 3.1 property often reads {@code {"$ref": "…/LocalDate", "description": …, "examples": …}}): what the
 * body generator and the mutations need to know about one value.
 */
public final class SchemaFacts {
    private SchemaFacts() {
    }

    public static JsonNode flatten(OpenApiDocument doc, JsonNode schema) {
        if (schema == null || !schema.isObject()) {
            return schema;
        }
        ObjectNode out = schema.deepCopy();
        JsonNode s = schema;
        for (int i = 0; s.has("$ref") && i < 20; i++) {
            out.remove("$ref");
            JsonNode target = doc.ref(s.get("$ref").asText());
            for (Map.Entry<String, JsonNode> e : target.properties()) {
                if (!out.has(e.getKey()) || e.getKey().equals("$ref")) {
                    out.set(e.getKey(), e.getValue());
                }
            }
            s = target;
        }
        return out;
    }

    public static String type(JsonNode flat) {
        JsonNode t = flat.get("type");
        if (t == null) {
            if (flat.has("properties")) {
                return "object";
            }
            if (flat.has("items")) {
                return "array";
            }
            if (flat.has("enum")) {
                return "string";
            }
            return "";
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (!"null".equals(x.asText())) {
                    return x.asText();
                }
            }
            return "null";
        }
        return t.asText();
    }

    /** A string whose values are free text: no enum, no format, no pattern beyond "not blank". */
    public static boolean freeText(JsonNode flat) {
        return "string".equals(type(flat)) && !flat.has("enum") && !flat.has("format")
                && (!flat.has("pattern") || "\\S".equals(flat.get("pattern").asText()));
    }
}
