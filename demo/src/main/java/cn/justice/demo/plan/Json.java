package cn.justice.demo.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.Collection;

/** Request bodies as ordered JSON objects (insertion order is kept, so a plan serialises the same every time). */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectNode obj() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode arr() {
        return MAPPER.createArrayNode();
    }

    /** An array of strings (enum codes, ids, items). */
    public static ArrayNode strings(Collection<?> values) {
        ArrayNode a = arr();
        values.forEach(v -> a.add(String.valueOf(v)));
        return a;
    }

    public static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** The text of a member, or null when absent or JSON null. */
    public static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Number of elements of an array member (0 when absent). */
    public static int size(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || !v.isArray() ? 0 : v.size();
    }

    public static boolean present(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v != null && !v.isNull();
    }

    public static String write(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
