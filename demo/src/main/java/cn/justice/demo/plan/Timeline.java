package cn.justice.demo.plan;

import java.time.LocalDate;
import java.time.Month;
import java.util.stream.IntStream;

/**
 * The period the demo county covers. Everything is generated from {@link #START} to {@link #HORIZON} — the end of the
 * 15th five-year plan — whatever today is, and then cut at today. So the plan made tomorrow is the plan made today
 * plus what happened since, and records that already exist are requested with exactly the same bodies.
 */
public final class Timeline {
    /** First day of the 14th five-year plan (十四五). */
    public static final LocalDate START = LocalDate.of(2021, 1, 1);
    /** Last day of the 15th five-year plan (十五五); nothing is generated after it. */
    public static final LocalDate HORIZON = LocalDate.of(2030, 12, 31);

    /** Weight of each month in the county's case load: more around the Spring Festival and after the harvest. */
    private static final int[] MONTH_WEIGHTS = {11, 12, 9, 8, 8, 7, 7, 8, 9, 9, 7, 9};

    private Timeline() {
    }

    public static IntStream years() {
        return IntStream.rangeClosed(START.getYear(), HORIZON.getYear());
    }

    /** A day of {@code year}, months weighted by the seasonal case load. */
    public static LocalDate seasonalDay(Rng rng, int year) {
        int total = 0;
        for (int w : MONTH_WEIGHTS) {
            total += w;
        }
        int r = rng.nextInt(total);
        int m = 0;
        while (r >= MONTH_WEIGHTS[m]) {
            r -= MONTH_WEIGHTS[m];
            m++;
        }
        LocalDate first = LocalDate.of(year, Month.of(m + 1), 1);
        return first.plusDays(rng.nextInt(first.lengthOfMonth()));
    }

    public static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    public static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** {@code n} per year scaled by a ±{@code spread} wobble. */
    public static int wobble(Rng rng, int n, double spread) {
        return (int) Math.round(n * (1 + (rng.nextDouble() * 2 - 1) * spread));
    }
}
