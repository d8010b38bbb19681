package cn.justice.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code docs/events.md} — the published list of event types and their {@code data} schemas — so tests can
 * check that what a service really puts on the topic matches what integrators were told. Per aggregate section
 * ({@code ### Aggregate `name`}) it reads the type table (type, status) and the field table (field, JSON type,
 * null?).
 */
public final class EventCatalogue {
    /** A documented {@code data} field. */
    public record Field(String name, String jsonType, boolean nullable) {
    }

    /** A documented aggregate: its emitted event types and data fields. */
    public record Aggregate(String name, Set<String> emittedTypes, Map<String, Field> fields) {
    }

    private final Map<String, Aggregate> aggregates;

    private EventCatalogue(Map<String, Aggregate> aggregates) {
        this.aggregates = aggregates;
    }

    public static EventCatalogue load() {
        try {
            return parse(Files.readAllLines(ProjectPaths.root().resolve("docs/events.md")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EventCatalogue parse(List<String> lines) {
        Map<String, Aggregate> out = new LinkedHashMap<>();
        String current = null;
        List<List<String>> tables = new ArrayList<>();
        List<String> table = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("### Aggregate `") || line.startsWith("## ")) {
                if (current != null) {
                    out.put(current, build(current, tables));
                }
                current = line.startsWith("### Aggregate `") ? line.substring(15, line.indexOf('`', 15)) : null;
                tables = new ArrayList<>();
                table = null;
                continue;
            }
            if (line.startsWith("|")) {
                if (table == null) {
                    table = new ArrayList<>();
                    tables.add(table);
                }
                table.add(line);
            } else {
                table = null;
            }
        }
        if (current != null) {
            out.put(current, build(current, tables));
        }
        return new EventCatalogue(out);
    }

    private static Aggregate build(String name, List<List<String>> tables) {
        Set<String> emitted = new LinkedHashSet<>();
        Map<String, Field> fields = new LinkedHashMap<>();
        for (List<String> t : tables) {
            List<String> header = cells(t.get(0));
            int type = header.indexOf("type");
            int status = header.indexOf("status");
            int field = header.indexOf("field");
            int jsonType = header.indexOf("JSON type");
            int nullable = header.indexOf("null?");
            for (String row : t.subList(Math.min(2, t.size()), t.size())) {
                List<String> c = cells(row);
                if (type >= 0 && status >= 0 && c.size() > status && c.get(status).startsWith("emitted")) {
                    for (String part : c.get(type).split(",")) {
                        emitted.add(part.strip().replace("`", ""));
                    }
                }
                if (field >= 0 && jsonType >= 0 && nullable >= 0 && c.size() > nullable) {
                    String f = c.get(field).replace("`", "");
                    fields.put(f, new Field(f, c.get(jsonType).split("[ (]")[0], !c.get(nullable).startsWith("never")));
                }
            }
        }
        return new Aggregate(name, emitted, fields);
    }

    private static List<String> cells(String row) {
        String r = row.strip();
        r = r.substring(1, r.endsWith("|") ? r.length() - 1 : r.length());
        List<String> out = new ArrayList<>();
        for (String c : r.split("\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }

    public Aggregate aggregate(String name) {
        Aggregate a = aggregates.get(name);
        if (a == null) {
            throw new AssertionError("docs/events.md has no section '### Aggregate `" + name + "`'");
        }
        return a;
    }

    /**
     * Problems of one event against the catalogue (empty when it matches): its type is documented as emitted, its
     * data has exactly the documented fields, each of the documented JSON type, null only where allowed.
     */
    public List<String> check(JsonNode event) {
        List<String> problems = new ArrayList<>();
        String type = event.path("type").asText();
        String[] parts = type.split("\\.");
        if (parts.length < 3) {
            return List.of("type '" + type + "' is not <service>.<aggregate>.<verb>");
        }
        Aggregate a = aggregates.get(parts[1]);
        if (a == null) {
            return List.of("aggregate '" + parts[1] + "' is not documented");
        }
        if (!a.emittedTypes().contains(type)) {
            problems.add("type " + type + " is not documented as emitted");
        }
        JsonNode data = event.path("data");
        Set<String> seen = new LinkedHashSet<>();
        for (Iterator<String> it = data.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            seen.add(f);
            Field doc = a.fields().get(f);
            if (doc == null) {
                problems.add("data." + f + " is not documented");
                continue;
            }
            JsonNode v = data.get(f);
            if (v.isNull()) {
                if (!doc.nullable()) {
                    problems.add("data." + f + " is null but documented as never null");
                }
            } else if (!matches(doc.jsonType(), v)) {
                problems.add("data." + f + " is " + v.getNodeType() + " but documented as " + doc.jsonType());
            }
        }
        for (String f : a.fields().keySet()) {
            if (!seen.contains(f)) {
                problems.add("data." + f + " is documented but missing");
            }
        }
        return problems;
    }

    private static boolean matches(String jsonType, JsonNode v) {
        return switch (jsonType) {
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            default -> false;
        };
    }
}
