package cn.justice.bench;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 4, indicator queries at scale: loads synthetic records straight into the gateway's read model by SQL —
 * one {@code contribution} row per record and the matching {@code rollup}/{@code member_rollup} deltas, exactly what
 * the read model would hold after applying their events — up to 1k, 100k and 1M records over five years and all six
 * townships (disputes, held activities, SMS campaigns, consultations in turn). At each size it measures progress for the
 * county and for a township and a 60-month series, and records the rollup rows the query reads and PostgreSQL's own
 * execution time of that query (EXPLAIN ANALYZE): the queries read monthly rollups, whose size depends on org units ×
 * measures × months, not on records.
 */
final class Indicators {
    static final long[] SIZES = {1_000, 100_000, 1_000_000};
    static final double RATE = 100;
    private final Bench b;

    Indicators(Bench b) {
        this.b = b;
    }

    @SuppressWarnings("unchecked")
    void run() throws SQLException {
        int fromYear = b.today.getYear() - 4;
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        int days = (int) (b.today.toEpochDay() - from.toEpochDay());
        int pastYear = b.today.getYear() - 1; // a whole year of the 14th plan (2021–2025) when run in 2026
        String plan = pastYear <= 2025 ? "14th-fyp" : "15th-fyp";
        String g = b.gateway().url();
        String township = "519901101";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("progressCounty", g + "/api/v1/plans/" + plan + "/progress?orgCode=" + Bench.COUNTY + "&year=" + pastYear);
        queries.put("progressTownship", g + "/api/v1/plans/" + plan + "/progress?orgCode=" + township + "&year=" + pastYear);
        queries.put("seriesMonthCounty", g + "/api/v1/indicators/MED_DISPUTES/series?orgCode=" + Bench.COUNTY + "&from=" + from
                + "&to=" + LocalDate.of(b.today.getYear(), 12, 31) + "&granularity=MONTH");
        List<Object> levels = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", "synthetic records loaded by SQL into contribution + rollup + member_rollup (the rows applying "
                + "their events would leave), " + fromYear + "-01-01 to today, six townships, a quarter each of disputes "
                + "(registered; 60 % accepted, closed 20 days later, 2/3 succeeded), held activities (participants, materials, "
                + "法律七进 township × venue), SMS campaigns and consultations; at each size " + (int) RATE + " req/s for 6 s "
                + "per query after a 2 s warm-up. sqlMs = EXPLAIN ANALYZE execution time of the rollup query behind the "
                + "county progress (all measures of the plan up to December).");
        out.put("queries", queries);
        out.put("levels", levels);
        b.results.put("indicators", out);
        long loaded = 0;
        b.sampling(true);
        try {
            for (long size : SIZES) {
                long t0 = System.nanoTime();
                preload(loaded, size, from, days);
                double loadSeconds = Bench.round1((System.nanoTime() - t0) / 1e9);
                loaded = size;
                Map<String, Object> level = new LinkedHashMap<>();
                level.put("records", size);
                level.put("loadSeconds", loadSeconds);
                level.put("contributionRows", b.count("gateway_bench", "SELECT count(*) FROM contribution"));
                level.put("rollupRows", b.count("gateway_bench", "SELECT count(*) FROM rollup"));
                level.put("memberRollupRows", b.count("gateway_bench", "SELECT count(*) FROM member_rollup"));
                level.put("rollupRowsReadForCounty", b.count("gateway_bench", "SELECT (SELECT count(*) FROM rollup WHERE org_code = '"
                        + Bench.COUNTY + "') + (SELECT count(*) FROM member_rollup WHERE org_code = '" + Bench.COUNTY + "')"));
                level.put("sqlMs", explainMs(pastYear));
                Bench.say(String.format("%,d records loaded in %.1f s; rollup rows %s, county rows %s, SQL %s ms", size, loadSeconds,
                        level.get("rollupRows"), level.get("rollupRowsReadForCounty"), level.get("sqlMs")));
                // a bulk load leaves autovacuum/analyze and a checkpoint running: measured, they would be the queries' tail
                double busy = Machine.awaitQuiet(Bench.QUIET, 120);
                level.put("busyShareBefore", busy);
                Bench.say("busy share of the CPUs before the queries: " + busy);
                for (Map.Entry<String, String> q : queries.entrySet()) {
                    HttpRequest req = b.get(q.getValue());
                    b.load.run("warm-up", 100, Duration.ofSeconds(2), i -> req, r -> r.statusCode() == 200, null);
                    OpenLoad.Result r = b.load.run(q.getKey() + " @" + size, RATE, Duration.ofSeconds(6), i -> req,
                            resp -> resp.statusCode() == 200, null);
                    level.put(q.getKey(), r);
                    Bench.say(String.format(java.util.Locale.ROOT, "  %-18s at %.0f/s: %s errors %d", q.getKey(), RATE,
                            r.latency().brief(), r.errors()));
                }
                levels.add(level);
            }
        } finally {
            b.sampling(false);
        }
        // flatness: p50 and p99 at 1M over the same at 1k, per query, and the SQL time (p50 and SQL show the query's
        // cost; p99 on a shared machine mostly shows what else ran in those seconds)
        Map<String, Object> growth = new LinkedHashMap<>();
        Map<String, Object> growth50 = new LinkedHashMap<>();
        if (levels.size() == SIZES.length) {
            @SuppressWarnings("unchecked") Map<String, Object> first = (Map<String, Object>) levels.get(0);
            @SuppressWarnings("unchecked") Map<String, Object> lastLevel = (Map<String, Object>) levels.get(levels.size() - 1);
            for (String q : queries.keySet()) {
                double a = ((OpenLoad.Result) first.get(q)).latency().p99();
                double z = ((OpenLoad.Result) lastLevel.get(q)).latency().p99();
                growth.put(q, Math.round(z / a * 100) / 100.0);
                double a50 = ((OpenLoad.Result) first.get(q)).latency().p50();
                double z50 = ((OpenLoad.Result) lastLevel.get(q)).latency().p50();
                growth50.put(q, Math.round(z50 / a50 * 100) / 100.0);
            }
            growth50.put("sqlMs", Math.round((Double) lastLevel.get("sqlMs") / (Double) first.get("sqlMs") * 100) / 100.0);
            growth50.put("sqlMsFrom100kTo1M", Math.round((Double) lastLevel.get("sqlMs") / (Double) ((Map<String, Object>) levels.get(1)).get("sqlMs") * 100) / 100.0);
        }
        out.put("p99RatioMillionToThousand", growth);
        out.put("p50RatioMillionToThousand", growth50);
    }

