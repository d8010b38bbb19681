package cn.justice.gateway.subscription;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

/** The webhook notifications of the work queue ({@code justice.subscriptions.*}, docs/work-queue.md). */
@ConfigMapping(prefix = "justice.subscriptions")
public interface SubscriptionConfig {
    /** How often the dispatcher looks for new items and due deliveries ({@code @Scheduled} reads it too). */
    Duration poll();

    /**
     * Host names or literal addresses on the bureau's own network that subscriptions may call (a county system
     * inside the network, named on purpose); every other private, loopback or link-local target is refused.
     */
    Optional<Set<String>> allowedHosts();

    /**
     * Base64 of the 256-bit AES key that seals the subscriptions' secrets in the database (production: from a secret,
     * {@code JUSTICE_WEBHOOK_SECRET_KEY}; never one of the services' personal-data keys).
     */
    String secretKey();

    /** The longest one attempt may take, connecting included; a slower receiver counts as failed. */
    @WithDefault("PT5S")
    Duration timeout();

    /** The delay after the first failed attempt; it doubles after each further failure. */
    @WithDefault("PT30S")
    Duration firstRetry();

    /** The longest delay between two attempts. */
    @WithDefault("PT1H")
    Duration longestRetry();

    /** How long after it was made a delivery is still tried; then it is FAILED. */
    @WithDefault("PT24H")
    Duration retryFor();

    /** Deliveries attempted at once, per dispatcher run. */
    @WithDefault("32")
    int batch();

    /** Each township's daily digest is made at or after this time of the bureau's day. */
    @WithDefault("08:00")
    LocalTime digestAt();

    /** How many days back an item that turned overdue is still notified (the dispatcher was down that long). */
    @WithDefault("7")
    int overdueCatchUpDays();

    /** Active subscriptions a county may have. */
    @WithDefault("50")
    int maxPerCounty();
}
