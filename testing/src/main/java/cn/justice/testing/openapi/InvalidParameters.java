package cn.justice.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostile values of one query or path parameter, from its schema: an unknown enum value, an impossible date, a
 * malformed UUID, a non-number, a number outside its range, a non-boolean; SQL and script snippets in any string.
 */
public final class InvalidParameters {
    private final OpenApiDocument document;

    public InvalidParameters(OpenApiDocument document) {
        this.document = document;
    }

    /** One value to send and what must happen. */
    public record Variant(String change, String value, InvalidBodies.Expect expect) {
    }

    public List<Variant> of(JsonNode parameter) {
        String name = parameter.path("name").asText();
        JsonNode s = SchemaFacts.flatten(document, parameter.path("schema"));
        List<Variant> out = new ArrayList<>();
        String type = s == null ? "" : SchemaFacts.type(s);
        if (s != null && s.has("enum")) {
            out.add(new Variant(name + "=NOT_A_VALUE (unknown enum)", "NOT_A_VALUE", InvalidBodies.Expect.REJECT));
            out.add(new Variant(name + "=SQL snippet (unknown enum)", InvalidBodies.SQL, InvalidBodies.Expect.REJECT));
            return out;
        }
        switch (type) {
            case "integer", "number" -> {
                out.add(new Variant(name + "=abc (not a number)", "abc", InvalidBodies.Expect.REJECT));
                out.add(new Variant(name + "=SQL snippet (not a number)", InvalidBodies.SQL, InvalidBodies.Expect.REJECT));
                if (s.has("minimum")) {
                    BigDecimal under = s.get("minimum").decimalValue().subtract(BigDecimal.ONE);
                    out.add(new Variant(name + "=" + under + " (below minimum)", under.toPlainString(), InvalidBodies.Expect.REJECT));
                }
                if (s.has("maximum")) {
                    BigDecimal over = s.get("maximum").decimalValue().add(BigDecimal.ONE);
                    out.add(new Variant(name + "=" + over + " (above maximum)", over.toPlainString(), InvalidBodies.Expect.REJECT));
                }
                if ("integer".equals(type)) {
                    out.add(new Variant(name + "=99999999999999999999 (beyond int64)", "99999999999999999999", InvalidBodies.Expect.REJECT));
                }
            }
            case "boolean" -> out.add(new Variant(name + "=maybe (not a boolean)", "maybe", InvalidBodies.Expect.REJECT));
            case "string" -> {
                String format = s.path("format").asText("");
                switch (format) {
                    case "date" -> {
                        out.add(new Variant(name + "=2026-13-45 (not a date)", "2026-13-45", InvalidBodies.Expect.REJECT));
                        out.add(new Variant(name + "=SQL snippet (not a date)", InvalidBodies.SQL, InvalidBodies.Expect.REJECT));
                    }
                    case "uuid" -> {
                        out.add(new Variant(name + "=not-a-uuid", "not-a-uuid", InvalidBodies.Expect.REJECT));
                        out.add(new Variant(name + "=script snippet (not a UUID)", InvalidBodies.SCRIPT, InvalidBodies.Expect.REJECT));
                    }
                    case "date-time" -> out.add(new Variant(name + "=yesterday (not a date-time)", "yesterday", InvalidBodies.Expect.REJECT));
                    default -> {
                        out.add(new Variant(name + "=SQL snippet", InvalidBodies.SQL, InvalidBodies.Expect.ANY));
                        out.add(new Variant(name + "=script snippet", InvalidBodies.SCRIPT, InvalidBodies.Expect.ANY));
                        // 2 kB: long, yet within the request-line limit of the HTTP layer (overlong URLs are a test of their own)
                        out.add(new Variant(name + "=2 kB", "x".repeat(2_000), InvalidBodies.Expect.ANY));
                    }
                }
            }
            default -> {
                out.add(new Variant(name + "=SQL snippet", InvalidBodies.SQL, InvalidBodies.Expect.ANY));
                out.add(new Variant(name + "=script snippet", InvalidBodies.SCRIPT, InvalidBodies.Expect.ANY));
            }
        }
        return out;
    }
}
