package cn.justice.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Markdown summary of a run, written beside the JSON. */
final class Report {
    private Report() {
    }

    /** A figure for a table: up to 3 significant decimals, thousands separated, "—" when missing. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> r) {
        StringBuilder md = new StringBuilder();
        Map<String, Object> meta = (Map<String, Object>) r.get("meta");
        Map<String, Object> machine = (Map<String, Object>) meta.get("machine");
        md.append("# Benchmark run ").append(meta.get("date")).append("\n\n");
        md.append("Commit `").append(meta.get("commit")).append("`")
                .append(Boolean.TRUE.equals(meta.get("commitDirty")) ? " plus uncommitted changes" : "").append(". ");
        md.append("Machine: ").append(machine.get("nproc")).append(" CPUs (").append(machine.get("cpuModel")).append("), ")
                .append(machine.get("memTotalMiB")).append(" MiB RAM; ").append(machine.get("java")).append(". ");
        md.append("Applications: `").append(meta.get("appJvmOptions")).append("`. Load average at start ")
                .append(machine.get("loadAverageAtStart")).append(", at end ").append(meta.getOrDefault("loadAverageAtEnd", "?"))
                .append(".\n\n");
        md.append("> ").append(meta.get("noise")).append("\n\n");
        if (meta.get("runSeconds") != null) {
            md.append("Run time: ").append(meta.get("runSeconds")).append(" s; per scenario (s): ")
                    .append(meta.get("scenarioSeconds")).append(".\n\n");
        }
        if (meta.get("busyShareBeforeScenario") != null) {
            md.append("Busy share of the CPUs when each scenario started (it waits up to 120 s for ≤ ")
                    .append((int) (Bench.QUIET * 100)).append(" %): ").append(meta.get("busyShareBeforeScenario")).append(".\n\n");
        }
        Object targets = r.get("targets");
        if (targets instanceof List<?> rows && !rows.isEmpty()) {
            md.append("## Targets (DESIGN §9)\n\n| what | target | measured | baseline (same run) | measured ÷ baseline | verdict |\n|---|---|---|---|---|---|\n");
            for (Object o : rows) {
                Targets.Row row = (Targets.Row) o;
                md.append("| ").append(row.what()).append(" | ").append(row.target()).append(" | ").append(row.measured())
                        .append(" | ").append(row.baseline()).append(" | ").append(row.ratio()).append(" | ")
                        .append(row.verdict()).append(" |\n");
            }
            md.append('\n');
        }
        baseline(md, r);
        writes(md, r);
        cost(md, r);
        reads(md, r);
        freshness(md, r);
        indicators(md, r);
        queue(md, r);
        rebuild(md, r);
        footprint(md, r);
        for (Map.Entry<String, Object> e : r.entrySet()) {
            if (e.getKey().endsWith("Failure") || e.getKey().equals("failure")) {
                md.append("**").append(e.getKey()).append("**: ").append(e.getValue()).append("\n\n");
            }
        }
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    private static void baseline(StringBuilder md, Map<String, Object> r) {
        if (!(r.get("baseline") instanceof Map<?, ?> b)) {
            return;
        }
        md.append("## Baselines\n\n");
        if (b.get("pgbench") instanceof Map<?, ?> pg) {
            md.append("- pgbench single-row INSERT: **").append(pg.get("maxTps")).append(" tx/s** with ").append(pg.get("maxTpsClients"))
                    .append(" clients (avg ").append(pg.get("maxTpsLatencyAvgMs")).append(" ms); at 500 tx/s: ")
                    .append(pg.get("at500PerSecond") instanceof Latency l ? l.brief() : "—").append("\n");
        }
        if (b.get("noop") instanceof Map<?, ?> noop) {
            for (Map.Entry<?, ?> e : noop.entrySet()) {
                OpenLoad.Result res = (OpenLoad.Result) e.getValue();
                md.append("- ").append(e.getKey()).append(" `GET /bench/noop` at 1,000/s: ").append(res.latency().brief())
                        .append(", errors ").append(res.errors()).append("\n");
            }
        }
        if (b.get("kafka") instanceof Map<?, ?> k) {
            md.append("- Kafka producer → consumer at ").append(k.get("rate")).append(" msg/s: ")
                    .append(k.get("latency") instanceof Latency l ? l.brief() : "—").append(" (").append(k.get("received"))
                    .append(" of ").append(k.get("sent")).append(" received)\n");
        }
        md.append('\n');
    }

    @SuppressWarnings("unchecked")
    private static void writes(StringBuilder md, Map<String, Object> r) {
        if (!(r.get("writes") instanceof Map<?, ?> w)) {
            return;
        }
        md.append("## Writes\n\n").append(w.get("method")).append(". p99 at 500/s of a target whose ramp ended below it: ")
                .append("the line marked \"beyond the ramp\".\n\n");
        md.append("| target | rate/s | ok / sent | achieved/s | p50 | p90 | p99 | p99.9 | max (ms) | load avg | verdict |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Object o : (List<Object>) w.get("targets")) {
            Map<String, Object> t = (Map<String, Object>) o;
            for (OpenLoad.Result s : (List<OpenLoad.Result>) t.get("steps")) {
                String why = Steps.why(s);
                md.append("| ").append(t.get("service")).append(' ').append(t.get("via")).append(" | ").append(num(s.offeredRate()))
                        .append(" | ").append(s.ok()).append(" / ").append(s.sent()).append(" | ").append(num(s.achievedRate()))
                        .append(" | ").append(num(s.latency().p50())).append(" | ").append(num(s.latency().p90())).append(" | ")
                        .append(num(s.latency().p99())).append(" | ").append(num(s.latency().p999())).append(" | ")
                        .append(num(s.latency().max())).append(" | ").append(s.loadAverage()).append(" | ")
                        .append(why == null ? "sustained" : why.replace("|", "/")).append(" |\n");
            }
            if (t.get("at500PerSecondBeyondRamp") instanceof OpenLoad.Result s) {
                md.append("| ").append(t.get("service")).append(' ').append(t.get("via")).append(" | 500 (beyond the ramp) | ").append(s.ok())
                        .append(" / ").append(s.sent()).append(" | ").append(num(s.achievedRate())).append(" | ").append(num(s.latency().p50()))
                        .append(" | ").append(num(s.latency().p90())).append(" | ").append(num(s.latency().p99())).append(" | ")
                        .append(num(s.latency().p999())).append(" | ").append(num(s.latency().max())).append(" | ").append(s.loadAverage())
                        .append(" | ").append(s.outcomes()).append(" |\n");
            }
            md.append("| **").append(t.get("service")).append(' ').append(t.get("via")).append("** | **max sustained ")
                    .append(num((Double) t.get("maxSustainedPerSecond"))).append("/s** | read model caught up after ")
                    .append(t.get("readModelCatchUpSeconds")).append(" s | | | | | | | | |\n");
        }
        md.append('\n');
    }

    @SuppressWarnings("unchecked")
    private static void reads(StringBuilder md, Map<String, Object> r) {
        if (!(r.get("reads") instanceof Map<?, ?> rd)) {
            return;
        }
        md.append("## Reads\n\n").append(rd.get("method")).append(".\n\n");
        md.append("| target | request | p50 | p90 | p99 | p99.9 | errors | no-op p99 | ratio | p50 / p99 at 100/s |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Object o : (List<Object>) rd.get("targets")) {
            Map<String, Object> t = (Map<String, Object>) o;
            Latency n = (Latency) t.get("noopBaseline");
            for (String kind : List.of("byId", "list")) {
                Map<String, Object> k = (Map<String, Object>) t.get(kind);
                OpenLoad.Result res = (OpenLoad.Result) k.get("result");
                md.append("| ").append(t.get("service")).append(' ').append(t.get("via")).append(" | `").append(k.get("request"))
                        .append("` | ").append(num(res.latency().p50())).append(" | ").append(num(res.latency().p90())).append(" | ")
                        .append(num(res.latency().p99())).append(" | ").append(num(res.latency().p999())).append(" | ")
                        .append(res.errors()).append(" | ").append(num(n.p99())).append(" | ")
                        .append(k.get("p99RatioToNoop")).append(" | ")
                        .append(k.get("atLightLoad") instanceof OpenLoad.Result lr ? num(lr.latency().p50()) + " / " + num(lr.latency().p99()) : "—")
                        .append(" |\n");
            }
        }
        md.append('\n');
    }

    private static void freshness(StringBuilder md, Map<String, Object> r) {
        if (!(r.get("freshness") instanceof Map<?, ?> f)) {
            return;
        }
        md.append("## Freshness\n\n");
        freshnessRun(md, f);
        if (f.get("atSustainableRate") instanceof Map<?, ?> g) {
            md.append("Again at a rate the services sustain here:\n\n");
            freshnessRun(md, g);
        }
    }

    private static void freshnessRun(StringBuilder md, Map<?, ?> f) {
        md.append(f.get("method")).append("\n\n");
        OpenLoad.Result w = (OpenLoad.Result) f.get("writes");
        md.append("- writes: ").append(w.ok()).append(" ok of ").append(w.sent()).append(" ").append(w.outcomes()).append(", ")
                .append(w.latency().brief()).append("\n");
        md.append("- write → read model, per write: **").append(((Latency) f.get("perWrite")).brief()).append("**\n");
        md.append("- write → progress API (count-based): ").append(((Latency) f.get("viaProgressApi")).brief()).append("\n");
        if (f.get("kafkaBaseline") instanceof Latency k) {
            md.append("- Kafka alone: ").append(k.brief()).append("\n");
        }
        md.append("- per service: ").append(f.get("perService")).append("; lost: **").append(f.get("lostEvents")).append("**\n");
        if (f.get("notCountedInProgress") != null) {
            md.append("- ").append(f.get("notCountedInProgress")).append("\n");
        }
        md.append('\n');
    }

    @SuppressWarnings("unchecked")
    private static void indicators(StringBuilder md, Map<String, Object> r) {
        if (!(r.get("indicators") instanceof Map<?, ?> ind)) {
            return;
        }
        md.append("## Indicator queries at scale\n\n").append(ind.get("method")).append("\n\n");
        Map<String, String> queries = (Map<String, String>) ind.get("queries");
        md.append("| records | load s | rollup rows (county rows) | SQL ms |");
        queries.keySet().forEach(q -> md.append(' ').append(q).append(" p50 / p99 / p99.9 ms |"));
        md.append("\n|---|---|---|---|");
        queries.keySet().forEach(q -> md.append("---|"));
        md.append('\n');
        for (Object o : (List<Object>) ind.get("levels")) {
            Map<String, Object> l = (Map<String, Object>) o;
            md.append("| ").append(String.format("%,d", (Long) l.get("records"))).append(" | ").append(l.get("loadSeconds"))
                    .append(" | ").append(l.get("rollupRows")).append(" + ").append(l.get("memberRollupRows")).append(" (")
                    .append(l.get("rollupRowsReadForCounty")).append(") | ").append(l.get("sqlMs")).append(" |");
            for (String q : queries.keySet()) {
                OpenLoad.Result res = (OpenLoad.Result) l.get(q);
                md.append(' ').append(num(res.latency().p50())).append(" / ").append(num(res.latency().p99())).append(" / ")
                        .append(num(res.latency().p999())).append(res.errors() > 0 ? " (" + res.errors() + " errors)" : "").append(" |");
            }
            md.append('\n');
        }
        md.append("\np99 at the largest size ÷ p99 at the smallest: ").append(ind.get("p99RatioMillionToThousand"))
                .append("; p50 and SQL time: ").append(ind.get("p50RatioMillionToThousand")).append("\n\n");
    }

    @SuppressWarnings("unchecked")
    private static void queue(StringBuilder md, Map<String, Object> r) {
        if (!(r.get("queue") instanceof Map<?, ?> q)) {
            return;
        }
        md.append("## Work queue at scale\n\n").append(q.get("method")).append("\n\n");
        Map<String, String> queries = (Map<String, String>) q.get("queries");
        md.append("| open items | load s | county items listed |");
        queries.keySet().forEach(k -> md.append(' ').append(k).append(" p50 / p99 ms (÷ no-op p99) |"));
        md.append("\n|---|---|---|");
        queries.keySet().forEach(k -> md.append("---|"));
        md.append('\n');
        for (Object o : (List<Object>) q.get("levels")) {
            Map<String, Object> l = (Map<String, Object>) o;
            md.append("| ").append(String.format("%,d", (Long) l.get("items"))).append(" | ").append(l.get("loadSeconds"))
                    .append(" | ").append(l.get("countyItemsListed")).append(" |");
            for (String k : queries.keySet()) {
                Map<String, Object> m = (Map<String, Object>) l.get(k);
                OpenLoad.Result res = (OpenLoad.Result) m.get("result");
                md.append(' ').append(num(res.latency().p50())).append(" / ").append(num(res.latency().p99())).append(" (")
                        .append(m.get("p99OverNoopP99")).append(')')
                        .append(res.errors() > 0 ? " (" + res.errors() + " errors)" : "").append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    @SuppressWarnings("unchecked")
    private static void cost(StringBuilder md, Map<String, Object> r) {
        if (!(r.get("cost") instanceof Map<?, ?> c)) {
            return;
        }
        md.append("## Cost per request\n\n").append(c.get("method")).append(".\n\n");
        md.append("Idle CPU (s per s): ").append(c.get("idleCpuSecondsPerSecond")).append("\n\n");
        md.append("| service | request | ok | CPU ms: service | PostgreSQL | Kafka | gateway | service KiB allocated | p50 / p99 ms |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (Object o : (List<Object>) c.get("services")) {
            Map<String, Object> m = (Map<String, Object>) o;
            for (String k : List.of("noop", "create", "readById")) {
                Map<String, Object> w = (Map<String, Object>) m.get(k);
                Map<String, Object> cpu = (Map<String, Object>) w.get("cpuMsPerRequest");
                Latency l = (Latency) w.get("latency");
                md.append("| ").append(m.get("service")).append(" | ").append(k).append(" | ").append(w.get("requests"))
                        .append(" | ").append(cpu.get("service")).append(" | ").append(cpu.get("postgresql"))
                        .append(" | ").append(cpu.get("kafka")).append(" | ").append(cpu.get("gateway"))
                        .append(" | ").append(w.get("serviceAllocatedKiBPerRequest"))
                        .append(" | ").append(num(l.p50())).append(" / ").append(num(l.p99())).append(" |\n");
            }
            md.append("| ").append(m.get("service")).append(" | service CPU ÷ no-op | | ").append(m.get("serviceCpuRatioToNoop"))
                    .append(" | | | | | |\n");
        }
        md.append('\n');
    }

    private static void rebuild(StringBuilder md, Map<String, Object> r) {
        if (!(r.get("rebuild") instanceof Map<?, ?> rb)) {
            return;
        }
        md.append("## Rebuild\n\n").append(rb.get("method")).append(".\n\n");
        md.append("- ").append(rb.get("eventsOnTopics")).append(" events on the topics; state ")
                .append(rb.get("status") instanceof com.fasterxml.jackson.databind.JsonNode s ? s.path("state").asText() : "?")
                .append(" after ").append(rb.get("wallSeconds")).append(" s: **").append(rb.get("eventsPerSecondWall"))
                .append(" events/s** (gateway's own figure: ").append(rb.get("eventsPerSecondGateway")).append(")\n");
        md.append("- contributions after: ").append(rb.get("contributionsAfter")).append(" (aggregates the services hold: ")
                .append(rb.get("aggregatesWritten")).append(")\n");
        md.append("- progress reads meanwhile: ").append(rb.get("progressReadsDuringRebuild")).append("\n\n");
    }

    @SuppressWarnings("unchecked")
    private static void footprint(StringBuilder md, Map<String, Object> r) {
        if (!(r.get("footprint") instanceof Map<?, ?> f)) {
            return;
        }
        md.append("## Footprint\n\n").append(f.get("method")).append(".\n\n");
        md.append("- cold start, five at once (fresh databases): ").append(f.get("coldStart")).append("\n");
        md.append("- idle RSS MiB: ").append(f.get("idleRssMiB")).append("\n");
        md.append("- loaded RSS MiB (peak sampled, all load scenarios): ").append(f.get("loadedRssMiB")).append("\n");
        md.append("- loaded RSS MiB per scenario (the target's is writes): ").append(f.get("loadedRssMiBByScenario")).append("\n");
        if (f.get("warmRestart") != null) {
            md.append("- warm restarts: ").append(f.get("warmRestart")).append("\n");
        }
        md.append("- `make up`: ").append(f.get("makeUp")).append("\n\n");
    }
}
