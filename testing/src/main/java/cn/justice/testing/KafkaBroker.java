package cn.justice.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real single-node Apache Kafka broker (KRaft) in a child process, run by {@code dev/kafka-broker/run-broker.sh}
 * — the same launcher {@code make up} uses. It can be stopped and started again on the same ports and data, which
 * is how tests take Kafka away and bring it back.
 */
public final class KafkaBroker implements AutoCloseable {
    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private Process process;

    public KafkaBroker(Path dataDir) {
        this.dataDir = dataDir;
        this.port = FreePorts.next();
        int c;
        do {
            c = FreePorts.next();
        } while (c == port);
        this.controllerPort = c;
    }

    /** A broker with a fresh data directory under the module's {@code target/}. */
    public static KafkaBroker fresh(String name) {
        Path dir = Path.of(System.getProperty("user.dir"), "target", name + "-" + System.nanoTime());
        return new KafkaBroker(dir);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized KafkaBroker start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        Path script = ProjectPaths.root().resolve("dev/kafka-broker/run-broker.sh");
        try {
            Files.createDirectories(dataDir);
            File log = dataDir.resolve("stdout.log").toFile();
            process = new ProcessBuilder(List.of("bash", script.toString(), dataDir.toString(),
                    String.valueOf(port), String.valueOf(controllerPort), "test"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kafka broker", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited with " + process.exitValue() + "; see " + dataDir.resolve("stdout.log"));
            }
            if (FreePorts.listening(port) && readyInLog()) {
                return this;
            }
            sleep(100);
        }
        stop();
        throw new IllegalStateException("Kafka broker did not start within 90 s; see " + dataDir);
    }

    private boolean readyInLog() {
        Path log = dataDir.resolve("logs/server.log");
        try {
            return Files.exists(log) && Files.readString(log).contains("Kafka Server started");
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the broker process (SIGTERM, then SIGKILL after 20 s) and waits until its port is free. */
    public synchronized void stop() {
        end(false);
    }

    /** Kills the broker process at once (SIGKILL: no controlled shutdown, nothing flushed), as a crash would. */
    public synchronized void kill() {
        end(true);
    }

    private void end(boolean kill) {
        if (process == null) {
            return;
        }
        try {
            if (kill) {
                process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            } else {
                process.destroy();
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
        // the log says started again next time only when it really did
        try {
            Path log = dataDir.resolve("logs/server.log");
            if (Files.exists(log)) {
                Files.move(log, dataDir.resolve("logs/server-" + System.nanoTime() + ".log"));
            }
        } catch (IOException ignored) {
            // only diagnostics
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException ignored) {
            // JVM is exiting
        }
    }

    @Override
    public void close() {
        stop();
        deleteRecursively(dataDir);
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // leftovers are under target/
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
