package cn.justice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code make bench}: starts the applications of the stack in a benchmark configuration (dev/bench.sh has created the
 * bench databases and started a separate Kafka broker), runs the scenarios and writes
 * {@code bench/results/<date>-<sha>.json} and {@code .md}. Scenarios: baseline, writes, cost, reads, freshness, indicators,
 * rebuild, footprint (all by default, in that order). Every figure is set against a baseline measured in the same run,
 * because the machine is shared and noisy.
 */
public final class Bench {
    public static final List<String> SCENARIOS = List.of("baseline", "writes", "cost", "reads", "freshness",
            "indicators", "queue", "rebuild", "footprint");
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String COUNTY = "519901";
    /** Townships the write and read load uses; 519901203 (洛乌乡) is kept for the freshness probe. */
    static final List<String> LOAD_TOWNSHIPS = List.of("519901100", "519901101", "519901200", "519901201", "519901202");
    static final String FRESHNESS_TOWNSHIP = "519901203";
    static final List<String> ALL_TOWNSHIPS = List.of("519901100", "519901101", "519901200", "519901201", "519901202",
            "519901203");

    final Path root;
    final Path run;
    final Path appsDir;
    final String kafka;
    final String dbHost;
    final int dbPort;
    final String dbUser;
    final int portBase;
    final double stepSeconds;
    final List<String> jvmOptions;
    final boolean jfr;
    final String token;
    final HttpClient http;
    final OpenLoad load;
    final Map<String, App> apps = new LinkedHashMap<>();
    final List<Service> services = new ArrayList<>();
    final Map<String, String> notMeasured = new LinkedHashMap<>();
    final Map<String, Object> results = new LinkedHashMap<>();
    /** Ids of created records per service, for the read scenario. */
    final Map<String, List<String>> ids = new ConcurrentHashMap<>();
    /** Peak RSS per app seen while load ran. */
    final Map<String, Double> loadedRss = new ConcurrentHashMap<>();
    /** The same per load scenario: the target (DESIGN §9) is "under scenario 1" (writes); the others are harsher. */
    final Map<String, Map<String, Double>> loadedRssByScenario = new ConcurrentHashMap<>();
    private volatile String currentScenario = "";
    /** The bureau's date (Asia/Shanghai): the services check record dates against it, not the host's. */
    final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    private volatile boolean sampling;

