package cn.justice.bench;

import org.HdrHistogram.Histogram;

/**
 * Latency percentiles of one measurement, in milliseconds, from an HdrHistogram of microseconds (3 significant
 * digits). Latency is always measured from the request's <em>intended</em> send time (open model), so time a
 * request spent waiting behind a slow one counts: no coordinated omission.
 */
public record Latency(long count, double p50, double p90, double p99, double p999, double max, double mean) {
    /** Highest trackable value: 5 minutes in microseconds. */
    public static final long HIGHEST_MICROS = 300_000_000L;

    public static Histogram newHistogram() {
        return new Histogram(1, HIGHEST_MICROS, 3);
    }

    public static Latency of(Histogram h) {
        if (h.getTotalCount() == 0) {
            return new Latency(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Latency(h.getTotalCount(), ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)),
                ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()),
                Math.round(h.getMean()) / 1000.0);
    }

    /** Records a duration in nanoseconds, clamped to the trackable range. */
    public static void record(Histogram h, long nanos) {
        long micros = Math.max(1, Math.min(HIGHEST_MICROS, nanos / 1000));
        h.recordValue(micros);
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    /** "p50 1.2 / p90 3.4 / p99 8.9 / p99.9 20.1 ms" for the summaries. */
    public String brief() {
        if (count == 0) {
            return "no samples";
        }
        return String.format(java.util.Locale.ROOT, "p50 %s / p90 %s / p99 %s / p99.9 %s ms", Report.num(p50),
                Report.num(p90), Report.num(p99), Report.num(p999));
    }
}
