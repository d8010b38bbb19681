package cn.justice.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hostile variants of a valid request body, derived from its schema, one change each: a required member missing or
 * null, a value of the wrong JSON type, an unknown enum value, an impossible date, a malformed UUID, a number outside
 * its range, a string over its maximum length or against its pattern, a 100 kB string, and SQL / script snippets in
 * every string. Members of nested objects (and of the first item of an array of objects) are varied too.
 */
public final class InvalidBodies {
    /** SQL injection probe: harmless as data, fatal if concatenated into SQL. */
    public static final String SQL = "'; DROP TABLE x; --";
    /** Stored XSS probe. */
    public static final String SCRIPT = "<script>alert(1)</script>";
    /** 100 kB of text. */
    public static final String HUGE = "长".repeat(100_000 / 3 + 1);

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** What the service must do with a variant. */
    public enum Expect {
        /** The document says the body is invalid: 400 problem. */
        REJECT,
        /** The document does not constrain it (a string without maxLength, a snippet in free text): any documented non-5xx answer. */
        ANY
    }

    /** One variant: what was changed (for messages), the body, what must happen. */
    public record Variant(String change, JsonNode body, Expect expect) {
    }

    private final OpenApiDocument document;

    public InvalidBodies(OpenApiDocument document) {
        this.document = document;
    }

    /** Every variant of {@code valid} (a body valid against {@code schema}). */
    public List<Variant> of(JsonNode schema, JsonNode valid) {
        List<Variant> out = new ArrayList<>();
        walk(SchemaFacts.flatten(document, schema), valid, valid, new ArrayList<>(), out, 0);
        return out;
    }

    private void walk(JsonNode s, JsonNode root, JsonNode here, List<Object> path, List<Variant> out, int depth) {
        if (depth > 2 || !here.isObject()) {
            return;
        }
        Set<String> required = new HashSet<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        for (Map.Entry<String, JsonNode> p : s.path("properties").properties()) {
            String name = p.getKey();
            List<Object> at = new ArrayList<>(path);
            at.add(name);
            String where = describe(at);
            JsonNode ps = SchemaFacts.flatten(document, p.getValue());
            if (required.contains(name)) {
                out.add(new Variant(where + " missing", with(root, at, null), Expect.REJECT));
                out.add(new Variant(where + " null", with(root, at, F.nullNode()), Expect.REJECT));
            }
            values(ps, root, at, where, out);
            JsonNode current = here.get(name);
            if (current != null && current.isObject() && "object".equals(SchemaFacts.type(ps)) && ps.has("properties")) {
                walk(ps, root, current, at, out, depth + 1);
            }
            if (current != null && current.isArray() && current.size() > 0 && current.get(0).isObject()) {
                JsonNode items = SchemaFacts.flatten(document, ps.path("items"));
                List<Object> first = new ArrayList<>(at);
                first.add(0);
                walk(items, root, current.get(0), first, out, depth + 1);
            }
        }
    }

    /** Wrong values for one member. */
    private void values(JsonNode ps, JsonNode root, List<Object> at, String where, List<Variant> out) {
        String type = SchemaFacts.type(ps);
        switch (type) {
            case "string" -> strings(ps, root, at, where, out);
            case "integer", "number" -> numbers(ps, type, root, at, where, out);
            case "boolean" -> {
                out.add(new Variant(where + " = \"maybe\" (not a boolean)", with(root, at, F.textNode("maybe")), Expect.REJECT));
                // no coercion: a string or a number is not a boolean, whatever it says
                out.add(new Variant(where + " = \"true\" (a string, not a boolean)", with(root, at, F.textNode("true")), Expect.REJECT));
                out.add(new Variant(where + " = 1 (a number, not a boolean)", with(root, at, F.numberNode(1)), Expect.REJECT));
            }
            case "array" -> {
                out.add(new Variant(where + " = \"not-an-array\"", with(root, at, F.textNode("not-an-array")), Expect.REJECT));
                JsonNode current = get(root, at);
                if (ps.has("maxItems") && current != null && current.isArray() && current.size() > 0) {
                    ArrayNode many = F.arrayNode();
                    for (int i = 0; i <= ps.get("maxItems").asInt(); i++) {
                        many.add(current.get(0).deepCopy());
                    }
                    out.add(new Variant(where + " with maxItems+1 items", with(root, at, many), Expect.REJECT));
                }
                if (ps.path("minItems").asInt(0) > 0) {
                    out.add(new Variant(where + " = [] (below minItems)", with(root, at, F.arrayNode()), Expect.REJECT));
                }
                JsonNode items = SchemaFacts.flatten(document, ps.path("items"));
                if (current != null && current.isArray() && current.size() > 0 && !"object".equals(SchemaFacts.type(items))) {
                    List<Object> first = new ArrayList<>(at);
                    first.add(0);
                    values(items, root, first, where + "[0]", out);
                }
            }
            case "object" -> out.add(new Variant(where + " = \"not-an-object\"", with(root, at, F.textNode("not-an-object")), Expect.REJECT));
            default -> {
                // untyped: nothing the document forbids
            }
        }
    }

