package cn.justice.bench;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw limits every figure is compared with, measured in the same run on the same machine: PostgreSQL single-row
 * INSERT transactions (pgbench, a custom script), each application's no-op HTTP endpoint, and Kafka's own
 * producer → consumer latency on the bench broker. Each is measured once per run, on first use.
 */
final class Baselines {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern AVG = Pattern.compile("latency average = ([0-9.]+) ms");
    static final double READ_RATE = 1000;
    static final double KAFKA_RATE = 500;

    private final Bench b;
    private final Map<String, Object> out;
    private boolean generatorWarm;

    @SuppressWarnings("unchecked")
    Baselines(Bench b) {
        this.b = b;
        this.out = (Map<String, Object>) b.results.computeIfAbsent("baseline", k -> new LinkedHashMap<String, Object>());
    }

    void all() throws SQLException {
        pgbench();
        for (App a : b.apps.values()) {
            noop(a);
        }
        kafka();
    }

    // ------------------------------------------------------------------ PostgreSQL

    /** pgbench: max single-row INSERT tps (8 clients) and latency at 500 tx/s (open model: -R, schedule lag included). */
    @SuppressWarnings("unchecked")
    Map<String, Object> pgbench() throws SQLException {
        if (out.containsKey("pgbench")) {
            return (Map<String, Object>) out.get("pgbench");
        }
        try (Connection c = b.db("bench_pgbench"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS bench_insert (id BIGSERIAL PRIMARY KEY, payload TEXT NOT NULL, "
                    + "created_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp())");
            st.execute("TRUNCATE bench_insert");
        }
        Map<String, Object> r = new LinkedHashMap<>();
        try {
            Path dir = Files.createDirectories(b.run.resolve("pgbench"));
            Path script = dir.resolve("insert.sql");
            Files.writeString(script, "INSERT INTO bench_insert (payload) VALUES ('邻里纠纷 bench row');\n");
            String maxOut = pgbench(dir, script, List.of("-c", "8", "-j", "2", "-T", "10"));
            Matcher m = TPS.matcher(maxOut);
            double tps = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
            Matcher a = AVG.matcher(maxOut);
            r.put("maxTps", Bench.round1(tps));
            r.put("maxTpsClients", 8);
            r.put("maxTpsLatencyAvgMs", a.find() ? Double.parseDouble(a.group(1)) : null);
            // latency at 500 tx/s, the rate of the write p99 target: per-transaction log, latency + schedule lag
            try (var files = Files.list(dir)) {
                for (Path p : files.filter(p -> p.getFileName().toString().startsWith("pgbench_log")).toList()) {
                    Files.delete(p);
                }
            }
            pgbench(dir, script, List.of("-c", "4", "-j", "2", "-T", "8", "-R", "500", "-l"));
            Histogram h = Latency.newHistogram();
            try (var files = Files.list(dir)) {
                for (Path p : files.filter(p -> p.getFileName().toString().startsWith("pgbench_log")).toList()) {
                    for (String line : Files.readAllLines(p)) {
                        String[] f = line.trim().split("\\s+");
                        if (f.length >= 7) {
                            long micros = Long.parseLong(f[2]) + Long.parseLong(f[6]);
                            h.recordValue(Math.max(1, Math.min(Latency.HIGHEST_MICROS, micros)));
                        }
                    }
                }
            }
            r.put("at500PerSecond", Latency.of(h));
        } catch (IOException e) {
            r.put("error", e.toString());
        }
        r.put("method", "pgbench -n -f insert.sql (one INSERT of a row with a BIGSERIAL key and a timestamp, autocommit) "
                + "against database bench_pgbench on the same server; max: 8 clients, 10 s; at 500/s: -R 500 -c 4, latency "
                + "= transaction time + schedule lag");
        out.put("pgbench", r);
        Bench.say("pgbench: " + r.get("maxTps") + " INSERT tx/s (8 clients); at 500/s "
                + (r.get("at500PerSecond") instanceof Latency l ? l.brief() : "?"));
        return r;
    }

    private String pgbench(Path dir, Path script, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("pgbench", "-n", "-h", b.dbHost, "-p", Integer.toString(b.dbPort),
                "-U", b.dbUser, "-f", script.toString()));
        cmd.addAll(args);
        cmd.add("bench_pgbench");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException("pgbench failed: " + text);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return text;
    }

    // ------------------------------------------------------------------ no-op endpoint