    /** Adds records number {@code from} (exclusive) to {@code to} (inclusive). */
    private void preload(long fromCount, long toCount, LocalDate from, int days) throws SQLException {
        String townships = "ARRAY['" + String.join("','", Bench.ALL_TOWNSHIPS) + "']";
        String entry = "jsonb_build_object('measure', %s, 'date', %s, 'value', %s, 'member', %s)";
        String dispute = "jsonb_build_array(" + String.format(entry, "'disputes_registered'", "d", "1", "NULL") + ")"
                + " || CASE WHEN g % 10 < 6 THEN jsonb_build_array(" + String.format(entry, "'disputes_accepted'", "d", "1", "NULL")
                + ", " + String.format(entry, "CASE WHEN g % 10 < 4 THEN 'disputes_succeeded' ELSE 'disputes_failed' END", "d + 20", "1", "NULL")
                + ") ELSE '[]'::jsonb END";
        String activity = "jsonb_build_array(" + String.format(entry, "'activities_held'", "d", "1", "NULL") + ", "
                + String.format(entry, "'participants'", "d", "50", "NULL") + ", "
                + String.format(entry, "'materials_distributed'", "d", "100", "NULL") + ", "
                + String.format(entry, "'seven_into_covered'", "d", "1",
                "t || ':' || (ARRAY['ORGAN','VILLAGE','COMMUNITY','SCHOOL','ENTERPRISE','UNIT','RELIGIOUS_VENUE'])[1 + (g / 24) % 7]") + ")";
        String sms = "jsonb_build_array(" + String.format(entry, "'sms_sent'", "d", "100", "NULL") + ")";
        String consultation = "jsonb_build_array(" + String.format(entry, "'consultations'", "d", "1", "NULL") + ")";
        try (Connection c = b.db("gateway_bench"); Statement st = c.createStatement()) {
            st.execute("SET synchronous_commit = off");
            st.execute("SET work_mem = '64MB'");
            st.execute("DROP TABLE IF EXISTS bench_batch");
            st.execute("CREATE UNLOGGED TABLE bench_batch AS SELECT gen_random_uuid() AS id, k, t, "
                    + "CASE k WHEN 0 THEN 'mediation.dispute' WHEN 1 THEN 'publicity.activity' WHEN 2 THEN 'publicity.sms-campaign' "
                    + "ELSE 'legal-aid.consultation' END AS aggregate_type, "
                    + "CASE k WHEN 0 THEN " + dispute + " WHEN 1 THEN " + activity + " WHEN 2 THEN " + sms + " ELSE " + consultation
                    + " END AS entries FROM (SELECT g, g % 4 AS k, (" + townships + ")[1 + (g / 4) % 6] AS t, "
                    + "DATE '" + from + "' + (abs(hashtext(g::text)::bigint) % " + (days + 1) + ")::int AS d "
                    + "FROM generate_series(" + (fromCount + 1) + ", " + toCount + ") g) s");
            st.execute("INSERT INTO contribution (aggregate_id, aggregate_type, version, county_code, township_code, entries, event_time) "
                    + "SELECT id, aggregate_type, 1, '" + Bench.COUNTY + "', t, entries, clock_timestamp() FROM bench_batch");
            st.execute("INSERT INTO rollup AS r (org_code, measure, month, value, last_event_at) "
                    + "SELECT o, e->>'measure', date_trunc('month', (e->>'date')::date)::date, sum((e->>'value')::bigint), clock_timestamp() "
                    + "FROM bench_batch b, jsonb_array_elements(b.entries) e, unnest(ARRAY['" + Bench.COUNTY + "', b.t]) o "
                    + "WHERE e->>'member' IS NULL GROUP BY 1, 2, 3 "
                    + "ON CONFLICT (org_code, measure, month) DO UPDATE SET value = r.value + EXCLUDED.value, "
                    + "last_event_at = greatest(r.last_event_at, EXCLUDED.last_event_at)");
            st.execute("INSERT INTO member_rollup AS r (org_code, measure, member, month, value, last_event_at) "
                    + "SELECT o, e->>'measure', e->>'member', date_trunc('month', (e->>'date')::date)::date, sum((e->>'value')::bigint), clock_timestamp() "
                    + "FROM bench_batch b, jsonb_array_elements(b.entries) e, unnest(ARRAY['" + Bench.COUNTY + "', b.t]) o "
                    + "WHERE e->>'member' IS NOT NULL GROUP BY 1, 2, 3, 4 "
                    + "ON CONFLICT (org_code, measure, member, month) DO UPDATE SET value = r.value + EXCLUDED.value, "
                    + "last_event_at = greatest(r.last_event_at, EXCLUDED.last_event_at)");
            st.execute("DROP TABLE bench_batch");
            st.execute("ANALYZE contribution");
            st.execute("ANALYZE rollup");
            st.execute("ANALYZE member_rollup");
        }
    }

    /** PostgreSQL's execution time of the county progress query (Rollups.load), median of 5. */
    private double explainMs(int year) throws SQLException {
        String sql = "EXPLAIN (ANALYZE, FORMAT TEXT) SELECT measure, NULL, month, value, last_event_at FROM rollup "
                + "WHERE org_code = ? AND month <= ? UNION ALL SELECT measure, member, month, value, last_event_at "
                + "FROM member_rollup WHERE org_code = ? AND month <= ?";
        List<Double> times = new ArrayList<>();
        try (Connection c = b.db("gateway_bench"); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < 5; i++) {
                ps.setString(1, Bench.COUNTY);
                ps.setObject(2, LocalDate.of(year, 12, 1));
                ps.setString(3, Bench.COUNTY);
                ps.setObject(4, LocalDate.of(year, 12, 1));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String line = rs.getString(1);
                        if (line.startsWith("Execution Time:")) {
                            times.add(Double.parseDouble(line.replaceAll("[^0-9.]", "")));
                        }
                    }
                }
            }
        }
        times.sort(Double::compare);
        return times.isEmpty() ? -1 : times.get(times.size() / 2);
    }
}