    private void strings(JsonNode ps, JsonNode root, List<Object> at, String where, List<Variant> out) {
        ObjectNode object = F.objectNode();
        object.put("unexpected", "object");
        out.add(new Variant(where + " = {object} (not a string)", with(root, at, object), Expect.REJECT));
        // no coercion: a number or a boolean is not text, an epoch day not a date, an epoch second not an instant
        out.add(new Variant(where + " = 20000 (a number, not a string)", with(root, at, F.numberNode(20000)), Expect.REJECT));
        out.add(new Variant(where + " = true (a boolean, not a string)", with(root, at, F.booleanNode(true)), Expect.REJECT));
        if (ps.has("enum")) {
            out.add(new Variant(where + " = \"NOT_A_VALUE\" (unknown enum)", with(root, at, F.textNode("NOT_A_VALUE")), Expect.REJECT));
            out.add(new Variant(where + " = SQL snippet (unknown enum)", with(root, at, F.textNode(SQL)), Expect.REJECT));
            return;
        }
        String format = ps.path("format").asText("");
        switch (format) {
            case "date" -> {
                out.add(new Variant(where + " = 2026-02-30 (no such day)", with(root, at, F.textNode("2026-02-30")), Expect.REJECT));
                out.add(new Variant(where + " = 20260101 (not YYYY-MM-DD)", with(root, at, F.textNode("20260101")), Expect.REJECT));
                out.add(new Variant(where + " = SQL snippet (not a date)", with(root, at, F.textNode(SQL)), Expect.REJECT));
                ArrayNode parts = F.arrayNode().add(2026).add(1).add(1);
                out.add(new Variant(where + " = [2026,1,1] (an array, not a date)", with(root, at, parts), Expect.REJECT));
                return;
            }
            case "date-time" -> {
                out.add(new Variant(where + " = \"yesterday\" (not a date-time)", with(root, at, F.textNode("yesterday")), Expect.REJECT));
                return;
            }
            case "uri" -> {
                out.add(new Variant(where + " = \"not a uri\"", with(root, at, F.textNode("not a uri")), Expect.REJECT));
                out.add(new Variant(where + " = script snippet (not a URI)", with(root, at, F.textNode(SCRIPT)), Expect.REJECT));
                return;
            }
            case "uuid" -> {
                out.add(new Variant(where + " = \"not-a-uuid\"", with(root, at, F.textNode("not-a-uuid")), Expect.REJECT));
                out.add(new Variant(where + " = script snippet (not a UUID)", with(root, at, F.textNode(SCRIPT)), Expect.REJECT));
                return;
            }
            default -> {
                // plain strings below
            }
        }
        if (ps.has("maxLength")) {
            int max = ps.get("maxLength").asInt();
            out.add(new Variant(where + " of maxLength+1 characters", with(root, at, F.textNode("长".repeat(max + 1))), Expect.REJECT));
        }
        String pattern = ps.path("pattern").asText(null);
        if (pattern != null) {
            Pattern p = Pattern.compile(pattern);
            for (String c : List.of("   ", "x", "!", "0")) {
                if (!p.matcher(c).find()) {
                    out.add(new Variant(where + " = \"" + c + "\" (against pattern " + pattern + ")", with(root, at, F.textNode(c)), Expect.REJECT));
                    break;
                }
            }
        }
        out.add(new Variant(where + " of 100 kB", with(root, at, F.textNode(HUGE)), SampleBodies.fits(HUGE, ps) ? Expect.ANY : Expect.REJECT));
        boolean sqlFits = SampleBodies.fits(SQL, ps);
        boolean scriptFits = SampleBodies.fits(SCRIPT, ps);
        out.add(new Variant(where + " = SQL snippet", with(root, at, F.textNode(SQL)), sqlFits ? Expect.ANY : Expect.REJECT));
        out.add(new Variant(where + " = script snippet", with(root, at, F.textNode(SCRIPT)), scriptFits ? Expect.ANY : Expect.REJECT));
    }