    Bench() {
        root = Path.of(prop("bench.root", ".")).toAbsolutePath().normalize();
        run = Path.of(prop("bench.run", root.resolve(".run/bench").toString()));
        appsDir = Path.of(prop("bench.apps", run.resolve("apps").toString()));
        kafka = prop("bench.kafka", "127.0.0.1:18292");
        dbHost = prop("bench.db.host", "127.0.0.1");
        dbPort = Integer.parseInt(prop("bench.db.port", "5432"));
        dbUser = prop("bench.db.user", "postgres");
        portBase = Integer.parseInt(prop("bench.port.base", "18280"));
        stepSeconds = Double.parseDouble(prop("bench.step.seconds", "5"));
        jvmOptions = Arrays.asList(prop("bench.jvm", "-Xms256m -Xmx256m -XX:+UseSerialGC").trim().split("\\s+"));
        jfr = Boolean.parseBoolean(prop("bench.jfr", "false"));
        token = devToken("county-admin");
        ExecutorService pool = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "http-client");
            t.setDaemon(true);
            return t;
        });
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2))
                .executor(pool).build();
        load = new OpenLoad(512, Duration.ofSeconds(10));
        // personal-data keys of the prod profile: random per run (base64 of 32 bytes)
        defineApps(randomKey(), randomKey());
        // SIGTERM (dev/bench.sh on Ctrl-C or failure): stop the applications this harness started
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "stop-apps"));
    }

    private static String randomKey() {
        byte[] k = new byte[32];
        new java.security.SecureRandom().nextBytes(k);
        return java.util.Base64.getEncoder().encodeToString(k);
    }

    static String prop(String name, String def) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? def : v;
    }

    public static void main(String[] args) throws Exception {
        List<String> wanted = new ArrayList<>();
        for (String a : args) {
            for (String s : a.split(",")) {
                if (!s.isBlank()) {
                    wanted.add(s.trim().toLowerCase());
                }
            }
        }
        if (wanted.isEmpty() || wanted.contains("all")) {
            wanted = SCENARIOS;
        }
        for (String s : wanted) {
            if (!SCENARIOS.contains(s)) {
                System.err.println("unknown scenario '" + s + "'; known: " + String.join(", ", SCENARIOS) + ", all");
                System.exit(2);
            }
        }
        Bench b = new Bench();
        int code = b.runAll(wanted);
        System.exit(code);
    }

    int runAll(List<String> wanted) throws IOException {
        long t0 = System.nanoTime();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("date", Instant.now().toString());
        meta.put("commit", prop("bench.sha", "unknown"));
        meta.put("commitDirty", Boolean.parseBoolean(prop("bench.dirty", "false")));
        meta.put("scenarios", wanted);
        meta.put("serviceOrder", services.stream().map(Service::key).toList());
        meta.put("machine", Machine.describe());
        meta.put("appJvmOptions", String.join(" ", jvmOptions) + " -Dquarkus.profile=prod"
                + (App.AOT ? " -XX:AOTCache (JDK 25 AOT cache, trained by the first start)" : " (AppCDS archive if built)"));
        meta.put("appJava", App.javaRelease());
        meta.put("noise", "The machine is shared: other builds and tests ran on the same 2 cores during this run "
                + "(load averages are recorded per measurement). PostgreSQL, Kafka, the five applications and this load "
                + "generator all share the cores, so every figure is also given as a ratio against a baseline measured "
                + "in the same run.");
        results.put("meta", meta);
        String stamp = prop("bench.stamp", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")
                .withZone(java.time.ZoneOffset.UTC).format(Instant.now()));
        Path out = Path.of(prop("bench.results", root.resolve("bench/results").toString()));
        Files.createDirectories(out);
        String suffix = prop("bench.suffix", "");
        String baseName = stamp + "-" + prop("bench.sha", "unknown") + (suffix.isEmpty() ? "" : "-" + suffix);
        Thread sampler = null;
        int code = 0;
        try {
            Footprint footprint = new Footprint(this);
            footprint.coldStart();
            sampler = startRssSampler();
            for (String s : wanted) {
                if (s.equals("footprint")) {
                    continue; // at the end: it restarts the applications
                }
                section(s);
                currentScenario = s;
                // the previous scenario's backlog (relays, the gateway's consumer, autovacuum after bulk loads) would be
                // measured as this scenario's latency; each starts on a quiet machine, and the JSON says how quiet
                double busy = Machine.awaitQuiet(QUIET, 120);
                busyBeforeScenario().put(s, busy);
                say("busy share of the CPUs before this scenario: " + busy);
                long s0 = System.nanoTime();
                try {
                    switch (s) {
                        case "baseline" -> baselines().all();
                        case "writes" -> new Writes(this).run();
                        case "cost" -> new Cost(this).run();
                        case "reads" -> new Reads(this).run();
                        case "freshness" -> new Freshness(this).run();
                        case "indicators" -> new Indicators(this).run();
                        case "queue" -> new Queue(this).run();
                        case "rebuild" -> new Rebuild(this).run();
                        default -> throw new IllegalStateException(s);
                    }
                } catch (RuntimeException | SQLException e) {
                    code = 1;
                    e.printStackTrace();
                    results.put(s + "Failure", e.toString());
                }
                durations().put(s, Math.round((System.nanoTime() - s0) / 1e8) / 10.0);
                write(out, baseName); // partial results survive a later failure
            }
            sampling = false;
            if (wanted.contains("footprint")) {
                section("footprint");
                long s0 = System.nanoTime();
                footprint.warmRestarts();
                durations().put("footprint", Math.round((System.nanoTime() - s0) / 1e8) / 10.0);
            }
            footprint.summarise();
        } catch (RuntimeException e) {
            code = 1;
            e.printStackTrace();
            results.put("failure", e.toString());
        } finally {
            sampling = false;
            if (sampler != null) {
                sampler.interrupt();
            }
            stopAll();
            meta.put("notMeasured", notMeasured);
            meta.put("loadAverageAtEnd", Machine.loadAverage());
            meta.put("runSeconds", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
            results.put("targets", Targets.table(results, notMeasured));
            write(out, baseName);
            System.out.println();
            System.out.println(Files.readString(out.resolve(baseName + ".md")));
            System.out.println("Results: " + out.resolve(baseName + ".json") + " and .md");
        }
        return code;
    }

    private Baselines baselines;

    Baselines baselines() {
        if (baselines == null) {
            baselines = new Baselines(this);
        }
        return baselines;
    }

    /** Busy share of the CPUs above which the machine is not quiet enough to start a scenario (Machine.awaitQuiet). */
    static final double QUIET = 0.25;

    @SuppressWarnings("unchecked")
    Map<String, Object> busyBeforeScenario() {
        Map<String, Object> meta = (Map<String, Object>) results.get("meta");
        return (Map<String, Object>) meta.computeIfAbsent("busyShareBeforeScenario", k -> new LinkedHashMap<String, Object>());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> durations() {
        Map<String, Object> meta = (Map<String, Object>) results.get("meta");
        return (Map<String, Object>) meta.computeIfAbsent("scenarioSeconds", k -> new LinkedHashMap<String, Object>());
    }

    private void write(Path dir, String baseName) throws IOException {
        Files.writeString(dir.resolve(baseName + ".json"), JSON.writeValueAsString(results));
        Files.writeString(dir.resolve(baseName + ".md"), Report.markdown(results));
    }

    static void section(String name) {
        System.out.println();
        System.out.println("=== " + name + " (" + java.time.LocalTime.now(java.time.ZoneOffset.UTC).withNano(0) + " UTC" + ", load " + Machine.loadAverage() + ")");
    }

    static void say(String text) {
        System.out.println("  " + text);
    }

    // ------------------------------------------------------------------ stack

    App gateway() {
        return apps.get("gateway");
    }

    App app(Service s) {
        return apps.get(s.module());
    }

    /** Defines the applications whose jars were built (dev/bench.sh copies them to {@link #appsDir}). */
    void defineApps(String encryptionKey, String hashKey) {
        // MALLOC_ARENA_MAX as the Dockerfiles and `make up` set it: two glibc arenas instead of up to 16 on two cores
        Map<String, String> env = Map.of("JUSTICE_CRYPTO_ENCRYPTION_KEY", encryptionKey, "JUSTICE_CRYPTO_HASH_KEY", hashKey,
                "MALLOC_ARENA_MAX", System.getenv().getOrDefault("MALLOC_ARENA_MAX", "2"));
        String jwt = root.resolve("dev/jwt/publicKey.pem").toUri().toString();
        int i = 1;
        Map<String, String> serviceUrls = new LinkedHashMap<>();
        for (Service s : Service.ALL) {
            int port = portBase + i++;
            Path jar = appsDir.resolve(s.module()).resolve("quarkus-run.jar");
            String why = System.getProperty("bench.skip." + s.module());
            if (why != null) {
                notMeasured.put(s.module(), why);
                serviceUrls.put(s.key(), "http://127.0.0.1:1");
                continue;
            }
            if (!Files.exists(jar)) {
                notMeasured.put(s.module(), "no packaged jar at " + jar);
                serviceUrls.put(s.key(), "http://127.0.0.1:1");
                continue;
            }
            services.add(s);
            serviceUrls.put(s.key(), "http://127.0.0.1:" + port);
            apps.put(s.module(), new App(s.module(), port, jar, run, jvmOptions, appProps(port, s.db(), jwt), env));
        }
        // BENCH_ORDER=publicity,mediation,…: the order in which the scenarios take the services (default: Service.ALL);
        // to tell a service's own cost from the cost of being measured first on a freshly started stack
        List<String> order = Arrays.asList(prop("bench.order", "").split(","));
        services.sort(java.util.Comparator.comparingInt(s -> order.indexOf(s.key()) < 0 ? Integer.MAX_VALUE : order.indexOf(s.key())));
        Map<String, String> gw = appProps(portBase, "gateway_bench", jwt);
        serviceUrls.forEach((k, v) -> gw.put("justice.gateway.services." + k + ".url", v));
        Path gwJar = appsDir.resolve("gateway").resolve("quarkus-run.jar");
        if (!Files.exists(gwJar)) {
            throw new IllegalStateException("the gateway's jar is missing at " + gwJar + ": nothing can be measured");
        }
        apps.put("gateway", new App("gateway", portBase, gwJar, run, jvmOptions, gw, env));
    }

    private Map<String, String> appProps(int port, String db, String jwtKey) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("quarkus.profile", "prod");
        p.put("quarkus.http.port", Integer.toString(port));
        p.put("justice.db.name", db);
        p.put("justice.db.host", dbHost);
        p.put("justice.db.port", Integer.toString(dbPort));
        p.put("justice.db.user", dbUser);
        p.put("justice.kafka.bootstrap", kafka);
        p.put("justice.jwt.public-key-location", jwtKey);
        p.put("justice.bench.noop", "true");
        return p;
    }

    private final Map<String, Integer> jfrStarts = new java.util.concurrent.ConcurrentHashMap<>();

    List<String> extraJvmOptions(App a) {
        if (!jfr) {
            return List.of();
        }
        try {
            Files.createDirectories(run.resolve("jfr"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // one file per start: the footprint scenario restarts the applications, which must not overwrite the recording
        // of the load scenarios
        int start = jfrStarts.merge(a.name, 1, Integer::sum);
        return List.of("-XX:StartFlightRecording=filename=" + run.resolve("jfr").resolve(a.name + "-" + start + ".jfr")
                + ",settings=profile");
    }

    synchronized void stopAll() {
        List<App> reversed = new ArrayList<>(apps.values());
        java.util.Collections.reverse(reversed);
        for (App a : reversed) {
            a.stop();
        }
    }

    /** Samples every application's RSS every 500 ms while {@link #sampling} (set by load scenarios). */
    private Thread startRssSampler() {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (sampling) {
                    for (App a : apps.values()) {
                        if (a.alive()) {
                            double rss = Machine.rssMiB(a.pid());
                            loadedRss.merge(a.name, rss, Math::max);
                            loadedRssByScenario.computeIfAbsent(currentScenario, k -> new ConcurrentHashMap<>())
                                    .merge(a.name, rss, Math::max);
                        }
                    }
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }

    void sampling(boolean on) {
        sampling = on;
    }

    // ------------------------------------------------------------------ HTTP

    HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token);
    }

    HttpRequest post(String url, String body) {
        return request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    HttpRequest get(String url) {
        return request(url).GET().build();
    }

    HttpResponse<String> send(HttpRequest r) {
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(r.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    JsonNode getJson(String url) {
        HttpResponse<String> r = send(get(url));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " → " + r.statusCode() + " " + r.body());
        }
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of a created record: the first "id" member of the body (a record view starts with it). */
    static String idOf(String body) {
        int i = body.indexOf("\"id\":\"");
        return i < 0 ? null : body.substring(i + 6, body.indexOf('"', i + 6));
    }

    private String devToken(String role) {
        try {
            Process p = new ProcessBuilder(root.resolve("dev/token").toString(), role).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("dev/token failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ database

    Connection db(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + name, dbUser, "");
    }

    long count(String db, String sql) throws SQLException {
        try (Connection c = db(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Waits until the gateway has applied every event the services wrote: each service's outbox rows against the
     * gateway's processed events and dead letters (both tables are fresh in a bench run).
     *
     * @return seconds waited, or -1 on timeout
     */
    double awaitDrained(Duration timeout) throws SQLException {
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        long last = -1;
        while (System.nanoTime() < deadline) {
            long written = 0;
            for (Service s : services) {
                written += count(s.db(), "SELECT count(*) FROM outbox_event");
            }
            long applied = count("gateway_bench", "SELECT (SELECT count(*) FROM processed_event) + (SELECT count(*) FROM dead_letter)");
            if (applied >= written) {
                double s = Math.round((System.nanoTime() - t0) / 1e8) / 10.0;
                if (s > 1) {
                    say("read model caught up with " + written + " events after " + s + " s");
                }
                return s;
            }
            if (last >= 0 && applied == last && System.nanoTime() - t0 > 10e9) {
                say("waiting for the read model: " + applied + " of " + written + " events applied");
            }
            last = applied;
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return -1;
    }

    /** A list that records the created ids of a service (bounded, for the read scenario). */
    List<String> idsOf(Service s) {
        return ids.computeIfAbsent(s.key(), k -> java.util.Collections.synchronizedList(new ArrayList<>()));
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
