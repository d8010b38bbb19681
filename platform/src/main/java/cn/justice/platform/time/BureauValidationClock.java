package cn.justice.platform.time;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;

import java.time.Clock;

/**
 * Hibernate Validator's "now" for {@code @PastOrPresent}, {@code @Future} and the like: the bureau's clock, so that
 * a record dated today in Beijing is not refused as future on a UTC host between 00:00 and 08:00. Quarkus hands a
 * {@link ClockProvider} bean to the validator factory.
 */
@Singleton
public class BureauValidationClock implements ClockProvider {
    @Inject
    Clock clock;

    @Override
    public Clock getClock() {
        return clock;
    }
}
