package cn.justice.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One application of the stack in its own JVM, as in production: the packaged fast-jar (copied away from target/ so a
 * concurrent build cannot swap it), the prod profile, an explicit heap, its own port and bench database. Its pid is
 * written to {@code <run>/pids/<name>.pid} so that dev/bench.sh can stop it even if the harness dies.
 */
public final class App {
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    public final String name;
    public final int port;
    private final Path jar;
    private final Path log;
    private final Path pidFile;
    private final List<String> jvmOptions;
    private final Map<String, String> properties;
    private final Map<String, String> env;
    private Process process;
    private long startedAt;

    public App(String name, int port, Path jar, Path runDir, List<String> jvmOptions, Map<String, String> properties,
               Map<String, String> env) {
        this.name = name;
        this.port = port;
        this.jar = jar;
        this.log = runDir.resolve("logs").resolve(name + ".log");
        this.pidFile = runDir.resolve("pids").resolve(name + ".pid");
        this.jvmOptions = jvmOptions;
        this.properties = properties;
        this.env = env;
    }

    /** The applications' JDK (BENCH_APP_JAVA_HOME; default: the harness's own). */
    static final String JAVA_HOME = Bench.prop("bench.app.java.home", System.getProperty("java.home"));
    /** BENCH_AOT=1: start with JDK 25's AOT cache instead of the AppCDS archive (needs BENCH_APP_JAVA_HOME ≥ 25). */
    static final boolean AOT = Boolean.parseBoolean(Bench.prop("bench.aot", "false"));
    private boolean training;

    /** "IMPLEMENTOR JAVA_VERSION" of the applications' JDK (its {@code release} file): the results name no paths. */
    static String javaRelease() {
        try {
            Map<String, String> kv = new java.util.HashMap<>();
            for (String line : Files.readAllLines(Path.of(JAVA_HOME, "release"))) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    kv.put(line.substring(0, eq), line.substring(eq + 1).replace("\"", ""));
                }
            }
            return kv.getOrDefault("IMPLEMENTOR", "?") + " " + kv.getOrDefault("JAVA_VERSION", "?");
        } catch (IOException e) {
            return "unknown";
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** Starts the JVM (returns at once); {@link #awaitReady} measures the time from here. */
    public void start(List<String> extraJvmOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(JAVA_HOME, "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(extraJvmOptions);
        Path aotCache = jar.resolveSibling("app.aot");
        if (AOT) {
            // JDK 25's AOT cache (JEP 483/514/515) instead of AppCDS: the first start is the training run, and the JVM
            // writes the cache (linked classes, profiles, compiled code) when it exits; later starts use it
            training = !Files.exists(aotCache);
            cmd.add(training ? "-XX:AOTCacheOutput=" + aotCache.getFileName() : "-XX:AOTCache=" + aotCache.getFileName());
        } else {
            // AppCDS archive made by the build (dev/bench.sh); absent: no AppCDS. The JVM uses it only when the class
            // path is the one it was made with: `-jar quarkus-run.jar` run in quarkus-app/, with the jars' original
            // timestamps (dev/bench.sh copies them with cp -p); otherwise it is silently ignored.
            Path classArchive = jar.resolveSibling("app-cds.jsa");
            if (Files.exists(classArchive)) {
                cmd.add("-XX:SharedArchiveFile=" + classArchive.getFileName());
            }
        }
        cmd.add("-Djustice.bench=true"); // tag: leftovers can be found by their command line
        properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("-jar");
        cmd.add(jar.getFileName().toString());
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(pidFile.getParent());
            Files.writeString(log, "=== " + java.time.Instant.now() + " " + String.join(" ", cmd) + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(jar.getParent().toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            pb.environment().putAll(env);
            startedAt = System.nanoTime();
            process = pb.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits for the first 200 of {@code /q/health/ready}, polling every 10 ms.
     *
     * @return seconds from process start to that first 200
     */
    public double awaitReady(HttpClient http, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(ready, HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return Math.round((System.nanoTime() - startedAt) / 1e6) / 1000.0;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s; see " + log);
    }

    /** Quarkus's own "started in X s" of the latest start, from the log (null if not found). */
    public Double quarkusStartedIn() {
        try {
            String text = Files.readString(log);
            text = text.substring(Math.max(0, text.lastIndexOf("=== "))); // this start's part of the log only
            Matcher m = STARTED.matcher(text);
            Double last = null;
            while (m.find()) {
                last = Double.parseDouble(m.group(1));
            }
            return last;
        } catch (IOException e) {
            return null;
        }
    }

    /** SIGTERM, then SIGKILL after 15 s. */
    public void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            // a training run assembles the AOT cache as it exits: that takes a while on two cores
            if (!process.waitFor(training ? 600 : 15, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // best effort
        }
        training = false;
        process = null;
    }

    public Path log() {
        return log;
    }
}
