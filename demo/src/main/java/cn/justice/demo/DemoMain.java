package cn.justice.demo;

import cn.justice.demo.plan.Chain;
import cn.justice.demo.plan.Org;
import cn.justice.demo.plan.Plan;
import cn.justice.demo.plan.PlanContext;
import cn.justice.demo.run.Api;
import cn.justice.demo.run.Loader;
import cn.justice.demo.run.ProgressBar;
import cn.justice.demo.run.Summary;
import cn.justice.demo.run.Tally;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code make demo}: loads the demo county X县 from 2021 to today through the gateway's public HTTP APIs.
 *
 * <pre>
 * java -jar demo/target/demo-data.jar [--url http://localhost:8080] [--token JWT] [--seed 20210101]
 *                                     [--concurrency 24] [--county 519901] [--today YYYY-MM-DD] [--plan-only]
 * </pre>
 * The token may also come from {@code JUSTICE_TOKEN}, the URL from {@code JUSTICE_GATEWAY_URL}. Exit status: 0 when
 * everything planned was loaded (or was already there), 1 when some requests failed, 2 for bad arguments, 3 when
 * the gateway cannot be used.
 */
public final class DemoMain {
    /** The bureau's zone: "today" of the data set is the date in the county, whatever the host's TZ. */
    public static final java.time.ZoneId BUREAU_ZONE = java.time.ZoneId.of("Asia/Shanghai");

    private static final String PROGRESS = "/api/v1/plans/14th-fyp/progress?orgCode=%s&year=2025";

    private DemoMain() {
    }

    /** Command-line options. */
    record Options(URI url, String token, long seed, int concurrency, String county, LocalDate today, boolean planOnly) {
        static Options parse(String[] args, Map<String, String> env) {
            Map<String, String> o = new LinkedHashMap<>();
            Set<String> flags = new LinkedHashSet<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--plan-only") || a.equals("--help") || a.equals("-h")) {
                    flags.add(a);
                } else if (a.startsWith("--") && a.contains("=")) {
                    o.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
                } else if (a.startsWith("--") && i + 1 < args.length) {
                    o.put(a.substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException("unknown argument " + a);
                }
            }
            if (flags.contains("--help") || flags.contains("-h")) {
                throw new IllegalArgumentException("");
            }
            for (String k : o.keySet()) {
                if (!Set.of("url", "token", "seed", "concurrency", "county", "today").contains(k)) {
                    throw new IllegalArgumentException("unknown option --" + k);
                }
            }
            String url = o.getOrDefault("url", env.getOrDefault("JUSTICE_GATEWAY_URL", "http://localhost:8080"));
            String token = o.getOrDefault("token", env.get("JUSTICE_TOKEN"));
            boolean planOnly = flags.contains("--plan-only");
            if ((token == null || token.isBlank()) && !planOnly) {
                throw new IllegalArgumentException("no token: pass --token or set JUSTICE_TOKEN (dev/token county-admin prints one)");
            }
            int concurrency = Integer.parseInt(o.getOrDefault("concurrency", "24"));
            if (concurrency < 1 || concurrency > 64) {
                throw new IllegalArgumentException("--concurrency must be between 1 and 64");
            }
            String county = o.getOrDefault("county", "519901");
            if (!county.matches("\\d{6}")) {
                throw new IllegalArgumentException("--county must be a 6-digit code");
            }
            // the bureau's date (the services check dates against Beijing's today, not the host's)
            LocalDate bureauToday = LocalDate.now(BUREAU_ZONE);
            LocalDate today = o.containsKey("today") ? LocalDate.parse(o.get("today")) : bureauToday;
            if (today.isAfter(bureauToday)) {
                throw new IllegalArgumentException("--today must not be in the future");
            }
            return new Options(URI.create(url.endsWith("/") ? url : url + "/"), token == null ? null : token.strip(),
                    Long.parseLong(o.getOrDefault("seed", String.valueOf(DemoPlan.DEFAULT_SEED))), concurrency, county,
                    today, planOnly);
        }
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Options opt;
        try {
            opt = Options.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                err.println("demo: " + e.getMessage());
            }
            err.println("usage: java -jar demo-data.jar [--url http://localhost:8080] [--token JWT] [--seed N] "
                    + "[--concurrency 24] [--county 519901] [--today YYYY-MM-DD] [--plan-only]");
            System.exit(2);
            return;
        }
        System.exit(run(opt, out, err));
    }

    static int run(Options opt, PrintStream out, PrintStream err) throws InterruptedException {
        long t0 = System.nanoTime();
        Api api = new Api(opt.url(), opt.token() == null ? "" : opt.token());
        Api.Reply ready;
        try {
            ready = api.get("q/health/ready");
        } catch (RuntimeException e) {
            ready = null;
        }
        if (ready == null || ready.status() != 200) {
            err.println("demo: the gateway at " + opt.url() + " is not ready (" + (ready == null ? "no answer" : ready.status())
                    + "). Start the stack first: make up");
            return 3;
        }
        Api.Reply units = api.get("api/v1/org-units");
        if (units.status() == 401 || units.status() == 403) {
            err.println("demo: the gateway refused the token (" + units.describe() + "); use dev/token county-admin");
            return 3;
        }
        if (!units.ok() || units.body() == null) {
            err.println("demo: cannot read the org directory: " + units.describe());
            return 3;
        }
        Org org = Org.parse(units.body(), opt.county());
        Plan plan = DemoPlan.build(new PlanContext(opt.seed(), org), opt.today());
        out.printf("Demo data: %s (%s), %s … %s, seed %d → %,d records, %,d requests (plan %s)%n", org.countyName(),
                org.countyCode(), cn.justice.demo.plan.Timeline.START, opt.today(), opt.seed(),
                plan.chains().filter(Chain::startsWithCreate).count(), plan.requestCount(), plan.digest().substring(0, 12));
        if (opt.planOnly()) {
            Map<String, long[]> kinds = new LinkedHashMap<>();
            plan.chains().forEach(c -> {
                long[] k = kinds.computeIfAbsent(c.kind(), x -> new long[2]);
                k[0] += c.startsWithCreate() ? 1 : 0;
                k[1] += c.steps().size();
            });
            out.printf("%-23s %8s %9s%n", "record type", "records", "requests");
            kinds.forEach((k, v) -> out.printf("%-23s %,8d %,9d%n", k, v[0], v[1]));
            return 0;
        }

        Set<String> unavailable = preflight(api, plan, out);
        Tally tally = new Tally();
        Loader loader = new Loader(api, opt.concurrency(), tally);
        try (ProgressBar bar = new ProgressBar(err, System.console() != null, plan.requestCount(), tally)) {
            loader.run(plan, unavailable, bar);
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;

        Summary summary = new Summary(out);
        out.println();
        out.printf("Loaded through %s in %.0f s (%d requests in flight at most).%n", opt.url(), loadSeconds, opt.concurrency());
        summary.counts(tally);
        if (tally.errorCount() > 0) {
            out.printf("%n%d request(s) failed; the first distinct ones:%n", tally.errorCount());
            tally.errors().forEach(e -> out.println("  " + e));
        }
        if (loader.endingsPostponed()) {
            out.println("The endings (retirements, the dissolution, the station's closure) were left for the next run:");
            out.println("  they would keep the failed records above from being completed. Run make demo again.");
        }
        if (!unavailable.isEmpty()) {
            out.println();
            out.println("Not loaded — these APIs are not available at the gateway yet (service not built or down):");
            unavailable.forEach(c -> out.println("  " + c));
            out.println("  Run make demo again once they are: what is loaded already is not loaded twice.");
        }

        out.println();
        String progressPath = String.format(PROGRESS, org.countyCode());
        JsonNode progress = ReadModelWait.await(api, progressPath, plan, !unavailable.contains("/api/v1/mediation/disputes"),
                90, err);
        if (progress != null) {
            out.printf("Plan progress read back: GET %s (十四五, %s, 2025)%n", progressPath, org.countyName());
            summary.indicators(progress);
        } else {
            out.println("Could not read the plan progress back from the gateway.");
        }
        out.println();
        if (!summary.workQueue(api, org.countyCode())) {
            out.println("Could not read the work queue back from the gateway.");
        }
        out.printf("%nDone in %.0f s.%n", (System.nanoTime() - t0) / 1e9);
        return tally.errorCount() > 0 ? 1 : 0;
    }

    /**
     * Which collections of the plan the gateway can serve now: a service that is not built yet answers 404 at its
     * paths, one that is down answers 503. Those parts are skipped with a message instead of failing the run.
     */
    private static Set<String> preflight(Api api, Plan plan, PrintStream out) throws InterruptedException {
        Set<String> collections = new TreeSet<>();
        plan.chains().forEach(c -> collections.add(c.collection()));
        Set<String> unavailable = new TreeSet<>();
        for (String c : collections) {
            Api.Reply r = api.get(c.substring(1) + "?size=1");
            if (!r.ok()) {
                unavailable.add(c);
                out.printf("  skipping %s: %s%n", c, r.status() == 404 ? "not built yet (404)" : r.describe());
            }
        }
        return unavailable;
    }
}
