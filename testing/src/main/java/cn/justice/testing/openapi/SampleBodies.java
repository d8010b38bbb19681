package cn.justice.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Valid request bodies built from a schema: every {@code required} member, with the first {@code enum} value, today
 * for dates, a fresh UUID, the smallest allowed positive number, one item for a non-empty array. Where a schema
 * cannot know a valid value (a township code, the id of an existing record, a valid ID number) the caller supplies
 * it by member name; such a member is filled in wherever the schema has it, required or not.
 * <p>
 * A pattern the generator cannot satisfy is an error naming the member, so the override table grows explicitly
 * instead of the test sending silently invalid bodies.
 */
public final class SampleBodies {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Candidate strings tried, in order, against a member's pattern and length limits. */
    private static final List<String> CANDIDATES = List.of("安全测试样例", "SEC-1", "A1", "1", "13800001234");

    private final OpenApiDocument document;

    public SampleBodies(OpenApiDocument document) {
        this.document = document;
    }

    /** A valid value of {@code schema}; {@code byMember} supplies members by name (at any depth). */
    public JsonNode valid(JsonNode schema, Map<String, JsonNode> byMember) {
        return value(schema, byMember, "$", 0);
    }

    private JsonNode value(JsonNode schema, Map<String, JsonNode> byMember, String at, int depth) {
        if (depth > 12) {
            throw new IllegalStateException(at + ": schema too deep to generate");
        }
        JsonNode s = SchemaFacts.flatten(document, schema);
        if (s == null || s.isMissingNode()) {
            return F.objectNode();
        }
        if (s.has("enum")) {
            return s.get("enum").get(0).deepCopy();
        }
        if (s.has("const")) {
            return s.get("const").deepCopy();
        }
        if (s.has("allOf") || s.has("oneOf") || s.has("anyOf")) {
            JsonNode first = s.has("allOf") ? s.get("allOf").get(0) : s.has("oneOf") ? s.get("oneOf").get(0) : s.get("anyOf").get(0);
            return value(first, byMember, at, depth + 1);
        }
        return switch (SchemaFacts.type(s)) {
            case "object" -> object(s, byMember, at, depth);
            case "array" -> array(s, byMember, at, depth);
            case "string" -> F.textNode(string(s, at));
            case "integer" -> F.numberNode(number(s).toBigInteger());
            case "number" -> F.numberNode(number(s));
            case "boolean" -> F.booleanNode(false);
            default -> F.objectNode();
        };
    }

    private ObjectNode object(JsonNode s, Map<String, JsonNode> byMember, String at, int depth) {
        ObjectNode o = F.objectNode();
        Set<String> required = new HashSet<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        for (Map.Entry<String, JsonNode> p : s.path("properties").properties()) {
            JsonNode given = byMember.get(p.getKey());
            if (given != null) {
                if (!given.isMissingNode()) {
                    o.set(p.getKey(), given.deepCopy());
                }
            } else if (required.contains(p.getKey())) {
                o.set(p.getKey(), value(p.getValue(), byMember, at + "." + p.getKey(), depth + 1));
            }
        }
        return o;
    }

    private ArrayNode array(JsonNode s, Map<String, JsonNode> byMember, String at, int depth) {
        ArrayNode a = F.arrayNode();
        int n = Math.max(s.path("minItems").asInt(0), 0);
        for (int i = 0; i < n; i++) {
            a.add(value(s.path("items"), byMember, at + "[" + i + "]", depth + 1));
        }
        return a;
    }

    private String string(JsonNode s, String at) {
        String format = s.path("format").asText("");
        switch (format) {
            case "date":
                return cn.justice.testing.BureauDay.today().toString();
            case "date-time":
                return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
            case "uuid":
                return UUID.randomUUID().toString();
            case "uri":
                return "https://example.org/hooks";
            default:
                break;
        }
        for (String c : CANDIDATES) {
            if (fits(c, s)) {
                return c;
            }
        }
        throw new IllegalStateException(at + ": no sample string fits pattern " + s.path("pattern")
                + " / length limits; supply this member in the override table");
    }

    static boolean fits(String c, JsonNode s) {
        int len = c.codePointCount(0, c.length());
        if (s.has("maxLength") && len > s.get("maxLength").asInt()) {
            return false;
        }
        if (s.has("minLength") && len < s.get("minLength").asInt()) {
            return false;
        }
        return !s.has("pattern") || Pattern.compile(s.get("pattern").asText()).matcher(c).find();
    }

    private static BigDecimal number(JsonNode s) {
        BigDecimal v = BigDecimal.ONE;
        if (s.has("minimum") && s.get("minimum").decimalValue().compareTo(v) > 0) {
            v = s.get("minimum").decimalValue();
        }
        if (s.path("exclusiveMinimum").isNumber() && s.get("exclusiveMinimum").decimalValue().compareTo(v) >= 0) {
            v = s.get("exclusiveMinimum").decimalValue().add(BigDecimal.ONE);
        }
        if (s.has("maximum") && s.get("maximum").decimalValue().compareTo(v) < 0) {
            v = s.get("maximum").decimalValue();
        }
        return v;
    }
}
