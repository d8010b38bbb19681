package cn.justice.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StepsTest {
    private static OpenLoad.Result step(double rate, long sent, long ok, double achieved, double p99) {
        Latency l = new Latency(sent, p99 / 4, p99 / 2, p99, p99 * 2, p99 * 3, p99 / 3);
        return new OpenLoad.Result("t", rate, 6, sent, ok, sent - ok, Map.of("201", ok), achieved, l, l, 0, "", false);
    }

    @Test
    void aStepIsSustainedWithoutErrorsAtTheOfferedRateAndABoundedP99() {
        assertThat(Steps.sustained(step(1000, 6000, 6000, 990, 40))).isTrue();
        assertThat(Steps.sustained(step(1000, 6000, 5999, 990, 40))).isFalse();
        assertThat(Steps.sustained(step(1000, 6000, 6000, 900, 40))).isFalse();
        assertThat(Steps.sustained(step(1000, 6000, 6000, 990, 400))).isFalse();
        assertThat(Steps.why(step(1000, 6000, 6000, 990, 400))).contains("p99");
    }

    @Test
    void maxSustainedIsTheLastStepBeforeTheFirstFailure() {
        List<OpenLoad.Result> ramp = List.of(step(250, 1500, 1500, 250, 5), step(500, 3000, 3000, 499, 8),
                step(750, 4500, 4400, 700, 900), step(1000, 6000, 6000, 1000, 5));
        assertThat(Steps.maxSustained(ramp)).isEqualTo(500);
        assertThat(Steps.maxSustained(List.of(step(250, 1500, 0, 0, 5)))).isZero();
    }

    @Test
    void aFailedStepThatPassesOnItsRetryCountsAsSustained() {
        List<OpenLoad.Result> ramp = List.of(step(50, 250, 250, 50, 5), step(100, 500, 500, 100, 400),
                step(100, 500, 500, 100, 20), step(150, 750, 700, 140, 900), step(150, 750, 700, 140, 900));
        assertThat(Steps.maxSustained(ramp)).isEqualTo(100);
    }
}
