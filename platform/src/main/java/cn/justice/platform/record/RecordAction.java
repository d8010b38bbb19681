package cn.justice.platform.record;

import cn.justice.platform.security.Caller;
import io.quarkus.security.ForbiddenException;

import java.util.List;
import java.util.UUID;

/**
 * One lifecycle action of a record, {@code POST {id}/<name>}: its body type, the service method that applies it,
 * who may call it, and what the OpenAPI document says of it.
 *
 * @param name        the last path segment(s), e.g. {@code accept} or {@code monitoring/start}
 * @param body        the request body type (validated with Bean Validation before the handler runs)
 * @param handler     the service method: {@code (service, caller, id, ifMatch, body) -> view}
 * @param summary     OpenAPI summary
 * @param description OpenAPI description, or null
 * @param result      description of the 200 response
 * @param roles       the roles that may call it
 */
public record RecordAction<S, V extends RecordView>(String name, Class<?> body, Handler<S, ?, V> handler, String summary,
                                                     String description, String result, List<String> roles) {

    /** A service method that applies an action: the service, the caller, the record id, If-Match, the body. */
    @FunctionalInterface
    public interface Handler<S, B, V> {
        V apply(S service, Caller caller, UUID id, String ifMatch, B body);
    }

    /** 403 unless the caller has one of the action's roles. */
    void requireRole(Caller caller) {
        if (roles.stream().noneMatch(caller::has)) {
            throw new ForbiddenException();
        }
    }

    @SuppressWarnings("unchecked")
    V apply(S service, Caller caller, UUID id, String ifMatch, Object request) {
        return ((Handler<S, Object, V>) handler).apply(service, caller, id, ifMatch, request);
    }
}
