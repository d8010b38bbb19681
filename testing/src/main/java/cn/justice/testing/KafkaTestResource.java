package cn.justice.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Starts a real Kafka broker (a child process, see {@link KafkaBroker}) for a module's {@code @QuarkusTest}s and
 * points {@code kafka.bootstrap.servers} at it. Tests reach it through {@link #broker()}.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {
    private static KafkaBroker broker;

    public static synchronized KafkaBroker broker() {
        return broker;
    }

    @Override
    public synchronized Map<String, String> start() {
        if (broker == null) {
            broker = KafkaBroker.fresh("kafka-test").start();
        }
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public synchronized void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
