package cn.justice.testing.openapi;

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

    public static List<String> between(Object before, Object after) {
        List<String> out = new ArrayList<>();
        walk(before, after, "", out);
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
        } else if (!Objects.equals(a, b)) {
            out.add("~ " + path + ": " + a + " => " + b);
        }
    }
}
