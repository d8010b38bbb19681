package cn.justice.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

/** Reads a topic from the beginning (no consumer group), to check what services really published. */
public final class TopicReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TopicReader() {
    }

    /** A record as read: key, parsed JSON value, headers flattened. */
    public record Message(String key, JsonNode value, Map<String, String> headers, int partition, long offset) {
    }

    /** All messages on the topic now (waits up to {@code wait} for at least one matching {@code until}). */
    public static List<Message> readAll(String bootstrap, String topic, Duration wait, Predicate<List<Message>> until) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<Message> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            Instant deadline = Instant.now().plus(wait);
            List<TopicPartition> parts = List.of();
            while (parts.isEmpty() && Instant.now().isBefore(deadline)) {
                List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(5));
                parts = infos == null ? List.of() : infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            }
            if (parts.isEmpty()) {
                return out;
            }
            c.assign(parts);
            c.seekToBeginning(parts);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) {
                    Map<String, String> headers = new java.util.LinkedHashMap<>();
                    r.headers().forEach(h -> headers.put(h.key(), new String(h.value(), java.nio.charset.StandardCharsets.UTF_8)));
                    try {
                        out.add(new Message(r.key(), JSON.readTree(r.value()), headers, r.partition(), r.offset()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                if (until.test(out)) {
                    break;
                }
            }
        }
        return out;
    }

    /** Messages whose key is {@code key}, waiting until at least {@code count} arrived or {@code wait} passed. */
    public static List<Message> forKey(String bootstrap, String topic, String key, int count, Duration wait) {
        return readAll(bootstrap, topic, wait, all -> all.stream().filter(m -> key.equals(m.key())).count() >= count)
                .stream().filter(m -> key.equals(m.key())).toList();
    }
}