    /** GET /bench/noop (204, no security, no database) of an application at 1,000 req/s. */
    @SuppressWarnings("unchecked")
    OpenLoad.Result noop(App a) {
        Map<String, Object> noops = (Map<String, Object>) out.computeIfAbsent("noop", k -> new LinkedHashMap<String, Object>());
        if (noops.get(a.name) instanceof OpenLoad.Result r) {
            return r;
        }
        OpenLoad.Result r = noopNow(a);
        noops.put(a.name, r);
        Bench.say(a.name + " no-op at " + (int) READ_RATE + "/s: " + r.latency().brief() + " errors " + r.errors());
        return r;
    }

    /**
     * The no-op endpoint measured now (not remembered): the read scenario compares each read with the same application's
     * no-op measured just before it, in the same state (JIT, heap, machine load), not with the figure of the baseline
     * scenario, which runs seconds after the cold start.
     */
    OpenLoad.Result noopNow(App a) {
        var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(a.url() + "/bench/noop"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        // the generator's own JIT: its first seconds of load cost it 2-3 times the CPU of later ones (clientCpuSeconds)
        b.load.run("warm-up", 500, Duration.ofSeconds(generatorWarm ? 2 : 10), i -> req, resp -> resp.statusCode() == 204, null);
        generatorWarm = true;
        return b.load.run(a.name + " GET /bench/noop", READ_RATE, Duration.ofSeconds(6), i -> req,
                resp -> resp.statusCode() == 204, null);
    }

    // ------------------------------------------------------------------ Kafka

    /**
     * Kafka's own end-to-end latency on the bench broker: a producer configured as the outbox relay's (idempotent,
     * acks=all, linger 0) sends at 500 msg/s (open model) to a 3-partition topic; a consumer configured as the gateway's
     * (fetch.max.wait.ms 100) receives. Latency = receive time − due send time.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> kafka() {
        if (out.containsKey("kafka")) {
            return (Map<String, Object>) out.get("kafka");
        }
        String topic = "bench.e2e-latency";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, b.kafka))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // exists already
        }
        Properties pp = new Properties();
        pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, b.kafka);
        pp.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        pp.put(ProducerConfig.ACKS_CONFIG, "all");
        pp.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        Properties cp = new Properties();
        cp.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, b.kafka);
        cp.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        cp.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        Histogram h = Latency.newHistogram();
        AtomicLong received = new AtomicLong();
        long n = (long) (KAFKA_RATE * 10);
        Map<String, Object> r = new LinkedHashMap<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(pp, new ByteArraySerializer(), new ByteArraySerializer());
             KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(cp, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                parts.add(new TopicPartition(topic, i));
            }
            consumer.assign(parts);
            consumer.seekToEnd(parts);
            parts.forEach(consumer::position);
            // warm-up: connections and metadata
            for (int i = 0; i < 200; i++) {
                producer.send(new ProducerRecord<>(topic, new byte[8])).get();
            }
            consumer.poll(Duration.ofMillis(500));
            consumer.seekToEnd(parts);
            parts.forEach(consumer::position);
            Thread poller = new Thread(() -> {
                while (received.get() < n && !Thread.currentThread().isInterrupted()) {
                    for (ConsumerRecord<byte[], byte[]> rec : consumer.poll(Duration.ofMillis(200))) {
                        long due = ByteBuffer.wrap(rec.value()).getLong();
                        if (due > 0) {
                            Latency.record(h, System.nanoTime() - due);
                            received.incrementAndGet();
                        }
                    }
                }
            }, "kafka-baseline-consumer");
            poller.start();
            double interval = 1e9 / KAFKA_RATE;
            long start = System.nanoTime() + 5_000_000;
            for (long i = 0; i < n; i++) {
                long due = start + (long) (i * interval);
                OpenLoad.waitUntil(due);
                byte[] v = ByteBuffer.allocate(64).putLong(due).array();
                producer.send(new ProducerRecord<>(topic, Long.toString(i).getBytes(StandardCharsets.UTF_8), v));
            }
            producer.flush();
            poller.join(15_000);
            poller.interrupt();
            poller.join(2_000);
        } catch (Exception e) {
            r.put("error", e.toString());
        }
        r.put("rate", KAFKA_RATE);
        r.put("sent", n);
        r.put("received", received.get());
        r.put("latency", Latency.of(h));
        r.put("method", "producer as the outbox relay's (idempotent, acks=all, linger.ms 0), consumer as the gateway's "
                + "(fetch.max.wait.ms 100), both in the harness; 500 msg/s for 10 s, 3 partitions, 64-byte values; "
                + "latency from the due send time to receipt");
        out.put("kafka", r);
        Bench.say("kafka end-to-end at " + (int) KAFKA_RATE + " msg/s: " + Latency.of(h).brief() + ", " + received.get()
                + " of " + n + " received");
        return r;
    }
}