    private void numbers(JsonNode ps, String type, JsonNode root, List<Object> at, String where, List<Variant> out) {
        out.add(new Variant(where + " = \"abc\" (not a number)", with(root, at, F.textNode("abc")), Expect.REJECT));
        // no coercion: the valid value as a string, or a boolean, is not a number; 1.5 is not an integer
        JsonNode current = get(root, at);
        String digits = current != null && current.isNumber() ? current.asText() : "1";
        out.add(new Variant(where + " = \"" + digits + "\" (a string, not a number)", with(root, at, F.textNode(digits)), Expect.REJECT));
        out.add(new Variant(where + " = true (a boolean, not a number)", with(root, at, F.booleanNode(true)), Expect.REJECT));
        if ("integer".equals(type)) {
            out.add(new Variant(where + " = 1.5 (not an integer)", with(root, at, F.numberNode(new BigDecimal("1.5"))), Expect.REJECT));
        }
        if (ps.has("maximum")) {
            BigDecimal over = ps.get("maximum").decimalValue().add(BigDecimal.ONE);
            out.add(new Variant(where + " = maximum+1 (" + over + ")", with(root, at, F.numberNode(over)), Expect.REJECT));
        }
        if (ps.has("minimum")) {
            BigDecimal under = ps.get("minimum").decimalValue().subtract(BigDecimal.ONE);
            out.add(new Variant(where + " = minimum-1 (" + under + ")", with(root, at, F.numberNode(under)), Expect.REJECT));
        }
        if (ps.path("exclusiveMinimum").isNumber()) {
            BigDecimal edge = ps.get("exclusiveMinimum").decimalValue();
            out.add(new Variant(where + " = exclusiveMinimum (" + edge + ")", with(root, at, F.numberNode(edge)), Expect.REJECT));
        }
        String format = ps.path("format").asText("");
        if ("integer".equals(type)) {
            BigInteger beyond = "int64".equals(format) ? BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE)
                    : BigInteger.valueOf(Integer.MAX_VALUE).add(BigInteger.ONE);
            if (!ps.has("maximum") || "int64".equals(format)) {
                out.add(new Variant(where + " = " + beyond + " (beyond " + (format.isEmpty() ? "int32" : format) + ")",
                        with(root, at, F.numberNode(beyond)), Expect.REJECT));
            }
        }
        if (ps.has("multipleOf")) {
            BigDecimal step = ps.get("multipleOf").decimalValue();
            BigDecimal off = BigDecimal.ONE.add(step.divide(BigDecimal.TEN));
            out.add(new Variant(where + " = " + off + " (not a multiple of " + step + ")", with(root, at, F.numberNode(off)), Expect.REJECT));
        }
    }

    private static String describe(List<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object p : path) {
            if (p instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(p);
            }
        }
        return sb.toString();
    }

    private static JsonNode get(JsonNode root, List<Object> path) {
        JsonNode n = root;
        for (Object p : path) {
            n = p instanceof Integer i ? n.get(i) : n.get((String) p);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    /** A copy of {@code root} with the member at {@code path} set to {@code value} (removed when null). */
    static JsonNode with(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            Object p = path.get(i);
            JsonNode next = p instanceof Integer idx ? parent.get(idx) : parent.get((String) p);
            if (next == null) {
                next = F.objectNode();
                ((ObjectNode) parent).set((String) p, next);
            }
            parent = next;
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode o) {
            if (value == null) {
                o.remove((String) last);
            } else {
                o.set((String) last, value);
            }
        } else if (parent instanceof ArrayNode a) {
            int idx = (Integer) last;
            if (value == null) {
                a.remove(idx);
            } else {
                a.set(idx, value);
            }
        }
        return copy;
    }
}
