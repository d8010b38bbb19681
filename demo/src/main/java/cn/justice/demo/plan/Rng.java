package cn.justice.demo.plan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Deterministic random numbers: SplitMix64, whose output is fully specified, so the same seed and stream name give
 * the same sequence on every JVM and every run. Independent streams ({@link #of}, {@link #fork}) keep one part of the
 * plan from shifting when another part draws more or fewer numbers.
 */
public final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long seed;
    private long state;

    private Rng(long seed) {
        this.seed = seed;
        this.state = seed;
    }

    /** The stream {@code name} of {@code seed}. */
    public static Rng of(long seed, String name) {
        long h = mix(seed ^ GOLDEN);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ (b & 0xff) ^ GOLDEN);
        }
        return new Rng(h);
    }

    /** A child stream named {@code name}; it does not depend on how many numbers this stream has drawn. */
    public Rng fork(String name) {
        return of(seed, name);
    }

    public long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return (int) ((nextLong() >>> 1) % bound);
    }

    /** Uniform in [lo, hi], both included. */
    public int between(int lo, int hi) {
        return lo + nextInt(hi - lo + 1);
    }

    public boolean chance(double p) {
        return nextDouble() < p;
    }

    public <T> T pick(List<T> xs) {
        return xs.get(nextInt(xs.size()));
    }

    @SafeVarargs
    public final <T> T pick(T... xs) {
        return xs[nextInt(xs.length)];
    }

    /** One of {@code xs}, each with the weight at the same index. */
    public <T> T weighted(List<T> xs, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return xs.get(i);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** A day in [from, to], both included. */
    public LocalDate dateIn(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return from.plusDays(nextInt((int) days + 1));
    }

    /**
     * A small whole number of days, mostly near {@code typical}: the sum of two uniform draws in [0, typical], so
     * the shape is a triangle peaking at {@code typical} and ending at twice it.
     */
    public int days(int typical) {
        return nextInt(typical + 1) + nextInt(typical + 1);
    }
}
