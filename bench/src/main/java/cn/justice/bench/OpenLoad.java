package cn.justice.bench;

import org.HdrHistogram.Histogram;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;

/**
 * Open-model load generator: requests are due at a fixed rate (request i at {@code start + i / rate}) whatever the
 * server does, and each latency runs from the request's due time to its response. A server that slows down therefore
 * shows its queue in the latency instead of silently lowering the load (no coordinated omission). At most
 * {@code maxInFlight} requests are outstanding; when that many are waiting, the next request is sent late, and the
 * wait still counts in its latency. When the schedule has fallen {@link #MAX_LAG} behind (the server takes far less
 * than the offered rate), the run stops sending: the requests not sent count as errors ({@code not-sent (overload)}),
 * and the percentiles then cover the requests sent (an underestimate of an already failed run).
 *
 * <p>Requests go out through one Vert.x (Netty) event loop over keep-alive HTTP/1.1 connections (up to
 * {@code maxInFlight}). The generator shares the two cores with the system it measures, so its own cost matters:
 * java.net.http, used before, took 0.48 ms of CPU per request (half a core at 1,000 req/s, measured with
 * {@link Result#clientCpuSeconds()}); docs/performance.md has the comparison. Requests are described with
 * java.net.http's {@link HttpRequest} (method, URI, headers, body), the same value the scenarios use for single calls.
 */
public final class OpenLoad implements AutoCloseable {
    static final long MAX_LAG = 5_000_000_000L;
    private final Vertx vertx;
    private final HttpClient client;
    private final int maxInFlight;
    private final Duration requestTimeout;

    /** Status and body of one response. */
    public record Reply(int statusCode, String body) {
    }

