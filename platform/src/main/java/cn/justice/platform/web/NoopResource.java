package cn.justice.platform.web;

import cn.justice.platform.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.lang.management.ManagementFactory;

/**
 * {@code GET /bench/noop}: an endpoint that does nothing, for the benchmark harness ({@code make bench}). Its latency
 * is the floor of the service's own HTTP stack (Vert.x, Quarkus REST, a worker thread — the same dispatch as the real
 * endpoints, without security, JSON or database), the baseline the read figures are compared with in the same run.
 * {@code GET /bench/allocated}: the heap bytes all threads have allocated since the start (text), which the harness
 * reads before and after a window of requests to give the allocation per request.
 * Off unless the runtime property {@code justice.bench.noop=true} is set (then 204; otherwise a 404 problem), open (no token),
 * and never in the OpenAPI document.
 */
@Path("/bench")
public class NoopResource {
    @ConfigProperty(name = "justice.bench.noop", defaultValue = "false")
    boolean enabled;

    @GET
    @Path("noop")
    @Operation(hidden = true)
    public Response noop() {
        if (!enabled) {
            throw ProblemException.notFound("resource", "/bench/noop");
        }
        return Response.noContent().build();
    }

    @GET
    @Path("allocated")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String allocated() {
        if (!enabled) {
            throw ProblemException.notFound("resource", "/bench/allocated");
        }
        return Long.toString(((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes());
    }
}
