package cn.justice.platform.web;

import cn.justice.platform.problem.ProblemException;

import java.util.Map;

/**
 * Validated {@code page}, {@code size} and {@code sort=field,asc|desc} of a list request. Sort fields are
 * whitelisted per resource (API field name → column), so a client can never inject SQL through them.
 */
public record PageRequest(int page, int size, String sortColumn, boolean descending) {
    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    /**
     * @param sortable   API field name → column; the first entry is the default sort
     * @param defaultDesc direction of the default sort
     */
    public static PageRequest of(Integer page, Integer size, String sort, Map<String, String> sortable, boolean defaultDesc) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) p * s > Integer.MAX_VALUE) {
            throw ProblemException.invalid("page", "is beyond the last possible page");
        }
        String column = sortable.values().iterator().next();
        boolean desc = defaultDesc;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", -1);
            if (parts.length > 2) {
                throw ProblemException.invalid("sort", "must be field or field,asc or field,desc");
            }
            column = sortable.get(parts[0].trim());
            if (column == null) {
                throw ProblemException.invalid("sort", "unknown field '" + parts[0].trim() + "'; sortable: " + sortable.keySet());
            }
            if (parts.length == 2) {
                String dir = parts[1].trim().toLowerCase();
                if (!dir.equals("asc") && !dir.equals("desc")) {
                    throw ProblemException.invalid("sort", "direction must be asc or desc");
                }
                desc = dir.equals("desc");
            } else {
                desc = false;
            }
        }
        return new PageRequest(p, s, column, desc);
    }

    /**
     * The sort fields of a list, the default first (what {@link #of} takes as {@code sortable}): each an API name
     * that is also the entity's field, or {@code apiName=entityField}.
     */
    public static Map<String, String> sortable(String... fields) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String field : fields) {
            int eq = field.indexOf('=');
            String f = eq < 0 ? field : field.substring(0, eq);
            if (m.put(f, eq < 0 ? field : field.substring(eq + 1)) != null) {
                throw new IllegalArgumentException("sort field " + f + " named twice");
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }

    /** {@code ORDER BY} clause of whitelisted columns with a stable tie-break on id. */
    public String orderBy() {
        String dir = descending ? " DESC" : " ASC";
        return " ORDER BY " + sortColumn + dir + ("id".equals(sortColumn) ? "" : ", id" + dir);
    }
}
