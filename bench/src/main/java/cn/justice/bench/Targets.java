package cn.justice.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The table of DESIGN §9 targets against the measured values and the same run's baselines. */
final class Targets {
    private Targets() {
    }

    /** One row: what, the target, the measured value, the baseline, measured ÷ baseline, and the verdict. */
    record Row(String what, String target, String measured, String baseline, String ratio, String verdict) {
    }

    @SuppressWarnings("unchecked")
    static List<Row> table(Map<String, Object> r, Map<String, String> notMeasured) {
        List<Row> rows = new ArrayList<>();
        Map<String, Object> base = (Map<String, Object>) r.getOrDefault("baseline", Map.of());
        Map<String, Object> pg = (Map<String, Object>) base.getOrDefault("pgbench", Map.of());
        Map<String, Object> noop = (Map<String, Object>) base.getOrDefault("noop", Map.of());
        if (r.get("writes") instanceof Map<?, ?> w) {
            for (Object o : (List<Object>) w.get("targets")) {
                Map<String, Object> t = (Map<String, Object>) o;
                String who = t.get("service") + " " + t.get("via");
                double max = (Double) t.get("maxSustainedPerSecond");
                Double tps = pg.get("maxTps") instanceof Double d ? d : null;
                rows.add(new Row("creates/s, zero errors — " + who, "≥ 1,000/s", Report.num(max) + "/s",
                        tps == null ? "—" : "pgbench " + Report.num(tps) + " tx/s", ratio(t.get("ratioToPgbenchTps")),
                        max >= 1000 ? "met" : "MISSED"));
                Double p99 = (Double) t.get("p99At500PerSecondMs");
                Latency pl = pg.get("at500PerSecond") instanceof Latency l ? l : null;
                rows.add(new Row("create p99 at 500/s — " + who, "≤ 25 ms", p99 == null ? "not reached" : Report.num(p99) + " ms",
                        pl == null ? "—" : "pgbench p99 at 500/s " + Report.num(pl.p99()) + " ms", ratio(t.get("p99RatioToPgbenchP99At500")),
                        p99 == null ? "MISSED" : p99 <= 25 ? "met" : "MISSED"));
            }
        }
        if (r.get("reads") instanceof Map<?, ?> rd) {
            for (Object o : (List<Object>) rd.get("targets")) {
                Map<String, Object> t = (Map<String, Object>) o;
                for (String kind : List.of("byId", "list")) {
                    Map<String, Object> k = (Map<String, Object>) t.get(kind);
                    if (k == null) {
                        continue;
                    }
                    double p99 = (Double) k.get("p99Ms");
                    long errors = ((Number) k.get("errors")).longValue();
                    Latency n = (Latency) t.get("noopBaseline");
                    rows.add(new Row("read " + (kind.equals("byId") ? "by id" : "list page") + " p99 at 1,000/s — "
                            + t.get("service") + " " + t.get("via"), "≤ 10 ms", Report.num(p99) + " ms" + (errors > 0 ? " (" + errors + " errors)" : ""),
                            "no-op p99 " + Report.num(n.p99()) + " ms", ratio(k.get("p99RatioToNoop")),
                            p99 <= 10 && errors == 0 ? "met" : "MISSED"));
                }
            }
        }
        if (r.get("freshness") instanceof Map<?, ?> f) {
            freshness(rows, (Map<String, Object>) f);
            if (f.get("atSustainableRate") instanceof Map<?, ?> g) {
                freshness(rows, (Map<String, Object>) g);
            }
        }
        if (r.get("indicators") instanceof Map<?, ?> ind) {
            List<Object> levels = (List<Object>) ind.get("levels");
            Map<String, Object> growth = (Map<String, Object>) ind.get("p99RatioMillionToThousand");
            Map<String, Object> growth50 = (Map<String, Object>) ind.get("p50RatioMillionToThousand");
            if (levels != null && !levels.isEmpty()) {
                Map<String, Object> last = (Map<String, Object>) levels.get(levels.size() - 1);
                Map<String, Object> first = (Map<String, Object>) levels.get(0);
                for (String q : ((Map<String, Object>) ind.get("queries")).keySet()) {
                    OpenLoad.Result res = (OpenLoad.Result) last.get(q);
                    OpenLoad.Result res0 = (OpenLoad.Result) first.get(q);
                    if (res == null) {
                        continue;
                    }
                    rows.add(new Row(q + " p99 with " + String.format("%,d", (Long) last.get("records")) + " records (100/s)", "≤ 10 ms, flat",
                            "p99 " + Report.num(res.latency().p99()) + " ms, p50 " + Report.num(res.latency().p50()) + " ms", res0 == null ? "—" : "same query with " + String.format("%,d", (Long) first.get("records"))
                            + ": p99 " + Report.num(res0.latency().p99()) + " ms, p50 " + Report.num(res0.latency().p50()) + " ms",
                            "p99 " + ratio(growth == null ? null : growth.get(q)) + ", p50 " + ratio(growth50 == null ? null : growth50.get(q)),
                            res.latency().p99() <= 10 && res.errors() == 0 ? "met" : "MISSED"));
                }
            }
        }
        if (r.get("rebuild") instanceof Map<?, ?> rb && rb.get("eventsPerSecondWall") instanceof Number eps) {
            rows.add(new Row("read-model rebuild", "≥ 10,000 events/s", Report.num(eps.doubleValue()) + " events/s ("
                    + rb.get("eventsOnTopics") + " events)", pg.get("maxTps") instanceof Double d ? "pgbench " + Report.num(d) + " tx/s" : "—",
                    pg.get("maxTps") instanceof Double d ? ratio(Math.round(eps.doubleValue() / d * 100) / 100.0) : "—",
                    eps.doubleValue() >= 10_000 ? "met" : "MISSED"));
        }
        if (r.get("footprint") instanceof Map<?, ?> fp) {
            Map<String, Object> warm = (Map<String, Object>) fp.get("warmRestart");
            Map<String, Object> startSet = warm != null ? (Map<String, Object>) warm.get("alone")
                    : (Map<String, Object>) ((Map<String, Object>) fp.get("coldStart")).get("together");
            String how = warm != null ? "restarted alone" : "cold, five at once";
            for (Map.Entry<String, Object> e : startSet.entrySet()) {
                if (!(e.getValue() instanceof Map<?, ?> m)) {
                    continue;
                }
                double s = (Double) m.get("readySeconds");
                rows.add(new Row("first request — " + e.getKey() + " (" + how + ")", "≤ 3 s", Report.num(s) + " s", "—", "—",
                        s <= 3 ? "met" : "MISSED"));
            }
            Map<String, Object> idle = (Map<String, Object>) fp.get("idleRssMiB");
            Map<String, Object> loaded = (Map<String, Object>) fp.get("loadedRssMiB");
            for (Map.Entry<String, Object> e : idle.entrySet()) {
                double i = ((Number) e.getValue()).doubleValue();
                rows.add(new Row("RSS idle — " + e.getKey(), "≤ 300 MB", Report.num(i) + " MiB", "—", "—", i <= 300 ? "met" : "MISSED"));
                Map<String, Object> byScenario = (Map<String, Object>) fp.get("loadedRssMiBByScenario");
                Object underWrites = byScenario == null || !(byScenario.get("writes") instanceof Map<?, ?> w) ? null : w.get(e.getKey());
                if (underWrites instanceof Number l) {
                    rows.add(new Row("RSS under scenario 1, writes (peak) — " + e.getKey(), "≤ 512 MB", Report.num(l.doubleValue()) + " MiB",
                            "—", "—", l.doubleValue() <= 512 ? "met" : "MISSED"));
                }
                if (loaded.get(e.getKey()) instanceof Number l) {
                    rows.add(new Row("RSS peak over all load scenarios — " + e.getKey(), "(≤ 512 MB applies to writes)",
                            Report.num(l.doubleValue()) + " MiB", "—", "—", l.doubleValue() <= 512 ? "within 512" : "above 512"));
                }
            }
        }
        notMeasured.forEach((k, why) -> rows.add(new Row(k, "all targets", "not measured", "—", "—", "not measured: " + why)));
        return rows;
    }

