package cn.justice.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 1, writes: POST creates through each service directly and through the gateway, stepping the rate up
 * (open model) until a step is not sustained ({@link Steps}). Reports the maximum sustained rate and the latency at
 * 500/s (half the 1,000/s target), against pgbench's single-row INSERT rate and latency in the same run. Between
 * targets the harness waits until the read model has applied every event, so one target's event backlog does not
 * load the next.
 */
final class Writes {
    static final double[] RAMP = {50, 100, 150, 200, 300, 400, 500, 750, 1000, 1250, 1500, 2000};
    static final double HALF_TARGET_RATE = 500;
    private final Bench b;

    Writes(Bench b) {
        this.b = b;
    }

    void run() throws SQLException {
        Map<String, Object> pg = b.baselines().pgbench();
        List<Object> out = new ArrayList<>();
        b.results.put("writes", Bench.map("method", "open-model ramp " + java.util.Arrays.toString(RAMP) + " creates/s, "
                        + b.stepSeconds + " s per step after a warm-up; a step is sustained when every request got 201, "
                        + "successes kept ≥ " + (int) (Steps.MIN_ACHIEVED * 100) + " % of the offered rate and p99 ≤ "
                        + (int) Steps.P99_CEILING_MS + " ms; a step that is not sustained is run once more, and the ramp stops when "
                        + "it fails again (both attempts are listed)",
                "targets", out));
        b.sampling(true);
        try {
            for (Service s : b.services) {
                warmUp(s);
                for (String via : List.of("direct", "gateway")) {
                    Map<String, Object> m = ramp(s, via, pg);
                    m.put("readModelCatchUpSeconds", b.awaitDrained(Duration.ofSeconds(180)));
                    out.add(m);
                }
            }
        } finally {
            b.sampling(false);
        }
    }

    private String base(Service s, String via) {
        return via.equals("direct") ? b.app(s).url() : b.gateway().url();
    }

    /**
     * JIT and pools warm, not recorded: 20 s direct at 250/s (5,000 creates, so that the create path is compiled before
     * the ramp starts; it was 1,500 at 100/s) and 5 s through the gateway at 100/s.
     */
    private void warmUp(Service s) {
        LocalDate day = b.today;
        b.load.run("warm-up", 250, Duration.ofSeconds(20),
                i -> b.post(b.app(s).url() + s.createPath(), s.body(i, township(i), day)), r -> r.statusCode() == 201, null);
        b.load.run("warm-up", 100, Duration.ofSeconds(5),
                i -> b.post(b.gateway().url() + s.createPath(), s.body(i, township(i), day)), r -> r.statusCode() == 201, null);
    }

    static String township(long i) {
        return Bench.LOAD_TOWNSHIPS.get((int) (i % Bench.LOAD_TOWNSHIPS.size()));
    }

    private Map<String, Object> ramp(Service s, String via, Map<String, Object> pg) throws SQLException {
        String url = base(s, via) + s.createPath();
        List<OpenLoad.Result> steps = new ArrayList<>();
        List<String> ids = b.idsOf(s);
        LocalDate day = b.today;
        for (double rate : RAMP) {
            OpenLoad.Result r = null;
            // a step that is not sustained is run once more before the ramp stops: on a shared machine one burst of
            // someone else's work can spoil 5 s; both attempts are kept in the results
            for (int attempt = 1; attempt <= 2; attempt++) {
                r = b.load.run(s.module() + " " + via + " POST " + s.createPath() + (attempt > 1 ? " (again)" : ""), rate,
                        Duration.ofMillis((long) (b.stepSeconds * 1000)),
                        i -> b.post(url, s.body(i, township(i), day)),
                        resp -> resp.statusCode() == 201,
                        (i, resp) -> collect(ids, resp));
                String why = Steps.why(r);
                Bench.say(String.format(java.util.Locale.ROOT, "%-18s %-7s %5.0f/s: ok %d/%d achieved %.0f/s %s%s",
                        s.module(), via, rate, r.ok(), r.sent(), r.achievedRate(), r.latency().brief(),
                        why == null ? "" : "  ← not sustained: " + why));
                if (why == null) {
                    break;
                }
                if (attempt == 1) {
                    steps.add(r);
                    b.awaitDrained(Duration.ofSeconds(120));
                }
                pause();
            }
            steps.add(r);
            if (Steps.why(r) != null) {
                break;
            }
            pause();
        }
        double max = Steps.maxSustained(steps);
        OpenLoad.Result half = steps.stream().filter(r -> r.offeredRate() == HALF_TARGET_RATE).findFirst().orElse(null);
        if (half == null && via.equals("direct")) {
            // the ramp stopped below 500/s: measure the target's rate anyway (an overload, shown as measured)
            b.awaitDrained(Duration.ofSeconds(120));
            pause();
            half = b.load.run(s.module() + " " + via + " POST " + s.createPath() + " (beyond the ramp)", HALF_TARGET_RATE,
                    Duration.ofMillis((long) (b.stepSeconds * 1000)), i -> b.post(url, s.body(i, township(i), day)),
                    resp -> resp.statusCode() == 201, (i, resp) -> collect(ids, resp));
            Bench.say(String.format(java.util.Locale.ROOT, "%-18s %-7s %5.0f/s (beyond the ramp): ok %d/%d achieved %.0f/s %s",
                    s.module(), via, HALF_TARGET_RATE, half.ok(), half.sent(), half.achievedRate(), half.latency().brief()));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service", s.module());
        m.put("via", via);
        m.put("request", "POST " + s.createPath());
        m.put("maxSustainedPerSecond", max);
        m.put("p99At500PerSecondMs", half == null ? null : half.latency().p99());
        m.put("latencyAt500PerSecond", half == null ? null : half.latency());
        Object tps = pg.get("maxTps");
        if (tps instanceof Double t && t > 0) {
            m.put("ratioToPgbenchTps", Math.round(max / t * 1000) / 1000.0);
        }
        if (half != null && pg.get("at500PerSecond") instanceof Latency pl && pl.p99() > 0) {
            m.put("p99RatioToPgbenchP99At500", Math.round(half.latency().p99() / pl.p99() * 10) / 10.0);
        }
        m.put("steps", steps);
        if (half != null && !steps.contains(half)) {
            m.put("at500PerSecondBeyondRamp", half);
        }
        return m;
    }

    static void collect(List<String> ids, OpenLoad.Reply resp) {
        if (ids.size() < 5000) {
            String id = Bench.idOf(resp.body());
            if (id != null) {
                ids.add(id);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
