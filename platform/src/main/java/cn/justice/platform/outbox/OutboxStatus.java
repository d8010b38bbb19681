package cn.justice.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the outbox looks like now: backlog size and age of the oldest unpublished row (metrics
 * {@code outbox_backlog} and {@code outbox_oldest_unpublished_seconds}), whether this instance leads the relay
 * and whether Kafka answered its last publish. Also deletes published rows after the retention period.
 */
@ApplicationScoped
public class OutboxStatus {
    private static final Logger LOG = Logger.getLogger(OutboxStatus.class);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    MeterRegistry registry;
    @ConfigProperty(name = "justice.outbox.retention", defaultValue = "P7D")
    Duration retention;

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();
    private volatile boolean leader;
    private volatile String lastKafkaError;

    @PostConstruct
    void registerMetrics() {
        Gauge.builder("outbox_backlog", backlog, AtomicLong::get)
                .description("Outbox events not yet published to Kafka").register(registry);
        Gauge.builder("outbox_oldest_unpublished_seconds", oldestSeconds, AtomicLong::get)
                .description("Age in seconds of the oldest unpublished outbox event (0 when none)").register(registry);
    }

    @Scheduled(every = "${justice.outbox.metrics-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT count(*), "
                     + "coalesce(extract(epoch FROM clock_timestamp() - min(created_at)), 0) "
                     + "FROM outbox_event WHERE published_at IS NULL")) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                backlog.set(rs.getLong(1));
                oldestSeconds.set((long) Math.floor(rs.getDouble(2)));
            }
        } catch (SQLException e) {
            LOG.debugf("outbox metrics not refreshed: %s", e.getMessage());
        }
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "DELETE FROM outbox_event WHERE published_at < clock_timestamp() - make_interval(secs => ?)")) {
            ps.setDouble(1, retention.toSeconds());
            int n = ps.executeUpdate();
            if (n > 0) {
                LOG.infof("Purged %d published outbox events older than %s", n, retention);
            }
        } catch (SQLException e) {
            LOG.warnf("outbox purge failed: %s", e.getMessage());
        }
    }

    public long backlog() {
        return backlog.get();
    }

    public long oldestUnpublishedSeconds() {
        return oldestSeconds.get();
    }

    public boolean leader() {
        return leader;
    }

    void leader(boolean leader) {
        this.leader = leader;
    }

    void kafkaFailed(String error) {
        lastKafkaError = error;
    }

    void kafkaOk() {
        lastKafkaError = null;
    }

    /** The last publish error, or null when the last publish succeeded. */
    public String lastKafkaError() {
        return lastKafkaError;
    }
}