    public OpenLoad(int maxInFlight, Duration requestTimeout) {
        this.maxInFlight = maxInFlight;
        this.requestTimeout = requestTimeout;
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1).setInternalBlockingPoolSize(1));
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout(2000)
                        .setTcpNoDelay(true).setMaxInitialLineLength(8192),
                new PoolOptions().setHttp1MaxSize(maxInFlight).setEventLoopSize(1));
    }

    @Override
    public void close() {
        client.close();
        vertx.close();
    }

    /** Outcome of one run at one rate. */
    public record Result(String label, double offeredRate, double seconds, long sent, long ok, long errors,
                         Map<String, Long> outcomes, double achievedRate, Latency latency, Latency okLatency,
                         double clientCpuSeconds, String loadAverage, boolean aborted) {
        public boolean zeroErrors() {
            return errors == 0 && ok == sent;
        }
    }

    /**
     * Runs {@code requests} at {@code rate} per second for {@code duration}, then waits for the outstanding responses.
     *
     * @param requests builds request number i
     * @param isOk     whether a response counts as a success (else an error, by status)
     * @param onOk     called with each successful response (e.g. to collect ids); may be null
     */
    public Result run(String label, double rate, Duration duration, LongFunction<HttpRequest> requests,
                      java.util.function.Predicate<Reply> isOk, BiConsumer<Long, Reply> onOk) {
        long n = Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
        double intervalNanos = 1e9 / rate;
        Histogram all = Latency.newHistogram();
        Histogram okOnly = Latency.newHistogram();
        Semaphore inFlight = new Semaphore(maxInFlight);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        long cpu0 = cpuNanos();
        String load0 = Machine.loadAverage();
        long start = System.nanoTime() + 5_000_000; // a little slack for the first request
        long sent = 0;
        boolean aborted = false;
        for (long i = 0; i < n; i++) {
            long due = start + (long) (i * intervalNanos);
            waitUntil(due);
            inFlight.acquireUninterruptibly();
            if (System.nanoTime() - due > MAX_LAG) {
                inFlight.release();
                outcomes.computeIfAbsent("not-sent (overload)", k -> new AtomicLong()).addAndGet(n - i);
                aborted = true;
                break;
            }
            HttpRequest request = requests.apply(i);
            sent++;
            long index = i;
            send(request).onComplete(ar -> {
                Reply resp = ar.result();
                Throwable err = ar.cause();
                long latency = System.nanoTime() - due;
                try {
                    synchronized (all) {
                        Latency.record(all, latency);
                    }
                    String outcome;
                    if (err != null) {
                        outcome = err.getClass().getSimpleName();
                        errors.incrementAndGet();
                    } else if (isOk.test(resp)) {
                        outcome = String.valueOf(resp.statusCode());
                        ok.incrementAndGet();
                        synchronized (okOnly) {
                            Latency.record(okOnly, latency);
                        }
                        if (onOk != null) {
                            onOk.accept(index, resp);
                        }
                    } else {
                        outcome = String.valueOf(resp.statusCode());
                        errors.incrementAndGet();
                    }
                    outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
                } finally {
                    inFlight.release();
                }
            });
        }
        long lastDue = start + (long) ((sent - 1) * intervalNanos);
        // drain: every request ends (response, error or its own timeout)
        try {
            if (!inFlight.tryAcquire(maxInFlight, requestTimeout.toMillis() + 5000, TimeUnit.MILLISECONDS)) {
                outcomes.computeIfAbsent("not-finished", k -> new AtomicLong()).addAndGet(maxInFlight - inFlight.availablePermits());
            } else {
                inFlight.release(maxInFlight);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        Map<String, Long> counts = new TreeMap<>();
        outcomes.forEach((k, v) -> counts.put(k, v.get()));
        long finished = ok.get() + errors.get();
        long notFinished = n - finished; // still running after the drain, or never sent
        // achieved: successes per second over the scheduled window plus however long the last responses took
        double achieved = ok.get() / Math.max(1e-9, (Math.max(end, lastDue) - start) / 1e9);
        Latency l;
        synchronized (all) {
            l = Latency.of(all);
        }
        Latency lo;
        synchronized (okOnly) {
            lo = Latency.of(okOnly);
        }
        return new Result(label, rate, Math.round(seconds * 100) / 100.0, n, ok.get(), errors.get() + notFinished, counts,
                Math.round(achieved * 10) / 10.0, l, lo, Math.round((cpuNanos() - cpu0) / 1e7) / 100.0,
                load0 + " → " + Machine.loadAverage(), aborted);
    }

    /** Sends one request on the event loop; the future completes there with the whole body read. */
    private Future<Reply> send(HttpRequest r) {
        RequestOptions o = new RequestOptions().setMethod(HttpMethod.valueOf(r.method())).setAbsoluteURI(r.uri().toString())
                .setTimeout(requestTimeout.toMillis());
        r.headers().map().forEach((name, values) -> values.forEach(v -> o.addHeader(name, v)));
        Buffer body = bodyOf(r);
        return client.request(o)
                .compose(req -> body == null ? req.send() : req.send(body))
                .compose(resp -> resp.body().map(b -> new Reply(resp.statusCode(), b.toString(StandardCharsets.UTF_8))));
    }

    /**
     * The body of a java.net.http request: its publisher (BodyPublishers.ofString/noBody) hands out its bytes when asked,
     * on the subscribing thread.
     */
    static Buffer bodyOf(HttpRequest r) {
        var publisher = r.bodyPublisher().orElse(null);
        if (publisher == null || publisher.contentLength() == 0) {
            return null;
        }
        List<ByteBuffer> parts = new ArrayList<>();
        var done = new java.util.concurrent.CompletableFuture<Buffer>();
        publisher.subscribe(new java.util.concurrent.Flow.Subscriber<>() {
            @Override
            public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                parts.add(item);
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                Buffer b = Buffer.buffer();
                for (ByteBuffer p : parts) {
                    byte[] bytes = new byte[p.remaining()];
                    p.get(bytes);
                    b.appendBytes(bytes);
                }
                done.complete(b);
            }
        });
        return done.orTimeout(5, TimeUnit.SECONDS).join();
    }

    /**
     * Sleeps until a System.nanoTime() instant. Parking overshoots by some 50–100 µs; no spinning, because the harness
     * shares two cores with the system it measures. Lateness only adds to the measured latency, never hides it.
     */
    static void waitUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }

    private static long cpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }
}
