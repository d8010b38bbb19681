package cn.justice.gateway.dashboard;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Response headers of the dashboard's static files ({@code /}, {@code /index.html}, {@code /dashboard/*}, served
 * open from {@code META-INF/resources}; the data behind them needs a Bearer token).
 * <ul>
 * <li>{@code Cache-Control: no-cache}: Quarkus marks static files {@code immutable} for a day, so after an upgrade
 * browsers would keep running yesterday's page against today's API. With {@code no-cache} they revalidate
 * (a cheap 304 while nothing changed).</li>
 * <li>A content security policy: the page keeps the token in {@code sessionStorage}, so it runs only its own
 * scripts and talks only to its own origin.</li>
 * </ul>
 */
@ApplicationScoped
public class DashboardHeaders {
    /** Inline {@code style} attributes carry computed widths (meters, heat bars); no inline script anywhere. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'none'";

    void register(@Observes Router router) {
        for (String path : new String[]{"/", "/index.html", "/dashboard/*"}) {
            // before the static handler, which then serves the file; the headers are set as the response starts
            router.route(path).order(-100).handler(DashboardHeaders::headers);
        }
    }

    static void headers(RoutingContext ctx) {
        ctx.addHeadersEndHandler(v -> {
            var h = ctx.response().headers();
            h.set("Cache-Control", "no-cache");
            h.set("X-Content-Type-Options", "nosniff");
            h.set("Referrer-Policy", "no-referrer");
            h.set("Content-Security-Policy", CSP);
        });
        ctx.next();
    }
}
