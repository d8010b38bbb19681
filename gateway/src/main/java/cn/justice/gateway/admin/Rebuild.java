package cn.justice.gateway.admin;

import cn.justice.gateway.readmodel.EventConsumer;
import cn.justice.gateway.readmodel.ReadModel;
import cn.justice.platform.events.CloudEventCodec;
import cn.justice.platform.problem.ProblemException;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code POST /api/v1/admin/rebuild}: replays the topics from the beginning into fresh tables ({@code *_next}) while
 * the live read model keeps answering, then — with the live consumer held for a moment — replays what arrived in
 * the meantime and swaps the tables in one transaction. Nothing is lost: every event the live consumer applied
 * before the swap is also in the new tables, and one it sees again after the swap is a duplicate.
 */
@ApplicationScoped
public class Rebuild {
    private static final Logger LOG = Logger.getLogger(Rebuild.class);
    private static final String[] TABLES = {"processed_event", "contribution", "rollup", "member_rollup", "work_item"};

    public enum State { IDLE, RUNNING, DONE, FAILED }

    public record Status(State state, Instant startedAt, Instant finishedAt, long events, long skipped,
                         Double eventsPerSecond, String error) {
    }

    @Inject
    ReadModel readModel;
    @Inject
    EventConsumer liveConsumer;
    @Inject
    AgroalDataSource dataSource;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "justice.readmodel.topics")
    List<String> topics;

    private volatile Status status = new Status(State.IDLE, null, null, 0, 0, null, null);

    public Status status() {
        return status;
    }

    public synchronized Status start() {
        if (status.state() == State.RUNNING) {
            throw ProblemException.conflict("a rebuild is already running since " + status.startedAt());
        }
        status = new Status(State.RUNNING, Instant.now(), null, 0, 0, null, null);
        Thread t = new Thread(this::run, "read-model-rebuild");
        t.setDaemon(true);
        t.start();
        return status;
    }

    private void run() {
        Instant started = status.startedAt();
        long[] counts = new long[2];
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props(), new StringDeserializer(), new ByteArrayDeserializer())) {
            prepareNextTables();
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            replayUntil(consumer, consumer.endOffsets(partitions), counts);
            // final catch-up and swap while the live consumer waits
            var lock = liveConsumer.applyLock().writeLock();
            lock.lock();
            try {
                replayUntil(consumer, consumer.endOffsets(partitions), counts);
                swap();
            } finally {
                lock.unlock();
            }
            Instant finished = Instant.now();
            double seconds = Math.max(0.001, Duration.between(started, finished).toMillis() / 1000.0);
            status = new Status(State.DONE, started, finished, counts[0], counts[1], Math.round(counts[0] / seconds * 10) / 10.0, null);
            LOG.infof("Read model rebuilt from %d events in %.1f s (%.0f events/s)", counts[0], seconds, counts[0] / seconds);
        } catch (RuntimeException | SQLException e) {
            LOG.error("Read-model rebuild failed; the live read model is unchanged", e);
            status = new Status(State.FAILED, started, Instant.now(), counts[0], counts[1], null, e.toString());
        }
    }

    private void replayUntil(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end, long[] counts) {
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            var records = consumer.poll(Duration.ofMillis(500));
            List<ReadModel.Prepared> batch = new ArrayList<>(records.count());
            for (ConsumerRecord<String, byte[]> r : records) {
                try {
                    batch.add(ReadModel.prepare(CloudEventCodec.fromJson(r.value())));
                } catch (IllegalArgumentException | java.time.DateTimeException e) {
                    counts[1]++; // malformed or never applicable: skipped, as the live consumer does
                }
            }
            if (!batch.isEmpty()) {
                // one transaction and a few set-based statements per polled batch: a rebuild is a bulk load
                QuarkusTransaction.requiringNew().run(() -> readModel.applyAll(batch, ReadModel.Tables.NEXT));
                counts[0] += batch.size();
                Status s = status;
                status = new Status(State.RUNNING, s.startedAt(), null, counts[0], counts[1], null, null);
            }
        }
    }

    private void prepareNextTables() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String t : TABLES) {
                st.execute("DROP TABLE IF EXISTS " + t + "_next");
                st.execute("CREATE TABLE " + t + "_next (LIKE " + t + " INCLUDING ALL)");
            }
        }
    }

    /** Renames the rebuilt tables (and their indexes) into place and drops the old ones, in one transaction. */
    private void swap() {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                for (String t : TABLES) {
                    st.execute("DROP TABLE " + t);
                    st.execute("ALTER TABLE " + t + "_next RENAME TO " + t);
                    List<String> indexes = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery("SELECT indexname FROM pg_indexes WHERE tablename = '" + t + "'")) {
                        while (rs.next()) {
                            indexes.add(rs.getString(1));
                        }
                    }
                    for (String index : indexes) {
                        if (index.startsWith(t + "_next")) {
                            st.execute("ALTER INDEX " + index + " RENAME TO " + t + index.substring((t + "_next").length()));
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("swap failed", e);
            }
        });
    }

    private Properties props() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return p;
    }
}
