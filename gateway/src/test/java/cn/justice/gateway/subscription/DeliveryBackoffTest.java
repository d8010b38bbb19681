package cn.justice.gateway.subscription;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryBackoffTest {
    static final DeliveryBackoff PRODUCTION = new DeliveryBackoff(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(24));
    static final Instant CREATED = Instant.parse("2026-12-07T00:00:00Z");

    @Test
    void theDelayDoublesUpToTheLongest() {
        assertThat(PRODUCTION.delay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(PRODUCTION.delay(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(PRODUCTION.delay(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(PRODUCTION.delay(8)).isEqualTo(Duration.ofHours(1)); // 64 min capped
        assertThat(PRODUCTION.delay(1_000)).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> PRODUCTION.delay(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeliveryIsTriedFor24HoursThenGivenUp() {
        assertThat(PRODUCTION.nextAttempt(1, CREATED, CREATED)).contains(CREATED.plusSeconds(30));
        Instant late = CREATED.plus(Duration.ofHours(23));
        assertThat(PRODUCTION.nextAttempt(20, CREATED, late)).contains(late.plus(Duration.ofHours(1)));
        assertThat(PRODUCTION.nextAttempt(20, CREATED, late.plusSeconds(1))).isEmpty();
        // attempts over 24 h: 30 s, 1, 2, 4, 8, 16, 32 min, then hourly
        int attempts = 0;
        Instant now = CREATED;
        while (true) {
            var next = PRODUCTION.nextAttempt(++attempts, CREATED, now);
            if (next.isEmpty()) {
                break;
            }
            now = next.get();
        }
        assertThat(attempts).isEqualTo(30);
        assertThat(now).isBeforeOrEqualTo(CREATED.plus(Duration.ofHours(24)));
    }

    @Test
    void aBackoffMustMakeSense() {
        assertThatThrownBy(() -> new DeliveryBackoff(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(24)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliveryBackoff(Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofHours(24)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
