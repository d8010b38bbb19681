package cn.justice.gateway.readmodel;

import cn.justice.platform.events.CloudEvent;
import cn.justice.platform.events.CloudEventCodec;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * Consumes the four service topics in one consumer group and applies each event to the {@link ReadModel}. Offsets
 * are committed after the events are applied, so a crash re-delivers, and the read model's processed-event ids
 * make the re-delivery harmless. A poison message (not a CloudEvent, an unknown type, data that cannot be applied)
 * can never become valid: it is recorded in {@link DeadLetters}, counted in {@code readmodel_dead_letters_total} and
 * skipped.
 */
@ApplicationScoped
public class EventConsumer {
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "justice.readmodel.topics")
    List<String> topics;
    @ConfigProperty(name = "justice.readmodel.consumer-group")
    String group;
    @ConfigProperty(name = "justice.readmodel.consumer.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    ReadModel readModel;
    @Inject
    MeterRegistry registry;
    @Inject
    DeadLetters deadLetters;

    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;
    private Counter applied;
    private Counter skipped;
    private Counter deadLettered;
    private final java.util.concurrent.atomic.AtomicLong lag = new java.util.concurrent.atomic.AtomicLong();
    private volatile Instant lastEventTime;
    /** Held (read) while an event is applied; a rebuild takes it (write) to catch up and swap tables. */
    private final java.util.concurrent.locks.ReentrantReadWriteLock applyLock = new java.util.concurrent.locks.ReentrantReadWriteLock();

    public java.util.concurrent.locks.ReentrantReadWriteLock applyLock() {
        return applyLock;
    }

    void onStart(@Observes StartupEvent ev) {
        applied = Counter.builder("readmodel_events_applied").register(registry);
        skipped = Counter.builder("readmodel_events_skipped").description("duplicates, stale versions, poison messages").register(registry);
        deadLettered = Counter.builder("readmodel_dead_letters").description("poison messages recorded in dead_letter and skipped")
                .register(registry);
        io.micrometer.core.instrument.Gauge.builder("readmodel_consumer_lag", lag, java.util.concurrent.atomic.AtomicLong::get)
                .description("Events on the topics not yet applied to the read model").register(registry);
        io.micrometer.core.instrument.Gauge.builder("readmodel_last_event_age_seconds", this,
                        c -> c.lastEventTime == null ? 0 : Duration.between(c.lastEventTime, Instant.now()).toMillis() / 1000.0)
                .description("Age of the newest event applied (0 before the first)").register(registry);
        if (!enabled) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "read-model-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent ev) {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(props(), new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer = c;
                c.subscribe(topics);
                while (running) {
                    ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(500));
                    List<ReadModel.Prepared> batch = new java.util.ArrayList<>(records.count());
                    for (ConsumerRecord<String, byte[]> r : records) {
                        ReadModel.Prepared p = prepare(r);
                        if (p != null) {
                            batch.add(p);
                        }
                    }
                    applyAll(batch);
                    if (!records.isEmpty()) {
                        c.commitSync();
                    }
                    long total = 0;
                    for (var tp : c.assignment()) {
                        total += c.currentLag(tp).orElse(0);
                    }
                    lag.set(total);
                }
            } catch (WakeupException e) {
                // shutting down
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("Read-model consumer failed (%s); restarting in 1 s — uncommitted events are re-delivered", e.toString());
                    sleep(1000);
                }
            } finally {
                consumer = null;
            }
        }
    }

    /** The event of a record, checked and turned into its contribution; null for a poison message (dead-lettered). */
    private ReadModel.Prepared prepare(ConsumerRecord<String, byte[]> r) {
        CloudEvent event;
        try {
            event = CloudEventCodec.fromJson(r.value());
        } catch (IllegalArgumentException e) {
            LOG.errorf("Skipping malformed message %s-%d@%d: %s", r.topic(), r.partition(), r.offset(), e.getMessage());
            deadLetter(new DeadLetters.Poison(r.topic(), r.partition(), r.offset(), r.value(), null, null, null,
                    "not a CloudEvent: " + DeadLetters.reasonOf(e)));
            return null;
        }
        try {
            return ReadModel.prepare(event);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            LOG.errorf("Skipping event %s (%s) that can never be applied: %s", event.id(), event.type(), e.getMessage());
            deadLetter(new DeadLetters.Poison(r.topic(), r.partition(), r.offset(), r.value(), String.valueOf(event.id()),
                    event.type(), event.countycode(), DeadLetters.reasonOf(e)));
            return null;
        }
    }

    /**
     * Applies a polled batch in one transaction with {@link ReadModel#applyAll}: one commit (one WAL flush) and a
     * handful of set-based statements for up to 500 events instead of a commit and four statements per event, which
     * is what bounds freshness under load. Each event keeps its idempotent, versioned outcome. If the batch fails
     * (database away, or a deadlock with another gateway instance whose batch touches the same county rows), nothing
     * of it was written: it is applied again event by
     * event, each in its own transaction with sorted rollup keys, retrying until applied.
     */
    private void applyAll(List<ReadModel.Prepared> batch) {
        if (batch.isEmpty()) {
            return;
        }
        if (batch.size() > 1) {
            List<ReadModel.Outcome> outcomes = new java.util.ArrayList<>(batch.size());
            applyLock.readLock().lock();
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    outcomes.clear();
                    outcomes.addAll(readModel.applyAll(batch, ReadModel.Tables.LIVE));
                });
                for (int i = 0; i < batch.size(); i++) {
                    counted(batch.get(i).event(), outcomes.get(i));
                }
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Applying a batch of %d events failed (%s); applying them one by one", batch.size(), e.toString());
            } finally {
                applyLock.readLock().unlock();
            }
        }
        for (ReadModel.Prepared p : batch) {
            applyOne(p);
        }
    }

    private void counted(CloudEvent event, ReadModel.Outcome o) {
        (o == ReadModel.Outcome.APPLIED ? applied : skipped).increment();
        if (o == ReadModel.Outcome.APPLIED && event.time() != null
                && (lastEventTime == null || event.time().isAfter(lastEventTime))) {
            lastEventTime = event.time();
        }
    }

    /** One event in its own transaction; a database outage must not skip it: retried until applied. */
    private void applyOne(ReadModel.Prepared prepared) {
        CloudEvent event = prepared.event();
        // offsets stay uncommitted while this retries
        while (running) {
            try {
                ReadModel.Outcome o;
                applyLock.readLock().lock();
                try {
                    o = readModel.apply(prepared, ReadModel.Tables.LIVE);
                } finally {
                    applyLock.readLock().unlock();
                }
                counted(event, o);
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Applying event %s failed (%s); retrying", event.id(), e.getMessage());
                sleep(1000);
            }
        }
        throw new WakeupException();
    }

    /** Records a poison message, retrying while the database is away (a skipped message is never lost unrecorded). */
    private void deadLetter(DeadLetters.Poison poison) {
        while (running) {
            try {
                deadLetters.record(poison);
                deadLettered.increment();
                skipped.increment();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Recording dead letter %s-%d@%d failed (%s); retrying", poison.topic(), poison.partition(),
                        poison.offset(), e.getMessage());
                sleep(1000);
            }
        }
        throw new WakeupException();
    }

    private Properties props() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, true);
        p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 5000);
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        // a crashed gateway's partitions go to a live instance after 10 s, not the 45 s default
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 2_000);
        return p;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
