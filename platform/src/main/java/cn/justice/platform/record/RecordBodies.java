package cn.justice.platform.record;

import cn.justice.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;

import java.util.Set;

/**
 * Reads a request body of the type an operation names, as the REST layer does for a typed {@code @Valid @NotNull}
 * parameter: the application's ObjectMapper (so malformed JSON and wrong types are the same 400 problems), then
 * Bean Validation (the same field paths, e.g. {@code parties[0].name}); a missing body is {@code body: must not be null}.
 */
@ApplicationScoped
public class RecordBodies {
    @Inject
    ObjectMapper json;
    @Inject
    Validator validator;

    public <T> T read(JsonNode body, Class<T> type) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw ProblemException.invalid("body", "must not be null");
        }
        T value;
        try {
            value = json.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw new BadRequestException(e); // ProblemMappers turns its cause into the field-level 400
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}
