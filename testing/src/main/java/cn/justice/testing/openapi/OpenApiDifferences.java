package cn.justice.testing.openapi;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Every difference between two OpenAPI documents read as JSON trees (maps, lists, values), one line each:
 * {@code + path}, {@code - path} or {@code ~ path: before => after}. Key order does not count; list order does.
 * Used to show that a refactoring of the resources left the document the integrators generate from unchanged.
 */
public final class OpenApiDifferences {
    private OpenApiDifferences() {
    }

    /**
     * The differences between a committed document (a class-path resource) and the one the application under test
     * serves at {@code /q/openapi}, leaving out {@code servers} (where a document was served from, not the API).
     */
    public static List<String> sinceCommitted(String resource) {
        Object after = RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().get("$");
        Object before;
        try (InputStream in = OpenApiDifferences.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " is not on the class path");
            }
            before = JsonPath.from(in).get("$");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ((Map<?, ?>) before).remove("servers");
        ((Map<?, ?>) after).remove("servers");
        return between(before, after);
    }

    /**
     * The differences since a committed document that a committed list (a class-path text resource, one difference
     * per line as {@link #between} writes them; blank lines and lines starting with {@code #} ignored) does not
     * name, and the listed ones that no longer occur, each line prefixed {@code unlisted: } or {@code stale: }.
     * Empty when the list names exactly the differences: every change to the document is then a deliberate,
     * reviewed line of the list.
     */
    public static List<String> unlistedSince(String document, String list) {
        List<String> actual = sinceCommitted(document);
        List<String> listed;
        try (InputStream in = OpenApiDifferences.class.getResourceAsStream(list)) {
            if (in == null) {
                throw new IllegalArgumentException(list + " is not on the class path");
            }
            listed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        actual.stream().filter(d -> !listed.contains(d)).forEach(d -> out.add("unlisted: " + d));
        listed.stream().filter(d -> !actual.contains(d)).forEach(d -> out.add("stale: " + d));
        return out;
    }

    public static List<String> between(Object before, Object after) {
        List<String> out = new ArrayList<>();
        walk(before, after, "", out);
        return out;
    }

    /** A list of OpenAPI parameters (maps with a name and an in), each name once. */
    private static boolean named(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(e -> e instanceof Map<?, ?> m && m.get("name") != null
                && m.get("in") != null) && byName(list).size() == list.size();
    }

    private static Map<String, Object> byName(List<?> list) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (Object e : list) {
            Map<?, ?> m = (Map<?, ?>) e;
            out.put(m.get("in") + ":" + m.get("name"), m);
        }
        return out;
    }

    private static void walk(Object a, Object b, String path, List<String> out) {
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            TreeSet<String> keys = new TreeSet<>();
            x.keySet().forEach(k -> keys.add(String.valueOf(k)));
            y.keySet().forEach(k -> keys.add(String.valueOf(k)));
            for (String k : keys) {
                String p = path + "/" + k.replace("~", "~0").replace("/", "~1");
                if (!x.containsKey(k)) {
                    out.add("+ " + p);
                } else if (!y.containsKey(k)) {
                    out.add("- " + p);
                } else {
                    walk(x.get(k), y.get(k), p, out);
                }
            }
        } else if (a instanceof List<?> x && b instanceof List<?> y && x.size() == y.size()) {
            for (int i = 0; i < x.size(); i++) {
                walk(x.get(i), y.get(i), path + "/" + i, out);
            }
        } else if (a instanceof List<?> x && b instanceof List<?> y && named(x) && named(y)) {
            // parameters added or removed: compared by name, so each added, removed or changed one is its own line
            Map<String, Object> before = byName(x);
            Map<String, Object> after = byName(y);
            TreeSet<String> names = new TreeSet<>(before.keySet());
            names.addAll(after.keySet());
            for (String n : names) {
                String p = path + "/[" + n + "]";
                if (!before.containsKey(n)) {
                    out.add("+ " + p);
                } else if (!after.containsKey(n)) {
                    out.add("- " + p);
                } else {
                    walk(before.get(n), after.get(n), p, out);
                }
            }
        } else if (!Objects.equals(a, b)) {
            out.add("~ " + path + ": " + a + " => " + b);
        }
    }
}
