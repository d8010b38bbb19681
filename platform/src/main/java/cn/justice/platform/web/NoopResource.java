package cn.justice.platform.web;

import cn.justice.platform.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /bench/noop}: an endpoint that does nothing, for the benchmark harness ({@code make bench}). Its latency
 * is the floor of the service's own HTTP stack (Vert.x, Quarkus REST, a worker thread — the same dispatch as the real
 * endpoints, without security, JSON or database), the baseline the read figures are compared with in the same run.
 * Off unless the runtime property {@code justice.bench.noop=true} is set (then 204; otherwise a 404 problem), open (no token),
 * and never in the OpenAPI document.
 */
@Path("/bench/noop")
public class NoopResource {
    @ConfigProperty(name = "justice.bench.noop", defaultValue = "false")
    boolean enabled;

    @GET
    @Operation(hidden = true)
    public Response noop() {
        if (!enabled) {
            throw ProblemException.notFound("resource", "/bench/noop");
        }
        return Response.noContent().build();
    }
}
