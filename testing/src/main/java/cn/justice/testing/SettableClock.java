package cn.justice.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bureau's clock in every {@code @QuarkusTest} (it replaces the platform's {@code BureauClock} producer): the
 * system time in the bureau's zone ({@code justice.zone}) until a test pins it with {@link #at(Instant)}, and again
 * after {@link #release()}. A test that pins it releases it in a {@code finally} or {@code @AfterEach}: the clock is
 * one per application, shared by the test classes that run in it.
 */
@Alternative
@Priority(1)
@Singleton
public class SettableClock extends Clock {
    private final ZoneId zone;
    private final AtomicReference<Instant> pinned = new AtomicReference<>();

    public SettableClock() {
        this(ZoneId.of(ConfigProvider.getConfig().getOptionalValue("justice.zone", String.class)
                .orElse(BureauDay.ZONE.getId())));
    }

    private SettableClock(ZoneId zone) {
        this.zone = zone;
    }

    /** From now on the clock reads {@code instant} (and stays there). */
    public void at(Instant instant) {
        pinned.set(instant);
    }

    /** Back to the system time. */
    public void release() {
        pinned.set(null);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A fixed view in another zone; the application itself only ever asks for the bureau's. */
    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(instant(), other);
    }

    @Override
    public Instant instant() {
        Instant p = pinned.get();
        return p != null ? p : Instant.now();
    }

    /** Today's date on this clock. */
    public LocalDate today() {
        return LocalDate.now(this);
    }
}
