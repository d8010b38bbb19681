package cn.justice.e2e.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The access-control matrix as data: a Markdown table, one row per operation (plus {@code ?unmask=true} rows), one
 * column per {@link Caller}; each cell the expected outcome {@code 2xx}, {@code 401}, {@code 403} or {@code 404}
 * ({@code 400} where the body names a record the caller cannot see, answered as for one that does not exist).
 * The same table is in {@code docs/security.md} between the markers below, and a test keeps the two equal.
 */
public final class AccessMatrix {
    public static final String BEGIN = "<!-- access-matrix:begin -->";
    public static final String END = "<!-- access-matrix:end -->";

    private AccessMatrix() {
    }

    /** A row: the operation key (maybe with a query suffix) and the expected outcome per caller. */
    public record Row(String operation, Map<Caller, String> expected) {
        public String method() {
            return operation.substring(0, operation.indexOf(' '));
        }

        /** The path as in the document (without the row's query suffix). */
        public String path() {
            String p = operation.substring(operation.indexOf(' ') + 1);
            int q = p.indexOf('?');
            return q < 0 ? p : p.substring(0, q);
        }

        /** The row's own query parameters ({@code ?unmask=true}). */
        public Map<String, String> query() {
            Map<String, String> out = new LinkedHashMap<>();
            int q = operation.indexOf('?');
            if (q >= 0) {
                for (String kv : operation.substring(q + 1).split("&")) {
                    String[] parts = kv.split("=", 2);
                    out.put(parts[0], parts.length > 1 ? parts[1] : "");
                }
            }
            return out;
        }
    }

    /** Parses the Markdown table (header row naming the callers, a separator row, then the rows). */
    public static List<Row> parse(String markdown) {
        List<Row> rows = new ArrayList<>();
        List<Caller> columns = null;
        for (String line : markdown.lines().map(String::trim).toList()) {
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String c : line.substring(1, line.length() - 1).split("\\|")) {
                cells.add(c.trim());
            }
            if (columns == null) {
                columns = new ArrayList<>();
                for (String c : cells.subList(1, cells.size())) {
                    columns.add(Caller.byColumn(c));
                }
                if (columns.size() != Caller.values().length) {
                    throw new IllegalArgumentException("the matrix must have one column per caller: " + line);
                }
                continue;
            }
            if (cells.get(0).startsWith("---")) {
                continue;
            }
            Map<Caller, String> expected = new EnumMap<>(Caller.class);
            for (int i = 0; i < columns.size(); i++) {
                String cell = cells.get(i + 1);
                if (!List.of("2xx", "400", "401", "403", "404").contains(cell)) {
                    throw new IllegalArgumentException("unknown outcome '" + cell + "' in " + line);
                }
                expected.put(columns.get(i), cell);
            }
            rows.add(new Row(cells.get(0).replace("`", ""), expected));
        }
        return rows;
    }

    /** The table between the markers of a document. */
    public static String section(String document) {
        int b = document.indexOf(BEGIN);
        int e = document.indexOf(END);
        if (b < 0 || e < b) {
            throw new IllegalArgumentException("markers " + BEGIN + " … " + END + " not found");
        }
        return document.substring(b + BEGIN.length(), e).trim();
    }
}
