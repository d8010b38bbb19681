package cn.justice.gateway.subscription;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed webhook delivery is tried again (docs/work-queue.md: retries with backoff for 24 h): the delay doubles from
 * {@code first} after each failed attempt, up to {@code longest}; once the next attempt would fall after
 * {@code retryFor} from the delivery's creation, the delivery is given up.
 *
 * @param first    the delay after the first failed attempt
 * @param longest  the longest delay between two attempts
 * @param retryFor how long after its creation a delivery is still tried
 */
public record DeliveryBackoff(Duration first, Duration longest, Duration retryFor) {
    public DeliveryBackoff {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || retryFor.isNegative()) {
            throw new IllegalArgumentException("backoff needs 0 < first <= longest and retryFor >= 0");
        }
    }

    /** The delay after {@code failedAttempts} (≥ 1) failed attempts: first · 2^(failedAttempts − 1), at most longest. */
    public Duration delay(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1");
        }
        Duration d = first;
        for (int i = 1; i < failedAttempts && d.compareTo(longest) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(longest) > 0 ? longest : d;
    }

    /** The time of the next attempt after a failure at {@code now}, or empty when the delivery is to be given up. */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant createdAt, Instant now) {
        Instant next = now.plus(delay(failedAttempts));
        return next.isAfter(createdAt.plus(retryFor)) ? Optional.empty() : Optional.of(next);
    }
}
