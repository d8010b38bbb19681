package cn.justice.demo.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RngTest {
    @Test
    void theSameSeedAndStreamGiveTheSameNumbers() {
        long[] a = IntStream.range(0, 100).mapToLong(i -> 0).toArray();
        Rng r1 = Rng.of(42, "disputes/2023");
        Rng r2 = Rng.of(42, "disputes/2023");
        for (int i = 0; i < a.length; i++) {
            assertThat(r1.nextLong()).isEqualTo(r2.nextLong());
        }
    }

    @Test
    void streamsAndSeedsAreIndependent() {
        assertThat(Rng.of(42, "a").nextLong()).isNotEqualTo(Rng.of(42, "b").nextLong());
        assertThat(Rng.of(42, "a").nextLong()).isNotEqualTo(Rng.of(43, "a").nextLong());
        Rng parent = Rng.of(7, "p");
        Rng child = parent.fork("c");
        parent.nextLong();
        parent.nextLong();
        assertThat(parent.fork("c").nextLong()).as("a fork does not depend on what the parent drew")
                .isEqualTo(child.nextLong());
    }

    @Test
    void drawsStayInTheirRanges() {
        Rng r = Rng.of(1, "ranges");
        LocalDate from = LocalDate.of(2024, 2, 27);
        LocalDate to = LocalDate.of(2024, 3, 2);
        for (int i = 0; i < 10_000; i++) {
            assertThat(r.between(3, 5)).isBetween(3, 5);
            assertThat(r.nextDouble()).isGreaterThanOrEqualTo(0).isLessThan(1);
            assertThat(r.dateIn(from, to)).isBetween(from, to);
            assertThat(r.days(4)).isBetween(0, 8);
        }
    }

    @Test
    void weightedDrawsFollowTheWeights() {
        Rng r = Rng.of(3, "weights");
        int[] hits = new int[3];
        java.util.List<Integer> xs = java.util.List.of(0, 1, 2);
        for (int i = 0; i < 30_000; i++) {
            hits[r.weighted(xs, new int[]{1, 2, 0})]++;
        }
        assertThat(hits[2]).isZero();
        assertThat(hits[1] / (double) hits[0]).isBetween(1.8, 2.2);
    }
}
