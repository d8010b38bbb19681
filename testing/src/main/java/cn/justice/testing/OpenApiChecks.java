package cn.justice.testing;

import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every {@code /api/} operation of an OpenAPI document must say for integrators generating clients from it:
 * a summary, the bearer security requirement, and problem+json error responses (400, 401, 403, 500; 404 on paths
 * with an id; 409/412/422 where writes can produce them).
 */
public final class OpenApiChecks {
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private OpenApiChecks() {
    }

    /** Problems found (empty when the document is complete). */
    @SuppressWarnings("unchecked")
    public static List<String> problems(JsonPath doc) {
        List<String> out = new ArrayList<>();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (String method : METHODS) {
                Map<String, Object> op = (Map<String, Object>) path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                String where = method.toUpperCase() + " " + path.getKey();
                if (op.get("summary") == null || op.get("summary").toString().isBlank()) {
                    out.add(where + ": no summary");
                }
                List<Map<String, Object>> security = (List<Map<String, Object>>) op.get("security");
                if (security == null || security.stream().noneMatch(s -> s.containsKey("bearerAuth"))) {
                    out.add(where + ": no bearerAuth security requirement");
                }
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
                List<String> required = new ArrayList<>(List.of("400", "401", "403", "500", "503"));
                if (path.getKey().contains("{")) {
                    required.add("404");
                }
                if (method.equals("post") || method.equals("put")) {
                    required.add("409");
                }
                if (method.equals("post")) {
                    required.add("422");
                }
                if (path.getKey().contains("{") && (method.equals("post") || method.equals("put"))) {
                    required.add("412");
                }
                for (String code : required) {
                    Map<String, Object> r = responses == null ? null : responses.get(code);
                    Map<String, Object> content = r == null ? null : (Map<String, Object>) r.get("content");
                    if (content == null || !content.containsKey("application/problem+json")) {
                        out.add(where + ": response " + code + " is not documented as application/problem+json");
                    }
                }
                boolean success = responses != null && responses.keySet().stream().anyMatch(k -> k.startsWith("2"));
                if (!success) {
                    out.add(where + ": no 2xx response documented");
                }
                if ((method.equals("post") || method.equals("put")) && op.get("requestBody") != null) {
                    Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
                    Map<String, Object> content = (Map<String, Object>) body.get("content");
                    if (content == null || !content.containsKey("application/json")) {
                        out.add(where + ": request body is not application/json");
                    }
                }
            }
        }
        return out;
    }
}
