package cn.justice.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Bodies over {@code justice.http.max-body-bytes} (default 1 MiB) get a 413 problem+json. The HTTP layer's own
 * limit ({@code quarkus.http.limits.max-body-size}, set higher) stays as the backstop for bodies without a
 * Content-Length; it answers 413 without a body.
 */
public class BodySizeLimit {
    @ConfigProperty(name = "justice.http.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext ctx) {
        String length = ctx.getHeaderString("Content-Length");
        if (length == null) {
            return;
        }
        long n;
        try {
            n = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("Content-Length is not a number");
        }
        if (n > maxBytes) {
            throw new ProblemException(new Problem("payload-too-large", "Content Too Large", 413,
                    "the request body is " + n + " bytes; at most " + maxBytes + " are accepted"));
        }
    }
}
