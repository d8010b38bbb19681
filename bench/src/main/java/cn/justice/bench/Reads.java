package cn.justice.bench;

import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 2, reads: GET by id and a filtered list page (township + status, 20 per page) of each service at
 * 1,000 req/s, directly and — for mediation — through the gateway, each against the same application's no-op endpoint
 * at the same rate. Needs records: those the write scenario created, or 1,000 per service seeded here.
 */
final class Reads {
    static final double RATE = Baselines.READ_RATE;
    static final double LIGHT_RATE = 100;
    private final Bench b;

    Reads(Bench b) {
        this.b = b;
    }

    void run() throws SQLException {
        List<Object> out = new ArrayList<>();
        b.results.put("reads", Bench.map("method", "open model at " + (int) RATE + " req/s for 6 s (the target), after 2 s of warm-up at 200/s and "
                + "5 s at " + (int) LIGHT_RATE + "/s (the request's own cost, without queueing); by id: ids of created records in turn; list: ?townshipCode=<one of 5>&status=REGISTERED (where "
                + "the service has it)&page=0&size=20; ratio = p99 / p99 of the same application's GET /bench/noop at the same rate, measured just before that application's reads",
                "targets", out));
        b.sampling(true);
        try {
            for (Service s : b.services) {
                seed(s);
                out.add(measure(s, b.app(s), b.baselines().noopNow(b.app(s))));
            }
            Service mediation = b.services.stream().filter(s -> s.key().equals("mediation")).findFirst().orElse(null);
            if (mediation != null) {
                out.add(measure(mediation, b.gateway(), b.baselines().noopNow(b.gateway())));
            }
        } finally {
            b.sampling(false);
        }
    }

    /** 1,000 records at 250/s when the write scenario did not run. */
    private void seed(Service s) throws SQLException {
        List<String> ids = b.idsOf(s);
        if (ids.size() >= 500) {
            return;
        }
        b.load.run("seed", 250, Duration.ofSeconds(4),
                i -> b.post(b.app(s).url() + s.createPath(), s.body(i, Writes.township(i), b.today)),
                r -> r.statusCode() == 201, (i, r) -> Writes.collect(ids, r));
        b.awaitDrained(Duration.ofSeconds(60));
    }

    private Map<String, Object> measure(Service s, App via, OpenLoad.Result noop) {
        List<String> ids = new ArrayList<>(b.idsOf(s));
        java.util.Collections.shuffle(ids, new java.util.Random(42));
        String base = via.url() + s.createPath();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service", s.module());
        m.put("via", via.name.equals("gateway") ? "gateway" : "direct");
        m.put("noopBaseline", noop.latency());
        m.put("noopBaselineResult", noop);
        for (String kind : List.of("byId", "list")) {
            java.util.function.LongFunction<HttpRequest> req = kind.equals("byId")
                    ? i -> b.get(base + "/" + ids.get((int) (i % ids.size())))
                    : i -> b.get(base + String.format(s.listQuery(), Writes.township(i)));
            b.load.run("warm-up", 200, Duration.ofSeconds(2), req, r -> r.statusCode() == 200, null);
            // light load first: the request's own cost without queueing
            OpenLoad.Result light = b.load.run(s.module() + " " + m.get("via") + " GET " + kind, LIGHT_RATE, Duration.ofSeconds(5), req,
                    resp -> resp.statusCode() == 200, null);
            OpenLoad.Result r = b.load.run(s.module() + " " + m.get("via") + " GET " + kind, RATE, Duration.ofSeconds(6), req,
                    resp -> resp.statusCode() == 200, null);
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("request", kind.equals("byId") ? "GET " + s.createPath() + "/{id}" : "GET " + s.createPath() + s.listQuery().replace("%s", "…"));
            k.put("p99Ms", r.latency().p99());
            k.put("errors", r.errors());
            k.put("p99RatioToNoop", noop.latency().p99() > 0 ? Math.round(r.latency().p99() / noop.latency().p99() * 10) / 10.0 : null);
            k.put("result", r);
            k.put("atLightLoad", light);
            m.put(kind, k);
            Bench.say(String.format(java.util.Locale.ROOT, "%-18s %-7s %-4s at %.0f/s: %s errors %d (no-op p99 %s ms); at %.0f/s: %s",
                    s.module(), m.get("via"), kind, RATE, r.latency().brief(), r.errors(), Report.num(noop.latency().p99()),
                    LIGHT_RATE, light.latency().brief()));
        }
        return m;
    }
}
