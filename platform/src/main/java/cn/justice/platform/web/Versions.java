package cn.justice.platform.web;

import cn.justice.platform.problem.ProblemException;

/**
 * Optimistic concurrency (DESIGN §3): {@code ETag: "<version>"} on reads, {@code If-Match: "<version>"} on
 * changes (stale → 412), or {@code version} in a PUT body (stale → 409).
 */
public final class Versions {
    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Throws 412 when {@code ifMatch} is present and names another version; {@code *} matches any. */
    public static void checkIfMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*")) {
                return;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                t = t.substring(1, t.length() - 1);
            }
            if (t.equals(Long.toString(current))) {
                return;
            }
        }
        throw ProblemException.preconditionFailed(ifMatch, current);
    }

    /** Throws 409 when the body carried a version that is not the current one. */
    public static void checkBodyVersion(Long bodyVersion, long current) {
        if (bodyVersion != null && bodyVersion != current) {
            throw ProblemException.versionConflict(bodyVersion, current);
        }
    }
}
