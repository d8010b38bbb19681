package cn.justice.demo.run;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** The report printed at the end of a run: what was loaded, and the plan indicators the gateway now shows. */
public final class Summary {
    private final PrintStream out;

    public Summary(PrintStream out) {
        this.out = out;
    }

    public void counts(Tally tally) {
        out.printf("%-23s %8s %8s %8s %9s %9s %7s %8s%n", "record type", "records", "created", "existed",
                "actions", "already", "failed", "skipped");
        long[] sum = new long[7];
        for (Map.Entry<String, Tally.Row> e : tally.rows().entrySet()) {
            Tally.Row r = e.getValue();
            long[] v = {r.records.get(), r.created.get(), r.existing.get(), r.actionsApplied.get(), r.actionsAlready.get(),
                    r.failed.get(), r.skipped.get() + r.notRun.get()};
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
            out.printf("%-23s %,8d %,8d %,8d %,9d %,9d %,7d %,8d%n", e.getKey(), v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
        }
        out.printf("%-23s %,8d %,8d %,8d %,9d %,9d %,7d %,8d%n", "total", sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6]);
        out.println("  records: in the plan up to today · created: new now (201) · existed: already there (200)");
        out.println("  actions: applied now · already: applied by an earlier run · skipped: service not available or after a failure");
    }

    /**
     * The county's work queue (待办) the data leaves: per kind, the items overdue and those due within the week, read
     * page by page from {@code GET /api/v1/work-queue}; false when the gateway did not answer.
     */
    public boolean workQueue(Api api, String countyCode) throws InterruptedException {
        java.util.Map<String, long[]> byKind = new java.util.TreeMap<>();
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        long total = -1;
        String today = null;
        for (int page = 0; total < 0 || (long) page * 200 < total; page++) {
            Api.Reply r = api.get("api/v1/work-queue?orgCode=" + countyCode + "&size=200&page=" + page);
            if (!r.ok()) {
                return false;
            }
            total = r.body().path("total").asLong();
            today = r.body().path("today").asText();
            for (JsonNode i : r.body().path("items")) {
                long[] n = byKind.computeIfAbsent(i.path("kind").asText(), k -> new long[2]);
                n[i.path("overdue").asBoolean() ? 0 : 1]++;
                String title = i.path("title").asText();
                titles.putIfAbsent(i.path("kind").asText(), title.contains(" ") ? title.substring(0, title.lastIndexOf(' ')) : title);
            }
        }
        out.printf("Work queue (待办) read back: GET /api/v1/work-queue?orgCode=%s — %,d items overdue or due by %s + 7 days%n",
                countyCode, total, today);
        out.printf("%-40s %8s %9s  %s%n", "kind", "overdue", "this week", "title");
        byKind.forEach((k, n) -> out.printf("%-40s %,8d %,9d  %s%n", k, n[0], n[1], titles.get(k)));
        return true;
    }

    /** One line per indicator of a {@code GET …/progress} answer. */
    public void indicators(JsonNode progress) {
        out.printf("%-35s %12s %-5s %14s  %-9s %s%n", "indicator", "actual", "unit", "target", "status", "name");
        for (JsonNode i : progress.path("indicators")) {
            String unit = i.path("unit").asText("");
            out.printf("%-35s %12s %-5s %14s  %-9s %s%n", i.path("code").asText(), figure(i.get("actual"), unit), unit,
                    i.path("comparator").asText("") + " " + figure(i.get("target"), unit), i.path("status").asText(),
                    i.path("name").asText());
        }
    }

    private static String figure(JsonNode n, String unit) {
        if (n == null || n.isNull()) {
            return "—";
        }
        BigDecimal v = n.decimalValue();
        return "%".equals(unit) ? v.setScale(1, RoundingMode.HALF_UP).toPlainString()
                : v.stripTrailingZeros().scale() <= 0 ? String.format("%,d", v.longValue()) : v.toPlainString();
    }
}
