package cn.justice.gateway.proxy;

import cn.justice.platform.problem.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * Reverse proxy for the four service prefixes (same paths): method, path, query, headers (Authorization,
 * Idempotency-Key, If-Match, …), body, status and response headers pass through. Each service has a timeout and
 * a {@link CircuitBreaker}; a service that is down answers 503 problem+json and the others are unaffected.
 */
@ApplicationScoped
public class ServiceProxy {
    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);
    /** Hop-by-hop headers (RFC 9110 §7.6.1) are not forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");
    private static final long MAX_BODY = 1024 * 1024;

    @Inject
    Vertx vertx;
    @Inject
    ServiceRoutes routes;
    @Inject
    ObjectMapper json;

    private HttpClient client;

    void register(@Observes Router router) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) routes.proxy().connectTimeout().toMillis())
                .setKeepAlive(true).setMaxPoolSize(64).setIdleTimeout(30));
        routes.services().forEach((name, service) -> {
            CircuitBreaker breaker = new CircuitBreaker(routes.breaker().failureThreshold(), routes.breaker().openFor(),
                    Clock.systemUTC());
            URI base = URI.create(service.url());
            router.route(service.prefix()).order(-10).handler(ctx -> forward(ctx, name, base, breaker));
            router.route(service.prefix() + "/*").order(-10).handler(ctx -> forward(ctx, name, base, breaker));
        });
    }

    void close(@Observes ShutdownEvent ev) {
        if (client != null) {
            client.close();
        }
    }

    private void forward(RoutingContext ctx, String name, URI base, CircuitBreaker breaker) {
        HttpServerRequest req = ctx.request();
        String length = req.getHeader("Content-Length");
        if (length != null && parseLong(length) > MAX_BODY) {
            problem(ctx, new Problem("payload-too-large", "Content Too Large", 413, "the request body is too large"));
            return;
        }
        if (!breaker.allow()) {
            problem(ctx, unavailable(name, "circuit open after repeated failures; retry shortly"));
            return;
        }
        // Quarkus hands requests over paused; body() collects it once resumed
        io.vertx.core.Future<Buffer> bodyFuture = req.body();
        req.resume();
        bodyFuture.onComplete(bodyResult -> {
            if (bodyResult.failed()) {
                breaker.success();
                problem(ctx, new Problem("bad-request", "Bad Request", 400, "the request body could not be read"));
                return;
            }
            Buffer body = bodyResult.result();
            if (body != null && body.length() > MAX_BODY) {
                breaker.success();
                problem(ctx, new Problem("payload-too-large", "Content Too Large", 413, "the request body is too large"));
                return;
            }
            RequestOptions options = new RequestOptions()
                    .setMethod(req.method())
                    .setHost(base.getHost())
                    .setPort(base.getPort() > 0 ? base.getPort() : 80)
                    .setURI(req.uri())
                    .setTimeout(routes.proxy().timeout().toMillis());
            client.request(options).compose(out -> {
                copyHeaders(req.headers(), out.headers());
                out.putHeader("X-Forwarded-For", req.remoteAddress() == null ? "" : req.remoteAddress().host());
                out.putHeader("X-Forwarded-Proto", req.scheme());
                if (req.authority() != null) {
                    out.putHeader("X-Forwarded-Host", req.authority().toString());
                }
                return body == null || body.length() == 0 ? out.send() : out.send(body);
            }).compose(in -> {
                int status = in.statusCode();
                if (status == 502 || status == 503 || status == 504) {
                    breaker.failure();
                } else {
                    breaker.success();
                }
                HttpServerResponse resp = ctx.response().setStatusCode(status);
                copyHeaders(in.headers(), resp.headers());
                return in.body().compose(resp::end);
            }).onFailure(err -> {
                breaker.failure();
                if (!ctx.response().headWritten()) {
                    LOG.debugf("proxy to %s failed: %s", name, err.toString());
                    problem(ctx, unavailable(name, "the " + name + " service did not answer; retry shortly"));
                } else {
                    ctx.response().reset();
                }
            });
        });
    }

    private static Problem unavailable(String name, String detail) {
        return new Problem("service-unavailable", "Service Unavailable", 503, detail).with("service", name);
    }

    private void problem(RoutingContext ctx, Problem p) {
        p.instance = ctx.request().path();
        String body = p.toJson(json);
        HttpServerResponse resp = ctx.response().setStatusCode(p.status).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (p.status == 503) {
            resp.putHeader("Retry-After", "5");
        }
        resp.end(body);
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        for (Map.Entry<String, String> h : from) {
            if (!HOP_BY_HOP.contains(h.getKey().toLowerCase())) {
                to.add(h.getKey(), h.getValue());
            }
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
