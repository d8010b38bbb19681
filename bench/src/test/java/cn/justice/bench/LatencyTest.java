package cn.justice.bench;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatencyTest {
    @Test
    void percentilesInMillisecondsFromMicroseconds() {
        Histogram h = Latency.newHistogram();
        for (int i = 1; i <= 1000; i++) {
            Latency.record(h, i * 1_000_000L); // 1 ms … 1000 ms
        }
        Latency l = Latency.of(h);
        assertThat(l.count()).isEqualTo(1000);
        assertThat(l.p50()).isCloseTo(500, within(1.0));
        assertThat(l.p90()).isCloseTo(900, within(1.0));
        assertThat(l.p99()).isCloseTo(990, within(1.0));
        assertThat(l.p999()).isCloseTo(999, within(1.0));
        assertThat(l.max()).isCloseTo(1000, within(1.0));
    }

    @Test
    void outOfRangeValuesAreClampedNotLost() {
        Histogram h = Latency.newHistogram();
        Latency.record(h, -5);
        Latency.record(h, 10L * 60 * 1_000_000_000L); // 10 minutes
        Latency l = Latency.of(h);
        assertThat(l.count()).isEqualTo(2);
        assertThat(l.max()).isGreaterThanOrEqualTo(299_000);
    }

    @Test
    void emptyHistogramHasNoFigures() {
        Latency l = Latency.of(Latency.newHistogram());
        assertThat(l.count()).isZero();
        assertThat(l.p99()).isNaN();
        assertThat(l.brief()).isEqualTo("no samples");
    }
}
