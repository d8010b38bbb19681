package cn.justice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Scenario 5, read-model rebuild: {@code POST /api/v1/admin/rebuild} replays the four topics from the beginning into
 * fresh tables and swaps them in. Measures events per second (the gateway's own figure from
 * {@code GET /api/v1/admin/rebuild}, and events on the topics ÷ wall time from the POST to DONE), while progress reads
 * go on at 50/s (they must keep working). Needs events on the topics: those of the earlier scenarios, or 20,000 seeded
 * here. Afterwards the read model holds exactly what the topics say (the synthetic records of the indicator scenario
 * were never events and are gone).
 */
final class Rebuild {
    private final Bench b;

    Rebuild(Bench b) {
        this.b = b;
    }

    void run() throws SQLException {
        if (eventsOnTopics() < 20_000) {
            seed();
        }
        b.awaitDrained(Duration.ofSeconds(300));
        long events = eventsOnTopics();
        String progressUrl = b.gateway().url() + "/api/v1/plans/15th-fyp/progress?orgCode=" + Bench.COUNTY;
        List<Object> timeline = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("eventsOnTopics", events);
        Instant t0 = Instant.now();
        long n0 = System.nanoTime();
        HttpResponse<String> started = b.send(b.request(b.gateway().url() + "/api/v1/admin/rebuild")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        out.put("postStatus", started.statusCode());
        if (started.statusCode() != 202) {
            out.put("error", started.body());
            b.results.put("rebuild", out);
            Bench.say("rebuild did not start: " + started.statusCode() + " " + started.body());
            return;
        }
        // progress reads keep going during the rebuild (they must keep answering from the live tables)
        List<OpenLoad.Result> during = java.util.Collections.synchronizedList(new ArrayList<>());
        JsonNode status;
        b.sampling(true);
        var readLoad = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (readLoad.get()) {
                during.add(b.load.run("progress during rebuild", 50, Duration.ofSeconds(2), i -> b.get(progressUrl),
                        resp -> resp.statusCode() == 200, null));
            }
        }, "reads-during-rebuild");
        reader.start();
        try {
            while (true) {
                status = b.getJson(b.gateway().url() + "/api/v1/admin/rebuild");
                double s = (System.nanoTime() - n0) / 1e9;
                timeline.add(Bench.map("seconds", Math.round(s * 10) / 10.0, "state", status.path("state").asText(),
                        "events", status.path("events").asLong()));
                String state = status.path("state").asText();
                if (state.equals("DONE") || state.equals("FAILED")) {
                    break;
                }
                if (s > 900) {
                    out.put("error", "not done after 900 s");
                    break;
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            readLoad.set(false);
            try {
                reader.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            b.sampling(false);
        }
        double wall = (System.nanoTime() - n0) / 1e9;
        out.put("status", status);
        out.put("wallSeconds", Math.round(wall * 10) / 10.0);
        out.put("eventsPerSecondWall", Math.round(status.path("events").asLong() / wall));
        out.put("eventsPerSecondGateway", status.path("eventsPerSecond").isNumber() ? status.path("eventsPerSecond").asDouble() : null);
        long readOk = during.stream().mapToLong(OpenLoad.Result::ok).sum();
        long readErr = during.stream().mapToLong(OpenLoad.Result::errors).sum();
        double worstP99 = during.stream().mapToDouble(r -> r.latency().p99()).filter(d -> !Double.isNaN(d)).max().orElse(Double.NaN);
        out.put("progressReadsDuringRebuild", Bench.map("rate", 50, "ok", readOk, "errors", readErr,
                "worstP99Ms", worstP99));
        out.put("contributionsAfter", b.count("gateway_bench", "SELECT count(*) FROM contribution"));
        out.put("aggregatesWritten", aggregates());
        out.put("timeline", timeline);
        out.put("method", "POST /api/v1/admin/rebuild with " + events + " events on the four topics; GET polled every "
                + "250 ms; eventsPerSecondGateway = the gateway's own figure (events ÷ its start-to-finish time), "
                + "eventsPerSecondWall = events ÷ POST-to-DONE wall time; progress reads at 50/s run meanwhile");
        b.results.put("rebuild", out);
        Bench.say("rebuild of " + status.path("events").asLong() + " events: " + status.path("state").asText() + " in "
                + Math.round(wall * 10) / 10.0 + " s = " + out.get("eventsPerSecondWall") + " events/s (gateway: "
                + out.get("eventsPerSecondGateway") + "); reads meanwhile ok " + readOk + " errors " + readErr
                + " worst p99 " + Report.num(worstP99) + " ms");
    }

    /** Aggregates the services hold (= contributions a rebuild must produce). */
    private long aggregates() throws SQLException {
        long n = 0;
        for (Service s : b.services) {
            n += b.count(s.db(), "SELECT count(DISTINCT message_key) FROM outbox_event");
        }
        return n;
    }

    private void seed() throws SQLException {
        for (Service s : b.services) {
            b.load.run("seed", 500, Duration.ofSeconds(10),
                    i -> b.post(b.app(s).url() + s.createPath(), s.body(i, Writes.township(i), b.today)),
                    r -> r.statusCode() == 201, null);
        }
    }

    long eventsOnTopics() {
        Properties p = new Properties();
        p.put("bootstrap.servers", b.kafka);
        p.put("allow.auto.create.topics", "false");
        long total = 0;
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = new ArrayList<>();
            for (String topic : List.of("justice.mediation.v1", "justice.correction.v1", "justice.legal-aid.v1", "justice.publicity.v1",
                    "justice.rule-of-law.v1")) {
                List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(5));
                if (infos != null) {
                    infos.forEach(i -> parts.add(new TopicPartition(topic, i.partition())));
                }
            }
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            Map<TopicPartition, Long> begin = c.beginningOffsets(parts);
            for (TopicPartition tp : parts) {
                total += end.get(tp) - begin.get(tp);
            }
        }
        return total;
    }
}
