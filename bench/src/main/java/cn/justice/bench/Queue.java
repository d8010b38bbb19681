package cn.justice.bench;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The work queue (待办, docs/work-queue.md) at scale: loads synthetic open items straight into the gateway's {@code work_item}
 * by SQL — what the read model would hold — up to 1k, 10k and 100k open items over the county's six townships and
 * every kind, due from 60 days ago to a year ahead, and measures the county's and a township's queue (the default
 * week ahead, first page) and a county query of one kind a month ahead, at 100 req/s, beside the gateway's no-op
 * endpoint at the same rate measured just before each: p99 ÷ no-op p99 is the figure that survives a noisy machine.
 * (A county keeps a few thousand items open: the demo leaves about that many; 100k is 20 counties' worth.)
 */
final class Queue {
    static final long[] SIZES = {1_000, 10_000, 100_000};
    static final double RATE = 100;
    static final String[] KINDS = {"CORRECTION_REPORT_DUE", "CORRECTION_CHECK_IN_DUE", "LEGAL_AID_DECISION_DUE",
            "LEGAL_AID_ASSIGNMENT_DUE", "MEDIATION_DISPUTE_DUE", "MEDIATION_JUDICIAL_CONFIRMATION_WINDOW",
            "ROL_DOCUMENT_REVIEW_DUE", "RELEASED_SUPPORT_PERIOD_ENDING"};
    private final Bench b;

    Queue(Bench b) {
        this.b = b;
    }

    void run() throws SQLException {
        String g = b.gateway().url();
        String township = "519901101";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("queueCounty", g + "/api/v1/work-queue?orgCode=" + Bench.COUNTY);
        queries.put("queueTownship", g + "/api/v1/work-queue?orgCode=" + township);
        queries.put("queueCountyKindMonth", g + "/api/v1/work-queue?orgCode=" + Bench.COUNTY
                + "&kind=MEDIATION_DISPUTE_DUE&within=P1M");
        List<Object> levels = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", "synthetic open work items loaded by SQL into work_item, six townships, " + KINDS.length
                + " kinds, due from 60 days ago to a year ahead; at each size " + (int) RATE + " req/s for 6 s per query "
                + "after a 2 s warm-up, and the gateway's GET /bench/noop at the same rate just before; ratio = p99 ÷ no-op p99");
        out.put("queries", queries);
        out.put("levels", levels);
        b.results.put("queue", out);
        HttpRequest noop = HttpRequest.newBuilder(java.net.URI.create(g + "/bench/noop")).timeout(Duration.ofSeconds(10))
                .GET().build();
        long loaded = 0;
        b.sampling(true);
        try {
            for (long size : SIZES) {
                long t0 = System.nanoTime();
                preload(loaded, size);
                loaded = size;
                Map<String, Object> level = new LinkedHashMap<>();
                level.put("items", size);
                level.put("loadSeconds", Bench.round1((System.nanoTime() - t0) / 1e9));
                level.put("countyItemsListed", b.count("gateway_bench", "SELECT count(*) FROM work_item WHERE county_code = '"
                        + Bench.COUNTY + "' AND due_on <= current_date + 7"));
                level.put("busyShareBefore", Machine.awaitQuiet(Bench.QUIET, 120));
                for (Map.Entry<String, String> q : queries.entrySet()) {
                    b.load.run("warm-up", RATE, Duration.ofSeconds(2), i -> noop, r -> r.statusCode() == 204, null);
                    OpenLoad.Result base = b.load.run("noop before " + q.getKey(), RATE, Duration.ofSeconds(6), i -> noop,
                            r -> r.statusCode() == 204, null);
                    HttpRequest req = b.get(q.getValue());
                    b.load.run("warm-up", RATE, Duration.ofSeconds(2), i -> req, r -> r.statusCode() == 200, null);
                    OpenLoad.Result r = b.load.run(q.getKey() + " @" + size, RATE, Duration.ofSeconds(6), i -> req,
                            resp -> resp.statusCode() == 200, null);
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("result", r);
                    m.put("noop", base);
                    m.put("p99OverNoopP99", Bench.round1(r.latency().p99() / base.latency().p99()));
                    level.put(q.getKey(), m);
                    Bench.say(String.format(Locale.ROOT, "  %-22s %,7d items at %.0f/s: %s errors %d (no-op %s)", q.getKey(),
                            size, RATE, r.latency().brief(), r.errors(), base.latency().brief()));
                }
                levels.add(level);
            }
        } finally {
            b.sampling(false);
        }
    }

    /** Adds items number {@code fromCount} (exclusive) to {@code toCount} (inclusive). */
    private void preload(long fromCount, long toCount) throws SQLException {
        String townships = "ARRAY['" + String.join("','", Bench.ALL_TOWNSHIPS) + "']";
        String kinds = "ARRAY['" + String.join("','", KINDS) + "']";
        try (Connection c = b.db("gateway_bench"); Statement st = c.createStatement()) {
            st.execute("SET synchronous_commit = off");
            st.execute("INSERT INTO work_item (aggregate_id, kind, service, record_type, county_code, township_code, due_on, "
                    + "title, version, event_time) SELECT gen_random_uuid(), k, split_part(lower(k), '_', 1), 'record', '"
                    + Bench.COUNTY + "', t, d, k || ' ' || d, 1, clock_timestamp() FROM (SELECT (" + kinds + ")[1 + g % "
                    + KINDS.length + "] AS k, (" + townships + ")[1 + (g / " + KINDS.length + ") % 6] AS t, "
                    + "current_date - 60 + (abs(hashtext(g::text)::bigint) % 425)::int AS d FROM generate_series("
                    + (fromCount + 1) + ", " + toCount + ") g) s");
            // what autovacuum does to the live table soon after such a change (index-only counts need the visibility map)
            st.execute("VACUUM ANALYZE work_item");
        }
    }
}
