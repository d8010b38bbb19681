package cn.justice.platform.outbox;

import cn.justice.platform.persistence.AdvisoryLocks;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes outbox rows to Kafka in id order with an idempotent producer (acks=all).
 * <ul>
 *   <li>One instance of a service leads (a PostgreSQL session advisory lock on a dedicated connection); the
 *   others stand by and take over when the leader's connection goes, so several instances never publish the
 *   same rows concurrently and nothing stays stuck.</li>
 *   <li>It wakes when a transaction of this instance that appended events commits ({@link OutboxSignal}) and polls
 *   every {@code justice.outbox.poll-interval} for the rows other instances wrote. After waking it gathers for
 *   {@code justice.outbox.gather} (10 ms) so that the commits of those milliseconds go out as one batch: one read
 *   and one mark of the outbox, one produce request per partition, larger batches for the consumers.</li>
 *   <li>A row is marked published only after the broker acknowledged it; while Kafka is down rows wait, the
 *   relay backs off, and it catches up in order when the broker returns. Delivery is at least once: a crash
 *   between acknowledgement and marking re-sends, consumers dedupe by event id.</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: one leader per database, i.e. per service. */
    private static final long LEADER_LOCK = 0x6f7574626f78L; // "outbox"
    /** How often a standby instance tries to become the leader. */
    private static final long STANDBY_RETRY_MILLIS = 2000;

    @ConfigProperty(name = "justice.outbox.relay.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "justice.outbox.batch-size", defaultValue = "500")
    int batchSize;
    /** How soon the leader sees rows that another instance of the service wrote (its own commits wake it at once). */
    @ConfigProperty(name = "justice.outbox.poll-interval", defaultValue = "PT0.1S")
    Duration pollInterval;
    /**
     * Pause between a wake-up and the read of the outbox. One create at a time costs the broker ~1 ms of CPU per event
     * and the gateway's consumer one batch per event (bench cost scenario, docs/performance.md); a few milliseconds
     * let concurrent commits share them. Zero publishes each commit at once.
     */
    @ConfigProperty(name = "justice.outbox.gather", defaultValue = "PT0.01S")
    Duration gather;
    @ConfigProperty(name = "justice.outbox.max-backoff", defaultValue = "PT5S")
    Duration maxBackoff;
    @ConfigProperty(name = "justice.events.partitions", defaultValue = "3")
    int partitions;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username", defaultValue = "postgres")
    String dbUser;
    @ConfigProperty(name = "quarkus.datasource.password")
    java.util.Optional<String> dbPassword;

    @Inject
    Outbox outbox;
    @Inject
    OutboxStatus status;
    @Inject
    OutboxSignal signal;
    @Inject
    MeterRegistry registry;

    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, String> producer;
    private boolean topicEnsured;
    private Counter published;

    void onStart(@Observes StartupEvent ev) {
        published = Counter.builder("outbox_published").description("Events the relay published").register(registry);
        if (!enabled) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent ev) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    private void run() {
        long backoffMillis = 200;
        while (running) {
            try (Connection c = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword.orElse(""))) {
                c.setAutoCommit(true);
                if (!tryLead(c)) {
                    status.leader(false);
                    sleep(STANDBY_RETRY_MILLIS);
                    continue;
                }
                status.leader(true);
                while (running) {
                    int n = publishBatch(c);
                    if (n < 0) {
                        sleep(backoffMillis);
                        backoffMillis = Math.min(backoffMillis * 2, maxBackoff.toMillis());
                        continue;
                    }
                    backoffMillis = 200;
                    if (n < batchSize) {
                        awaitCommit();
                        sleep(gather.toMillis());
                    }
                }
            } catch (SQLException e) {
                status.leader(false);
                if (running) {
                    LOG.warnf("Outbox relay lost its database connection (%s); retrying", e.getMessage());
                    sleep(1000);
                }
            } catch (RuntimeException e) {
                LOG.error("Outbox relay failed; restarting it", e);
                sleep(1000);
            }
        }
        status.leader(false);
    }

    private void awaitCommit() {
        try {
            signal.await(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean tryLead(Connection c) throws SQLException {
        return AdvisoryLocks.trySession(c, LEADER_LOCK);
    }

    /** @return rows published, or -1 when the broker did not acknowledge (the rest waits for the next try) */
    int publishBatch(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, topic, message_key, event_type, payload FROM outbox_event "
                        + "WHERE published_at IS NULL ORDER BY id LIMIT ?")) {
            ps.setInt(1, batchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    ProducerRecord<String, String> r = new ProducerRecord<>(rs.getString(2), rs.getString(3), rs.getString(5));
                    r.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
                    r.headers().add("ce_type", rs.getString(4).getBytes(StandardCharsets.UTF_8));
                    records.add(r);
                }
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        int acknowledged = 0;
        String failure = null;
        try {
            KafkaProducer<String, String> p = producer();
            List<Future<RecordMetadata>> futures = new ArrayList<>(records.size());
            for (ProducerRecord<String, String> r : records) {
                futures.add(p.send(r));
            }
            for (Future<RecordMetadata> f : futures) {
                f.get(30, TimeUnit.SECONDS);
                acknowledged++;
            }
        } catch (ExecutionException e) {
            failure = e.getCause() == null ? e.toString() : e.getCause().toString();
        } catch (TimeoutException | RuntimeException e) {
            failure = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        if (acknowledged > 0) {
            markPublished(c, ids.subList(0, acknowledged));
            published.increment(acknowledged);
        }
        if (failure != null) {
            status.kafkaFailed(failure);
            if (running) {
                LOG.warnf("Kafka did not acknowledge outbox events (%s); %d rows wait and will be retried", failure,
                        ids.size() - acknowledged);
            }
            // An idempotent producer whose batches expired may not recover its sequence state; start afresh.
            closeProducer();
            return -1;
        }
        status.kafkaOk();
        return acknowledged;
    }

    private void markPublished(Connection c, List<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE outbox_event SET published_at = clock_timestamp() WHERE id = ANY(?)")) {
            Array arr = c.createArrayOf("bigint", ids.toArray());
            ps.setArray(1, arr);
            ps.executeUpdate();
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000);
            props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + outbox.source().replace("/", ""));
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
            ensureTopic();
        }
        return producer;
    }

    /** Creates the service topic with the configured partitions if the broker does not have it yet. */
    private void ensureTopic() {
        if (topicEnsured) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000))) {
            admin.createTopics(List.of(new NewTopic(outbox.topic(), partitions, (short) -1))).all().get(6, TimeUnit.SECONDS);
            topicEnsured = true;
        } catch (ExecutionException e) {
            topicEnsured = e.getCause() instanceof TopicExistsException;
        } catch (Exception e) {
            LOG.debugf("Topic %s not ensured yet: %s", outbox.topic(), e);
        }
    }

    private void closeProducer() {
        KafkaProducer<String, String> p = producer;
        producer = null;
        if (p != null) {
            try {
                p.close(Duration.ofMillis(500));
            } catch (RuntimeException e) {
                LOG.debug("closing producer", e);
            }
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
