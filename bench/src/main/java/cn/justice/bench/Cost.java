package cn.justice.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * What one request costs, without queueing: CPU milliseconds per request of the service, PostgreSQL (the bench
 * cluster's postmaster and backends), the Kafka broker and the gateway, and heap bytes the service allocated per
 * request — for a create, a read by id and the no-op endpoint (the HTTP stack's own cost, the baseline of the ratio),
 * each at a light rate (200/s) on a warm application. Latency on two shared cores is mostly queueing; these figures say
 * what each request takes from the cores, which is what decides the rate they can sustain.
 */
final class Cost {
    static final double RATE = 200;
    static final Duration MEASURE = Duration.ofSeconds(15);
    private final Bench b;
    private final long pgPid = Long.parseLong(Bench.prop("bench.pg.pid", "-1"));
    private final long kafkaPid = Long.parseLong(Bench.prop("bench.kafka.pid", "-1"));

    Cost(Bench b) {
        this.b = b;
    }

    /** CPU seconds per second each component uses with no requests (relay polls, broker, consumer), subtracted. */
    private Map<String, Double> idle;

    void run() throws SQLException {
        List<Object> out = new ArrayList<>();
        idle = idleRates();
        b.results.put("cost", Bench.map("method", "per service, after 15 s of creates at 250/s (JIT): " + (int) RATE + " req/s for "
                        + MEASURE.toSeconds() + " s of GET /bench/noop, of creates (then until the gateway applied every event) and of "
                        + "GET by id; CPU = user + system time of each process tree (/proc/<pid>/stat) over the window, minus "
                        + "the same components' CPU in an idle window of the same length, divided by the successful requests; "
                        + "allocation = heap bytes the service's threads allocated over the window (GET /bench/allocated) ÷ requests",
                "idleCpuSecondsPerSecond", idle, "services", out));
        b.sampling(true);
        try {
            for (Service s : b.services) {
                out.add(measure(s));
            }
        } finally {
            b.sampling(false);
        }
    }

    private Map<String, Double> idleRates() {
        Machine.awaitQuiet(Bench.QUIET, 60);
        Map<String, Double> a = cpu(null);
        sleep(10_000);
        Map<String, Double> z = cpu(null);
        Map<String, Double> perSecond = new LinkedHashMap<>();
        a.forEach((k, v) -> perSecond.put(k, Math.round((z.get(k) - v) / 10.0 * 10000) / 10000.0));
        Bench.say("idle CPU s/s " + perSecond);
        return perSecond;
    }

    private Map<String, Object> measure(Service s) throws SQLException {
        App app = b.app(s);
        String base = app.url() + s.createPath();
        List<String> ids = b.idsOf(s);
        b.load.run("warm-up", 250, Duration.ofSeconds(15), i -> b.post(base, s.body(i, Writes.township(i), b.today)),
                r -> r.statusCode() == 201, (i, r) -> Writes.collect(ids, r));
        b.awaitDrained(Duration.ofSeconds(180));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service", s.module());
        HttpRequest noop = HttpRequest.newBuilder(java.net.URI.create(app.url() + "/bench/noop")).timeout(Duration.ofSeconds(10)).GET().build();
        m.put("noop", window(s, "noop", i -> noop, 204, false));
        m.put("create", window(s, "create", i -> b.post(base, s.body(i, Writes.township(i), b.today)), 201, true));
        List<String> known = new ArrayList<>(ids);
        m.put("readById", window(s, "readById", i -> b.get(base + "/" + known.get((int) (i % known.size()))), 200, false));
        Map<String, Object> ratio = new LinkedHashMap<>();
        double noopCpu = serviceCpuMs(m.get("noop"));
        for (String k : List.of("create", "readById")) {
            ratio.put(k, noopCpu <= 0 ? null : Math.round(serviceCpuMs(m.get(k)) / noopCpu * 10) / 10.0);
        }
        m.put("serviceCpuRatioToNoop", ratio);
        Bench.say(s.module() + ": " + m);
        return m;
    }

    @SuppressWarnings("unchecked")
    private static double serviceCpuMs(Object window) {
        Object v = ((Map<String, Object>) ((Map<String, Object>) window).get("cpuMsPerRequest")).get("service");
        return v instanceof Number n ? n.doubleValue() : -1;
    }

    private Map<String, Object> window(Service s, String what, LongFunction<HttpRequest> requests, int status, boolean drain)
            throws SQLException {
        Machine.awaitQuiet(Bench.QUIET, 60);
        App app = b.app(s);
        double alloc0 = allocatedBytes(app);
        Map<String, Double> a = cpu(app);
        long t0 = System.nanoTime();
        OpenLoad.Result r = b.load.run(s.module() + " cost " + what, RATE, MEASURE, requests, resp -> resp.statusCode() == status, null);
        if (drain) {
            b.awaitDrained(Duration.ofSeconds(180));
        }
        Map<String, Double> z = cpu(app);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double alloc1 = allocatedBytes(app);
        Map<String, Object> perRequest = new LinkedHashMap<>();
        for (String k : a.keySet()) {
            double used = z.get(k) - a.get(k);
            double idleShare = idle.getOrDefault(k.equals("service") ? "services" : k, 0.0) * seconds
                    / (k.equals("service") ? Math.max(1, b.services.size()) : 1);
            perRequest.put(k, a.get(k) < 0 || z.get(k) < 0 || r.ok() == 0 ? null
                    : Math.round(Math.max(0, used - idleShare) * 1000 / r.ok() * 1000) / 1000.0);
        }
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("requests", r.ok());
        w.put("errors", r.errors());
        w.put("seconds", Bench.round1(seconds));
        w.put("latency", r.latency());
        w.put("cpuMsPerRequest", perRequest);
        w.put("serviceAllocatedKiBPerRequest", alloc0 < 0 || alloc1 < 0 || r.ok() == 0 ? null
                : Math.round((alloc1 - alloc0) / 1024.0 / r.ok() * 10) / 10.0);
        return w;
    }

    /** CPU seconds so far: the given service (or all four, for the idle window), the gateway, PostgreSQL, Kafka. */
    private Map<String, Double> cpu(App service) {
        Map<String, Double> c = new LinkedHashMap<>();
        if (service != null) {
            c.put("service", Machine.cpuSecondsOfTree(service.pid()));
        } else {
            double sum = 0;
            for (Service s : b.services) {
                sum += Math.max(0, Machine.cpuSecondsOfTree(b.app(s).pid()));
            }
            c.put("services", sum);
        }
        c.put("gateway", Machine.cpuSecondsOfTree(b.gateway().pid()));
        c.put("postgresql", pgPid > 0 ? Machine.cpuSecondsOfTree(pgPid) : -1);
        c.put("kafka", kafkaPid > 0 ? Machine.cpuSecondsOfTree(kafkaPid) : -1);
        return c;
    }

    /** Bytes the application's threads have allocated on the heap since its start (GET /bench/allocated), or -1. */
    private double allocatedBytes(App app) {
        try {
            HttpResponse<String> r = b.send(HttpRequest.newBuilder(java.net.URI.create(app.url() + "/bench/allocated"))
                    .timeout(Duration.ofSeconds(10)).GET().build());
            return r.statusCode() == 200 ? Double.parseDouble(r.body().trim()) : -1;
        } catch (RuntimeException e) {
            Bench.say("allocation not read from " + app.name + ": " + e);
            return -1;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
