package cn.justice.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem. Nothing internal (class names,
 * stack traces, SQL) reaches the client; unexpected errors are logged with an incident id that the problem
 * repeats, so operators can find the log line a user reports.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ObjectMapper json;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder rb = builder(e.problem(), uri);
        e.headers().forEach(rb::header);
        return rb.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(v -> hasKind(v.getPropertyPath(), ElementKind.RETURN_VALUE));
        if (returnValue) {
            return unexpected(e, uri);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return builder(ProblemException.invalid(errors).problem(), uri).build();
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return builder(jsonProblem(e), uri).build();
    }

    // The Jackson extension maps these narrower types itself (plain 400, no body): name them so ours win.
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return builder(jsonProblem(e), uri).build();
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return builder(jsonProblem(e), uri).build();
    }

    @ServerExceptionMapper
    public Response jsonParse(com.fasterxml.jackson.core.JsonParseException e, UriInfo uri) {
        return builder(jsonProblem(e), uri).build();
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return builder(jsonProblem(e), uri).build();
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e, UriInfo uri) {
        return builder(jsonProblem(e), uri).build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return builder(new Problem("forbidden", "Forbidden", 403, "your role may not perform this operation"), uri).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return builder(jsonProblem(jpe), uri).build();
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        if (family != Response.Status.Family.CLIENT_ERROR) {
            return e.getResponse();
        }
        Problem p = new Problem(slugFor(status), titleFor(status), status, detailFor(status, e));
        Response.ResponseBuilder rb = builder(p, uri);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            rb.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return rb.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable t, UriInfo uri) {
        if (DatabaseUnavailable.is(t)) {
            // an outage, not a bug: no stack trace, and the client is told to retry (the pool heals by itself)
            LOG.warnf("Database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), rootMessage(t));
            return builder(new Problem("service-unavailable", "Service unavailable", 503,
                    "the database cannot be reached right now; retry shortly"), uri)
                    .header("Retry-After", "5").build();
        }
        if (DatabaseUnavailable.isUniqueViolation(t)) {
            // a concurrent request created the same key first: the client's request conflicts, retry reads it
            LOG.infof("Unique key conflict on %s: %s", uri == null ? "?" : uri.getPath(), rootMessage(t));
            return builder(new Problem("conflict", "Conflict", 409,
                    "a record with the same unique key was created concurrently; read it or retry"), uri).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(t, "Unexpected error, incident %s, on %s", incident, uri == null ? "?" : uri.getPath());
        Problem p = new Problem("internal", "Internal error", 500,
                "the request could not be completed; report incident " + incident)
                .with("incident", incident);
        return builder(p, uri).build();
    }

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r.getClass().getSimpleName() + (r.getMessage() == null ? "" : ": " + r.getMessage());
    }

    private Response unauthenticated(UriInfo uri) {
        return builder(new Problem("unauthorized", "Unauthorized", 401,
                "a valid bearer token is required"), uri)
                .header("WWW-Authenticate", "Bearer realm=\"justice\"").build();
    }

    private Response.ResponseBuilder builder(Problem p, UriInfo uri) {
        if (p.instance == null && uri != null) {
            p.instance = uri.getRequestUri().getRawPath();
        }
        return Response.status(p.status).type(Problem.MEDIA_TYPE).entity(p.toJson(json));
    }

    static Problem jsonProblem(JsonProcessingException e) {
        if (e instanceof InvalidFormatException ife) {
            String field = pathOf(ife);
            String msg;
            if (ife.getMessage() != null && ife.getMessage().startsWith("Cannot coerce")) {
                // a refused coercion (web/StrictJson): "12" for a number, 1.5 for an integer, 0 for an enum
                msg = "wrong type: expected " + simpleType(ife.getTargetType());
            } else if (ife.getTargetType() != null && ife.getTargetType().isEnum()) {
                msg = "unknown value; allowed: "
                        + Arrays.toString(ife.getTargetType().getEnumConstants());
            } else {
                msg = "not a valid " + simpleType(ife.getTargetType());
            }
            return ProblemException.invalid(field, msg).problem();
        }
        if (e instanceof ValueInstantiationException vie) {
            // only our own argument checks speak to the client; anything else could disclose internals
            String why = vie.getCause() instanceof IllegalArgumentException iae && !(iae instanceof NumberFormatException)
                    && iae.getMessage() != null ? iae.getMessage() : "invalid value";
            String field = pathOf(vie);
            return ProblemException.invalid(field.isEmpty() ? "body" : field, why).problem();
        }
        if (e instanceof MismatchedInputException mie) {
            String field = pathOf(mie);
            String expected = mie.getTargetType() == null ? "another type" : simpleType(mie.getTargetType());
            if (field.isEmpty()) {
                return new Problem("malformed-body", "Malformed request body", 400,
                        "the request body must be a JSON " + ("another type".equals(expected) ? "value" : expected));
            }
            return ProblemException.invalid(field, "wrong type: expected " + expected).problem();
        }
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            return ProblemException.invalid(pathOf(jme), "invalid value").problem();
        }
        return new Problem("malformed-body", "Malformed request body", 400, "the request body is not valid JSON");
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == java.time.LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "instant (ISO-8601)";
        }
        if (type == UUID.class) {
            return "UUID";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** {@code create.body.parties[0].name} → {@code parties[0].name}; {@code list.size} → {@code size}. */
    static String fieldOf(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                sb.setLength(0);
                sb.append(node.getName());
                continue;
            }
            if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
                if (node.getName() == null || node.getName().startsWith("<")) {
                    continue;
                }
                if (sb.length() > 0 && isBodyParameter(sb)) {
                    sb.setLength(0);
                }
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(node.getName());
                if (node.getIndex() != null) {
                    sb.append('[').append(node.getIndex()).append(']');
                }
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static boolean isBodyParameter(StringBuilder sb) {
        // the body parameter's own name (body, request, dto...) says nothing to a client: drop it
        return sb.indexOf(".") < 0 && BODY_NAMES.contains(sb.toString());
    }

    private static final List<String> BODY_NAMES = List.of("body", "request", "dto", "command", "arg0", "arg1", "arg2");

    private static boolean hasKind(Path path, ElementKind kind) {
        for (Path.Node n : path) {
            if (n.getKind() == kind) {
                return true;
            }
        }
        return false;
    }

    private static String slugFor(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 428 -> "precondition-required";
            case 429 -> "too-many-requests";
            default -> "client-error";
        };
    }

    private static String titleFor(int status) {
        Response.Status s = Response.Status.fromStatusCode(status);
        return s != null ? s.getReasonPhrase() : "Client error";
    }

    private static String detailFor(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "no resource at this path";
            case 405 -> "this method is not allowed on this path";
            case 406 -> "this resource answers application/json (errors: application/problem+json)";
            case 413 -> "the request body is too large";
            case 415 -> "send the body as application/json";
            default -> e.getMessage() != null && !e.getMessage().startsWith("HTTP ") ? e.getMessage() : titleFor(status);
        };
    }
}
