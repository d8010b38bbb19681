package cn.justice.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The bureau's clock (局里的"今天"): the time of the system, in the bureau's zone ({@code justice.zone}, default
 * Asia/Shanghai, set per deployment), never the host's. Every date the applications compute — "today" for a
 * {@code @PastOrPresent} check, a defaulted {@code acceptedOn}, an overdue flag, a 7/10/30-day deadline, the current
 * plan year — comes from this one clock. Hosts and images run UTC; before 08:00 Beijing time the host's date is
 * still yesterday. Instants stay UTC on the wire: only the calendar date depends on the zone.
 *
 * <p>A {@link DefaultBean}: tests replace it with a clock they can set (the {@code testing} module's
 * {@code SettableClock}).
 */
@Singleton
public class BureauClock {
    public static final String ZONE_PROPERTY = "justice.zone";
    public static final String DEFAULT_ZONE = "Asia/Shanghai";

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(@ConfigProperty(name = ZONE_PROPERTY, defaultValue = DEFAULT_ZONE) String zone) {
        return Clock.system(zone(zone));
    }

    /** The configured zone, or a start-up failure that names the property. */
    public static ZoneId zone(String configured) {
        try {
            return ZoneId.of(configured.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(ZONE_PROPERTY + "=" + configured + " is not a time zone id (e.g. "
                    + DEFAULT_ZONE + "): " + e.getMessage(), e);
        }
    }
}
