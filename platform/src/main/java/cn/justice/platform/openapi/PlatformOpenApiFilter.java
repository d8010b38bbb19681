package cn.justice.platform.openapi;

import cn.justice.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes every service's OpenAPI document say what the platform does on every {@code /api/} operation: the bearer
 * JWT security scheme, and the problem+json error responses that the platform's mappers, security and
 * idempotency handling produce (400, 401, 403, 404 on paths with an id, 406, 409/412/413/415/422 on writes, 500, 503).
 * Responses a resource documents itself are kept.
 */
public class PlatformOpenApiFilter implements OASFilter {
    public static final String SECURITY_SCHEME = "bearerAuth";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
            components.addSchema("Problem", problemSchema());
        }
        // an application that returns Problem from a documented operation gets the schema generated from the class,
        // which knows nothing of the extension members: add them, and allow others
        Schema problem = components.getSchemas().get("Problem");
        extensionMembers().forEach((name, schema) -> {
            if (problem.getProperties() == null || !problem.getProperties().containsKey(name)) {
                problem.addProperty(name, schema);
            }
        });
        problem.additionalPropertiesBoolean(Boolean.TRUE);
        if (components.getSchemas() == null || !components.getSchemas().containsKey("FieldError")) {
            components.addSchema("FieldError", fieldErrorSchema());
        }
        components.addSecurityScheme(SECURITY_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("RS256 JWT with claims iss, sub, exp, groups (county-admin, township-officer, auditor, "
                        + "integration), county_code and, for township roles, township_code. Dev: dev/token <role>."));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> e : openAPI.getPaths().getPathItems().entrySet()) {
            String path = e.getKey();
            if (!path.startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> op : e.getValue().getOperations().entrySet()) {
                decorate(path, op.getKey(), op.getValue());
            }
        }
    }

    private void decorate(String path, PathItem.HttpMethod method, Operation op) {
        op.setSecurity(java.util.List.of(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME)));
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "Invalid input (validation errors in `errors[]`, malformed JSON, wrong type, unknown enum value)");
        errors.put("401", "Missing, expired or invalid bearer token");
        errors.put("403", "The caller's role may not do this, or the org unit is outside the caller's scope");
        if (path.contains("{")) {
            errors.put("404", "No such record, or the record is outside the caller's township");
        }
        errors.put("406", "The client does not accept application/json");
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH;
        if (write) {
            errors.put("409", "Conflict: action not allowed in the current state (`currentStatus`), stale `version` "
                    + "in the body, same id created with another body, or an Idempotency-Key request still in progress");
            if (path.contains("{")) {
                errors.put("412", "If-Match names a version that is no longer current");
            }
            errors.put("413", "Request body too large");
            errors.put("415", "Body is not application/json");
            if (method == PathItem.HttpMethod.POST) {
                errors.put("422", "Idempotency-Key reused with a different request body");
            }
        }
        errors.put("500", "Unexpected error (no internals are disclosed; the problem carries an incident id)");
        errors.put("503", "Temporarily unavailable (the database, or behind the gateway the service, cannot be reached); "
                + "retry after the Retry-After seconds");
        for (Map.Entry<String, String> err : errors.entrySet()) {
            var existing = responses.getAPIResponse(err.getKey());
            // Quarkus adds bare "Bad Request"/"Not Authorized" entries without a body schema: replace those
            if (existing == null || existing.getContent() == null || existing.getContent().getMediaTypes() == null
                    || existing.getContent().getMediaTypes().isEmpty()) {
                responses.addAPIResponse(err.getKey(), OASFactory.createAPIResponse()
                        .description(err.getValue())
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
            }
        }
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; extension members (e.g. currentStatus) may follow")
                .addProperty("type", str("URI naming the kind of problem"))
                .addProperty("title", str("Short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("HTTP status"))
                .addProperty("detail", str("Explanation of this occurrence"))
                .addProperty("instance", str("Request path"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .additionalPropertiesBoolean(Boolean.TRUE)
                .required(java.util.List.of("type", "title", "status"));
    }

    /** The extension members the platform's problems carry (ProblemException, ProblemMappers, the gateway's proxy). */
    private static Map<String, Schema> extensionMembers() {
        Map<String, Schema> m = new LinkedHashMap<>();
        m.put("currentStatus", str("On 409 invalid-state: the record's current status"));
        m.put("currentVersion", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                .description("On 412, and 409 version-conflict: the record's current version"));
        m.put("rule", str("On 409 rule-violated: the business rule"));
        m.put("incident", str("On 500: the incident id in the server's log"));
        m.put("service", str("On 503 at the gateway: the service that did not answer"));
        return m;
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", str("JSON path or parameter name"))
                .addProperty("message", str("What is wrong"))
                .required(java.util.List.of("field", "message"));
    }

    private static Schema str(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
