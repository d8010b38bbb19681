package cn.justice.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a JSON value against an OpenAPI 3.0/3.1 schema, for the subset of JSON Schema the platform's documents use:
 * {@code $ref} (siblings applied too, as 3.1 says), {@code type} (a name or a list, {@code "null"} included),
 * {@code nullable} (3.0), {@code enum}, {@code const}, {@code format} (date, date-time, uuid, uri, int32, int64, float,
 * double), {@code properties}, {@code required}, {@code additionalProperties}, {@code items}, {@code minItems},
 * {@code maxItems}, {@code uniqueItems}, {@code minLength}, {@code maxLength}, {@code pattern}, {@code minimum},
 * {@code maximum}, {@code exclusiveMinimum}, {@code exclusiveMaximum} (number or 3.0 boolean), {@code multipleOf},
 * {@code oneOf}, {@code anyOf}, {@code allOf}, {@code not}; annotations (description, examples, default, …) are
 * ignored.
 * <p>
 * Anything else is not silently accepted: a keyword or format outside this subset is reported as a violation
 * ({@code unsupported schema construct}), so a document that starts using one makes the tests say so.
 * <p>
 * Two choices of how strict to be, both on by default:
 * <ul>
 *   <li>{@code undocumentedMembers}: a member of an object that the schema's {@code properties} do not name, where
 *   the schema says nothing about {@code additionalProperties}, is a violation — the documents are meant to describe
 *   every body exactly.</li>
 *   <li>{@code nullForOptional}: JSON {@code null} for a member that is not {@code required} counts as absent. The
 *   generated documents mark no member as nullable, while some bodies (the gateway's) write absent values as
 *   {@code null}; the platform's convention is that such a member has no value.</li>
 * </ul>
 */
public final class SchemaValidator {
    private static final Set<String> ANNOTATIONS = Set.of("description", "examples", "example", "title", "default",
            "deprecated", "readOnly", "writeOnly", "$comment", "externalDocs", "xml", "$schema", "$id");
    private static final Set<String> KEYWORDS = Set.of("$ref", "type", "nullable", "enum", "const", "format",
            "properties", "required", "additionalProperties", "items", "minItems", "maxItems", "uniqueItems",
            "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
            "multipleOf", "oneOf", "anyOf", "allOf", "not");
    private static final Set<String> FORMATS = Set.of("date", "date-time", "uuid", "uri", "int32", "int64", "float",
            "double");

    private final OpenApiDocument document;
    private boolean undocumentedMembers = true;
    private boolean nullForOptional = true;

    public SchemaValidator(OpenApiDocument document) {
        this.document = document;
    }

    public SchemaValidator undocumentedMembers(boolean violation) {
        this.undocumentedMembers = violation;
        return this;
    }

    public SchemaValidator nullForOptional(boolean absent) {
        this.nullForOptional = absent;
        return this;
    }

    /**
     * Every keyword, format or pattern in {@code schema} and the schemas nested in it (properties, items,
     * additionalProperties, combinators, references followed once) that this validator does not understand.
     */
    public List<String> unsupported(JsonNode schema) {
        List<String> out = new ArrayList<>();
        scan(schema, "#", out, new HashSet<>());
        return out;
    }

    private void scan(JsonNode s, String at, List<String> out, Set<String> seen) {
        if (s == null || !s.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : s.properties()) {
            String k = e.getKey();
            if (!KEYWORDS.contains(k) && !ANNOTATIONS.contains(k) && !k.startsWith("x-")) {
                out.add(at + ": unsupported schema construct '" + k + "'");
            }
        }
        if (s.has("format") && !FORMATS.contains(s.get("format").asText())) {
            out.add(at + ": unsupported schema construct format '" + s.get("format").asText() + "'");
        }
        if (s.has("pattern")) {
            try {
                Pattern.compile(s.get("pattern").asText());
            } catch (PatternSyntaxException e) {
                out.add(at + ": unsupported schema construct pattern " + s.get("pattern"));
            }
        }
        if (s.has("$ref") && seen.add(s.get("$ref").asText())) {
            try {
                scan(document.ref(s.get("$ref").asText()), s.get("$ref").asText(), out, seen);
            } catch (IllegalArgumentException e) {
                out.add(at + ": " + e.getMessage());
            }
        }
        for (Map.Entry<String, JsonNode> p : s.path("properties").properties()) {
            scan(p.getValue(), at + "/properties/" + p.getKey(), out, seen);
        }
        scan(s.get("items"), at + "/items", out, seen);
        if (s.path("additionalProperties").isObject()) {
            scan(s.get("additionalProperties"), at + "/additionalProperties", out, seen);
        }
        scan(s.get("not"), at + "/not", out, seen);
        for (String c : List.of("allOf", "anyOf", "oneOf")) {
            int i = 0;
            for (JsonNode sub : s.path(c)) {
                scan(sub, at + "/" + c + "/" + i++, out, seen);
            }
        }
    }

    /** Violations, each {@code "$.path: what"}; empty when {@code value} conforms. */
    public List<String> validate(JsonNode value, JsonNode schema) {
        List<String> out = new ArrayList<>();
        check(value, schema, "$", out, 0);
        return out;
    }

    private void check(JsonNode v, JsonNode s, String at, List<String> out, int depth) {
        if (s == null || s.isMissingNode() || (s.isObject() && s.isEmpty())) {
            return;
        }
        if (s.isBoolean()) {
            if (!s.asBoolean()) {
                out.add(at + ": no value is allowed here (schema false)");
            }
            return;
        }
        if (depth > 64) {
            out.add(at + ": schema nesting deeper than 64 (recursive $ref?)");
            return;
        }
        for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYWORDS.contains(k) && !ANNOTATIONS.contains(k) && !k.startsWith("x-")) {
                out.add(at + ": unsupported schema construct '" + k + "'");
            }
        }
        if (s.has("$ref")) {
            JsonNode target;
            try {
                target = document.ref(s.get("$ref").asText());
            } catch (IllegalArgumentException e) {
                out.add(at + ": " + e.getMessage());
                return;
            }
            check(v, target, at, out, depth + 1);
        }
        if (v.isNull() && (nullableHere(s))) {
            return;
        }
        if (s.has("type") && !typeMatches(v, s.get("type"))) {
            out.add(at + ": expected " + s.get("type") + ", got " + kind(v));
            return;
        }
        if (s.has("enum")) {
            boolean found = false;
            for (JsonNode e : s.get("enum")) {
                if (sameValue(e, v)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                out.add(at + ": " + abbreviate(v) + " is not one of " + s.get("enum"));
            }
        }
        if (s.has("const") && !sameValue(s.get("const"), v)) {
            out.add(at + ": " + abbreviate(v) + " is not " + s.get("const"));
        }
        if (s.has("format")) {
            format(v, s.get("format").asText(), at, out);
        }
        if (v.isTextual()) {
            strings(v.asText(), s, at, out);
        }
        if (v.isNumber()) {
            numbers(v.decimalValue(), s, at, out);
        }
        if (v.isArray()) {
            arrays(v, s, at, out, depth);
        }
        if (v.isObject()) {
            objects(v, s, at, out, depth);
        }
        combinators(v, s, at, out, depth);
    }

    /** Does this schema (or the one its $ref names) allow null? */
    private boolean nullableHere(JsonNode s) {
        if (s.path("nullable").asBoolean(false)) {
            return true;
        }
        JsonNode t = s.get("type");
        if (t != null && t.isArray()) {
            for (JsonNode x : t) {
                if ("null".equals(x.asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean typeMatches(JsonNode v, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(v, t)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber() || (v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0);
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "array" -> v.isArray();
            case "object" -> v.isObject();
            case "null" -> v.isNull();
            default -> false;
        };
    }

    /** RFC 3986 absolute URI: a scheme and a scheme-specific part, as {@link java.net.URI} parses them. */
    static boolean absoluteUri(String text) {
        try {
            return new java.net.URI(text).isAbsolute();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String kind(JsonNode v) {
        if (v.isTextual()) {
            return "string";
        }
        if (v.isIntegralNumber()) {
            return "integer";
        }
        if (v.isNumber()) {
            return "number";
        }
        if (v.isBoolean()) {
            return "boolean";
        }
        if (v.isArray()) {
            return "array";
        }
        if (v.isObject()) {
            return "object";
        }
        return v.isNull() ? "null" : v.getNodeType().name();
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private void format(JsonNode v, String format, String at, List<String> out) {
        if (!FORMATS.contains(format)) {
            out.add(at + ": unsupported schema construct format '" + format + "'");
            return;
        }
        switch (format) {
            case "date" -> {
                if (v.isTextual()) {
                    try {
                        if (!v.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                            throw new DateTimeParseException("not YYYY-MM-DD", v.asText(), 0);
                        }
                        LocalDate.parse(v.asText());
                    } catch (DateTimeParseException e) {
                        out.add(at + ": " + abbreviate(v) + " is not a date (YYYY-MM-DD)");
                    }
                }
            }
            case "date-time" -> {
                if (v.isTextual()) {
                    try {
                        OffsetDateTime.parse(v.asText());
                    } catch (DateTimeParseException e) {
                        out.add(at + ": " + abbreviate(v) + " is not an RFC 3339 date-time");
                    }
                }
            }
            case "uri" -> {
                if (v.isTextual() && !absoluteUri(v.asText())) {
                    out.add(at + ": " + abbreviate(v) + " is not an absolute URI");
                }
            }
            case "uuid" -> {
                if (v.isTextual()) {
                    if (!v.asText().matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
                        out.add(at + ": " + abbreviate(v) + " is not a UUID");
                    } else {
                        UUID.fromString(v.asText());
                    }
                }
            }
            case "int32" -> {
                if (v.isNumber() && (v.decimalValue().compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
                        || v.decimalValue().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0)) {
                    out.add(at + ": " + v + " is out of the int32 range");
                }
            }
            case "int64" -> {
                if (v.isNumber() && (v.decimalValue().compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0
                        || v.decimalValue().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0)) {
                    out.add(at + ": " + v + " is out of the int64 range");
                }
            }
            default -> {
                // float, double: any JSON number
            }
        }
    }

    private void strings(String s, JsonNode schema, String at, List<String> out) {
        int length = s.codePointCount(0, s.length());
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
            out.add(at + ": string of " + length + " characters is longer than maxLength " + schema.get("maxLength"));
        }
        if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
            out.add(at + ": string of " + length + " characters is shorter than minLength " + schema.get("minLength"));
        }
        if (schema.has("pattern")) {
            try {
                // JSON Schema patterns are not anchored: a match anywhere in the string counts
                if (!Pattern.compile(schema.get("pattern").asText()).matcher(s).find()) {
                    out.add(at + ": " + abbreviate(s) + " does not match pattern " + schema.get("pattern"));
                }
            } catch (PatternSyntaxException e) {
                out.add(at + ": unsupported schema construct pattern " + schema.get("pattern") + " (" + e.getDescription() + ")");
            }
        }
    }

    private void numbers(BigDecimal n, JsonNode s, String at, List<String> out) {
        boolean exclusiveMin30 = s.path("exclusiveMinimum").isBoolean() && s.get("exclusiveMinimum").asBoolean();
        boolean exclusiveMax30 = s.path("exclusiveMaximum").isBoolean() && s.get("exclusiveMaximum").asBoolean();
        if (s.has("minimum")) {
            int c = n.compareTo(s.get("minimum").decimalValue());
            if (c < 0 || (exclusiveMin30 && c == 0)) {
                out.add(at + ": " + n + " is below the minimum " + s.get("minimum"));
            }
        }
        if (s.has("maximum")) {
            int c = n.compareTo(s.get("maximum").decimalValue());
            if (c > 0 || (exclusiveMax30 && c == 0)) {
                out.add(at + ": " + n + " is above the maximum " + s.get("maximum"));
            }
        }
        if (s.path("exclusiveMinimum").isNumber() && n.compareTo(s.get("exclusiveMinimum").decimalValue()) <= 0) {
            out.add(at + ": " + n + " is not above the exclusive minimum " + s.get("exclusiveMinimum"));
        }
        if (s.path("exclusiveMaximum").isNumber() && n.compareTo(s.get("exclusiveMaximum").decimalValue()) >= 0) {
            out.add(at + ": " + n + " is not below the exclusive maximum " + s.get("exclusiveMaximum"));
        }
        if (s.has("multipleOf")) {
            BigDecimal m = s.get("multipleOf").decimalValue();
            if (m.signum() > 0 && n.remainder(m).signum() != 0) {
                out.add(at + ": " + n + " is not a multiple of " + m);
            }
        }
    }

    private void arrays(JsonNode v, JsonNode s, String at, List<String> out, int depth) {
        if (s.has("minItems") && v.size() < s.get("minItems").asInt()) {
            out.add(at + ": " + v.size() + " items, fewer than minItems " + s.get("minItems"));
        }
        if (s.has("maxItems") && v.size() > s.get("maxItems").asInt()) {
            out.add(at + ": " + v.size() + " items, more than maxItems " + s.get("maxItems"));
        }
        if (s.path("uniqueItems").asBoolean(false)) {
            Set<JsonNode> seen = new HashSet<>();
            for (JsonNode item : v) {
                if (!seen.add(item)) {
                    out.add(at + ": duplicate item " + abbreviate(item) + " (uniqueItems)");
                }
            }
        }
        if (s.has("items")) {
            for (int i = 0; i < v.size(); i++) {
                check(v.get(i), s.get("items"), at + "[" + i + "]", out, depth + 1);
            }
        }
    }

    private void objects(JsonNode v, JsonNode s, String at, List<String> out, int depth) {
        Set<String> required = new HashSet<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        for (String r : required) {
            if (!v.has(r) || (v.get(r).isNull() && !allowsNull(s.path("properties").path(r)))) {
                out.add(at + ": required member '" + r + "' is missing" + (v.has(r) ? " (null)" : ""));
            }
        }
        JsonNode props = s.path("properties");
        JsonNode additional = s.get("additionalProperties");
        // a schema that only combines others (allOf/oneOf/$ref) leaves member checks to them
        boolean describesMembers = s.has("properties") || s.has("additionalProperties")
                || "object".equals(s.path("type").asText());
        for (Map.Entry<String, JsonNode> m : v.properties()) {
            String path = at + "." + m.getKey();
            JsonNode ps = props.get(m.getKey());
            if (ps != null) {
                if (m.getValue().isNull() && nullForOptional && !required.contains(m.getKey())) {
                    continue;
                }
                check(m.getValue(), ps, path, out, depth + 1);
            } else if (additional != null) {
                if (additional.isBoolean()) {
                    if (!additional.asBoolean()) {
                        out.add(path + ": member not allowed (additionalProperties false)");
                    }
                } else {
                    check(m.getValue(), additional, path, out, depth + 1);
                }
            } else if (undocumentedMembers && describesMembers && !s.has("$ref") && !s.has("allOf")
                    && !s.has("oneOf") && !s.has("anyOf")) {
                out.add(path + ": member not documented in the schema");
            }
        }
    }

    private boolean allowsNull(JsonNode s) {
        if (s == null || s.isMissingNode()) {
            return false;
        }
        if (nullableHere(s)) {
            return true;
        }
        return s.has("$ref") && allowsNull(document.resolve(s));
    }

    private void combinators(JsonNode v, JsonNode s, String at, List<String> out, int depth) {
        if (s.has("allOf")) {
            for (JsonNode sub : s.get("allOf")) {
                check(v, sub, at, out, depth + 1);
            }
        }
        if (s.has("anyOf")) {
            boolean any = false;
            for (JsonNode sub : s.get("anyOf")) {
                List<String> o = new ArrayList<>();
                check(v, sub, at, o, depth + 1);
                if (o.isEmpty()) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                out.add(at + ": matches none of anyOf");
            }
        }
        if (s.has("oneOf")) {
            int matches = 0;
            for (JsonNode sub : s.get("oneOf")) {
                List<String> o = new ArrayList<>();
                check(v, sub, at, o, depth + 1);
                if (o.isEmpty()) {
                    matches++;
                }
            }
            if (matches != 1) {
                out.add(at + ": matches " + matches + " of oneOf (exactly one required)");
            }
        }
        if (s.has("not")) {
            List<String> o = new ArrayList<>();
            check(v, s.get("not"), at, o, depth + 1);
            if (o.isEmpty()) {
                out.add(at + ": matches the 'not' schema");
            }
        }
    }

    private static String abbreviate(JsonNode v) {
        return abbreviate(v.toString());
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
