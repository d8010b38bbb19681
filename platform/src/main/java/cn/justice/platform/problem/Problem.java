package cn.justice.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details, the body of every error response ({@code application/problem+json}).
 * Extension members (for example {@code currentStatus} on a 409 for an action not allowed in the current
 * state) are serialised as top-level members.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem details")
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";
    /** Base of the {@code type} URIs; the part after it names the kind of problem. */
    public static final String TYPE_BASE = "https://justice.local/problems/";

    @Schema(description = "URI naming the kind of problem", example = TYPE_BASE + "validation")
    public String type;
    @Schema(description = "Short summary of the kind of problem", example = "Validation failed")
    public String title;
    @Schema(description = "HTTP status code", example = "400")
    public int status;
    @Schema(description = "Explanation of this occurrence")
    public String detail;
    @Schema(description = "The request path this problem is about", example = "/api/v1/mediation/disputes")
    public String instance;
    @Schema(description = "Field-level errors of a validation problem")
    public List<FieldError> errors;
    @Schema(hidden = true)
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public Problem() {
    }

    public Problem(String typeSlug, String title, int status, String detail) {
        this.type = TYPE_BASE + typeSlug;
        this.title = title;
        this.status = status;
        this.detail = detail;
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** This problem as its response body. */
    public String toJson(com.fasterxml.jackson.databind.ObjectMapper json) {
        try {
            return json.writeValueAsString(this);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "{\"title\":\"" + title + "\",\"status\":" + status + "}";
        }
    }

    public Problem with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "JSON path or parameter name of the offending field", example = "townshipCode") String field,
            @Schema(description = "What is wrong with it", example = "unknown township code") String message) {
    }
}
