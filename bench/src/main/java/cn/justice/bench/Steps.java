package cn.justice.bench;

import java.util.List;

/**
 * The rule of the write ramp: a rate is <em>sustained</em> when every request of the step succeeded, the successes
 * kept up with the offered rate (≥ 95 %), and p99 stayed bounded (≤ {@link #P99_CEILING_MS}, ten times the 25 ms target:
 * beyond that the queue is growing and the next step would only measure the backlog). A step that is not sustained is
 * run once more; the ramp stops when it fails twice in a row, and the maximum sustained rate is the highest step
 * sustained before that.
 */
public final class Steps {
    public static final double P99_CEILING_MS = 250;
    public static final double MIN_ACHIEVED = 0.95;

    private Steps() {
    }

    public static boolean sustained(OpenLoad.Result r) {
        return r.zeroErrors() && r.achievedRate() >= MIN_ACHIEVED * r.offeredRate()
                && r.latency().count() > 0 && r.latency().p99() <= P99_CEILING_MS;
    }

    /** Why a step is not sustained (null when it is). */
    public static String why(OpenLoad.Result r) {
        if (r.aborted()) {
            return "overload: the schedule fell " + OpenLoad.MAX_LAG / 1_000_000_000L + " s behind, " + r.errors() + " errors " + r.outcomes();
        }
        if (!r.zeroErrors()) {
            return r.errors() + " errors " + r.outcomes();
        }
        if (r.achievedRate() < MIN_ACHIEVED * r.offeredRate()) {
            return "achieved " + r.achievedRate() + "/s of " + r.offeredRate() + "/s";
        }
        if (r.latency().p99() > P99_CEILING_MS) {
            return "p99 " + r.latency().p99() + " ms > " + P99_CEILING_MS + " ms";
        }
        return null;
    }

    /**
     * Highest sustained rate of a ramp in order (0 when the first step already failed). A failed attempt followed by a
     * sustained attempt at the same rate (the retry) counts as sustained; two failures in a row end the ramp.
     */
    public static double maxSustained(List<OpenLoad.Result> ramp) {
        double best = 0;
        for (int i = 0; i < ramp.size(); i++) {
            OpenLoad.Result r = ramp.get(i);
            if (sustained(r)) {
                best = Math.max(best, r.offeredRate());
                continue;
            }
            boolean retriedOk = i + 1 < ramp.size() && ramp.get(i + 1).offeredRate() == r.offeredRate() && sustained(ramp.get(i + 1));
            if (!retriedOk) {
                break;
            }
        }
        return best;
    }
}