    private static void freshness(List<Row> rows, Map<String, Object> f) {
        Latency pw = (Latency) f.get("perWrite");
        Latency k = (Latency) f.get("kafkaBaseline");
        OpenLoad.Result w = (OpenLoad.Result) f.get("writes");
        long lost = ((Number) f.get("lostEvents")).longValue();
        String at = Report.num(w.offeredRate()) + " writes/s" + (w.zeroErrors() ? "" : " (" + w.ok() + " of " + w.sent() + " writes done: overload)");
        rows.add(new Row("write → visible in gateway, p99 at " + at, "≤ 500 ms at 500/s", Report.num(pw.p99()) + " ms (per write; via progress API "
                + Report.num(((Latency) f.get("viaProgressApi")).p99()) + " ms)",
                k == null ? "—" : "Kafka e2e p99 " + Report.num(k.p99()) + " ms", ratio(f.get("p99RatioToKafkaP99")),
                w.offeredRate() >= 500 && w.zeroErrors() && pw.p99() <= 500 ? "met"
                        : w.offeredRate() >= 500 ? "MISSED" : pw.p99() <= 500 ? "met at this lower rate" : "MISSED"));
        rows.add(new Row("events lost at " + Report.num(w.offeredRate()) + " writes/s", "0", Long.toString(lost), "—", "—", lost == 0 ? "met" : "MISSED"));
    }

    private static String ratio(Object o) {
        return o instanceof Number n ? "× " + Report.num(n.doubleValue()) : "—";
    }
}
