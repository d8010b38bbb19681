package cn.justice.gateway.proxy;

import cn.justice.gateway.proxy.CircuitBreaker.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class CircuitBreakerTest {
    private static final int THRESHOLD = 3;
    private static final Duration OPEN_FOR = Duration.ofSeconds(30);

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2025-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private MutableClock clock;
    private CircuitBreaker breaker;

    @BeforeEach
    void setUp() {
        clock = new MutableClock();
        breaker = new CircuitBreaker(THRESHOLD, OPEN_FOR, clock);
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(breaker.allow()).as("request %d is let through", i + 1).isTrue();
            breaker.failure();
        }
    }

    private void open() {
        fail(THRESHOLD);
        assertThat(breaker.state()).isEqualTo(State.OPEN);
    }

    private void openAndWaitForHalfOpen() {
        open();
        clock.advance(OPEN_FOR);
    }

    @Test
    void startsClosedAndLetsRequestsThrough() {
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        for (int i = 0; i < 10; i++) {
            assertThat(breaker.allow()).isTrue();
            breaker.success();
        }
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void staysClosedBelowTheThreshold() {
        fail(THRESHOLD - 1);

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.allow()).isTrue();
    }

    @Test
    void opensAfterThresholdConsecutiveFailures() {
        fail(THRESHOLD);

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.allow()).isFalse();
    }

    @Test
    void successResetsTheFailureCount() {
        fail(THRESHOLD - 1);
        breaker.success();
        fail(THRESHOLD - 1);

        assertThat(breaker.state()).as("failures were not consecutive").isEqualTo(State.CLOSED);
        fail(1);
        assertThat(breaker.state()).isEqualTo(State.OPEN);
    }

    @Test
    void failsFastWhileOpen() {
        open();

        for (int i = 0; i < 5; i++) {
            clock.advance(OPEN_FOR.minusSeconds(1).dividedBy(5));
            assertThat(breaker.allow()).isFalse();
            assertThat(breaker.state()).isEqualTo(State.OPEN);
        }
    }

    @Test
    void oneMillisecondBeforeTheEndOfTheOpenPeriodStillFailsFast() {
        open();
        clock.advance(OPEN_FOR.minusMillis(1));

        assertThat(breaker.allow()).isFalse();
    }

    @Test
    void halfOpenAfterTheOpenPeriodLetsExactlyOneTrialThrough() {
        openAndWaitForHalfOpen();

        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.allow()).as("the trial").isTrue();
        assertThat(breaker.allow()).as("a second request while the trial runs").isFalse();
        assertThat(breaker.allow()).isFalse();
        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
    }

    @Test
    void successfulTrialClosesTheCircuit() {
        openAndWaitForHalfOpen();
        assertThat(breaker.allow()).isTrue();

        breaker.success();

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.allow()).isTrue();
        assertThat(breaker.allow()).isTrue();
    }

    @Test
    void afterClosingItTakesThresholdFailuresAgainToOpen() {
        openAndWaitForHalfOpen();
        assertThat(breaker.allow()).isTrue();
        breaker.success();

        fail(THRESHOLD - 1);
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        fail(1);
        assertThat(breaker.state()).isEqualTo(State.OPEN);
    }

    @Test
    void failedTrialReopensImmediatelyForAFullPeriod() {
        openAndWaitForHalfOpen();
        clock.advance(Duration.ofSeconds(10));
        assertThat(breaker.allow()).isTrue();

        breaker.failure();

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.allow()).isFalse();
        clock.advance(OPEN_FOR.minusMillis(1));
        assertThat(breaker.allow()).as("the new open period runs from the failed trial").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.allow()).isTrue();
        assertThat(breaker.allow()).isFalse();
    }

    @Test
    void thresholdOfOneOpensOnTheFirstFailure() {
        CircuitBreaker sensitive = new CircuitBreaker(1, OPEN_FOR, clock);

        assertThat(sensitive.allow()).isTrue();
        sensitive.failure();

        assertThat(sensitive.state()).isEqualTo(State.OPEN);
        assertThat(sensitive.allow()).isFalse();
    }
}
