package cn.justice.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 6, footprint: each application's time from process start to the first 200 of {@code /q/health/ready}, and
 * its resident memory (VmRSS) idle and under load. The run starts the whole stack at once, as {@code make up} does
 * (fresh databases: Flyway migrates them); the footprint scenario then restarts each application alone (warm: schema in
 * place) — the per-service figure the target is about — and finally the five together again.
 */
final class Footprint {
    private final Bench b;
    private final Map<String, Object> cold = new LinkedHashMap<>();
    private final Map<String, Object> idle = new LinkedHashMap<>();
    private final Map<String, Object> warm = new LinkedHashMap<>();

    Footprint(Bench b) {
        this.b = b;
    }

    /** Starts every application in parallel on fresh databases and waits until all are ready. */
    void coldStart() {
        Bench.section("start (cold: fresh databases and broker, five applications at once)");
        Map<String, Object> perApp = startAllTogether();
        cold.put("together", perApp);
        settle();
        for (App a : b.apps.values()) {
            idle.put(a.name, Machine.rssMiB(a.pid()));
        }
        Bench.say("idle RSS MiB " + idle);
    }

    private Map<String, Object> startAllTogether() {
        long t0 = System.nanoTime();
        for (App a : b.apps.values()) {
            a.start(b.extraJvmOptions(a));
        }
        Map<String, Object> perApp = new LinkedHashMap<>();
        for (App a : b.apps.values()) {
            double s = a.awaitReady(b.http, Duration.ofSeconds(180));
            perApp.put(a.name, Bench.map("readySeconds", s, "quarkusStartedInSeconds", a.quarkusStartedIn()));
            Bench.say(a.name + " ready after " + s + " s (Quarkus: started in " + a.quarkusStartedIn() + " s)");
        }
        perApp.put("allReadySeconds", Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
        Bench.say("all ready after " + perApp.get("allReadySeconds") + " s");
        return perApp;
    }

    static final int RESTARTS = 3;

    static double median(List<Double> xs) {
        List<Double> sorted = new ArrayList<>(xs);
        java.util.Collections.sort(sorted);
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Busy share of the CPUs under which the machine counts as quiet before a restart (Machine.awaitQuiet). */
    static final double QUIET = 0.15;

    private static void settle() {
        try {
            Thread.sleep(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Restarts each application alone (the others keep running), then all five together. */
    void warmRestarts() {
        Map<String, Object> alone = new LinkedHashMap<>();
        for (App a : b.apps.values()) {
            // three starts each, on a quiet machine; the median is the figure (one start on two shared cores varies by
            // a second from run to run)
            List<Double> ready = new ArrayList<>();
            List<Double> quarkus = new ArrayList<>();
            List<Double> busyBefore = new ArrayList<>();
            for (int i = 0; i < RESTARTS; i++) {
                a.stop();
                busyBefore.add(Machine.awaitQuiet(QUIET, 120));
                a.start(b.extraJvmOptions(a));
                ready.add(a.awaitReady(b.http, Duration.ofSeconds(120)));
                Double q = a.quarkusStartedIn();
                if (q != null) {
                    quarkus.add(q);
                }
            }
            double median = median(ready);
            alone.put(a.name, Bench.map("readySeconds", median, "quarkusStartedInSeconds", median(quarkus),
                    "readySecondsEach", ready, "machineBusyBeforeEachStart", busyBefore));
            Bench.say(a.name + " restarted alone " + RESTARTS + " times: ready after " + ready + " s, median " + median
                    + " (Quarkus: started in " + quarkus + " s; machine busy before " + busyBefore + ")");
        }
        warm.put("alone", alone);
        settle();
        Map<String, Object> idleWarm = new LinkedHashMap<>();
        for (App a : b.apps.values()) {
            idleWarm.put(a.name, Machine.rssMiB(a.pid()));
        }
        warm.put("idleRssMiBAfterRestart", idleWarm);
        Bench.say("idle RSS MiB after restart " + idleWarm);
        b.stopAll();
        warm.put("together", startAllTogether());
    }

    void summarise() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("method", "time to first request = process start (ProcessBuilder.start) to the first 200 of /q/health/ready, "
                + "polled every 10 ms; RSS = VmRSS of /proc/<pid>/status: idle 10 s after the start, loaded = the highest "
                + "value sampled every 500 ms while a load scenario ran, per scenario (the target's is scenario 1, the writes) "
                + "and over all of them");
        f.put("coldStart", cold);
        f.put("idleRssMiB", idle);
        f.put("loadedRssMiB", new LinkedHashMap<>(b.loadedRss));
        Map<String, Object> byScenario = new LinkedHashMap<>();
        b.loadedRssByScenario.forEach((scenario, peaks) -> byScenario.put(scenario, new java.util.TreeMap<>(peaks)));
        f.put("loadedRssMiBByScenario", byScenario);
        if (!warm.isEmpty()) {
            f.put("warmRestart", warm);
        }
        f.put("makeUp", "not timed by the harness: `make up` uses the dev ports (8080-8084, 9092) and a dev stack may be "
                + "running on them; the equivalent figures are coldStart.together (fresh databases, broker, five JVMs at once, "
                + "build excluded) and warmRestart.together (schema in place)");
        b.results.put("footprint", f);
    }
}
