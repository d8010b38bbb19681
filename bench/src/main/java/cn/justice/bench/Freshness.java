package cn.justice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.HdrHistogram.Histogram;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scenario 3, freshness: creates through the gateway at 500/s in total, spread round-robin over the services, all in
 * a township and year no other scenario writes to (519901203 洛乌乡, two years ago), for 20 s. Two measurements:
 * <ol>
 *   <li>per write (exact): from the instant the client received the 201 to the instant the gateway's read model wrote
 *   the record's contribution ({@code contribution.updated_at}, the last statement of the read-model transaction
 *   before its commit; the same clock, one machine);</li>
 *   <li>through the API: a poller reads {@code GET /api/v1/plans/14th-fyp/progress} for that township and year every
 *   20 ms; the n-th response of a service is counted visible at the first poll whose count for the service's
 *   indicator reached n (a count cannot say which record arrived, so this pairs the n-th response with the n-th
 *   arrival).</li>
 * </ol>
 * Lost events: successful writes minus contributions found, and minus the final count in progress.
 */
final class Freshness {
    static final double RATE = 500;
    static final Duration DURATION = Duration.ofSeconds(20);
    private final Bench b;

    Freshness(Bench b) {
        this.b = b;
    }

    /**
     * The services whose create some indicator counts (the progress API can show the write); rule-of-law-service's
     * indicators (DESIGN §13) are all rates over actions or hours of trainings, so its create is measured by the
     * create scenario only.
     */
    private List<Service> services() {
        return b.services.stream().filter(s -> s.indicator() != null).toList();
    }

    private record Write(String service, String id, Instant respondedAt) {
    }

    private record Poll(Instant at, Map<String, Long> counts) {
    }

    void run() throws SQLException {
        Map<String, Object> kafka = b.baselines().kafka();
        b.sampling(true);
        // warm-up through the gateway (JIT, pools) in the load townships, not recorded
        int n = services().size();
        b.load.run("warm-up", 100, Duration.ofSeconds(10), i -> {
            Service s = services().get((int) (i % n));
            return b.post(b.gateway().url() + s.createPath(), s.body(i, Writes.township(i), b.today));
        }, r -> r.statusCode() == 201, null);
        Map<String, Object> at500 = measure(RATE, kafka);
        Map<String, Object> out = new LinkedHashMap<>(at500);
        OpenLoad.Result w = (OpenLoad.Result) at500.get("writes");
        if (!w.zeroErrors()) {
            // 500 writes/s is beyond what the services take here: measure freshness at a rate they do take as well
            double rate = sustainableRate();
            Bench.say("500 writes/s was not sustained; freshness again at " + rate + " writes/s");
            out.put("atSustainableRate", measure(rate, kafka));
        }
        b.results.put("freshness", out);
    }

    /**
     * 80 % of the lowest (non-zero) gateway create rate the write scenario sustained, at most half of {@link #RATE};
     * 100/s without one. Not times the number of services: a single service's gateway ramp already fills the two
     * cores (service, relay, broker, gateway consumer), so four services together take no more than one alone.
     */
    @SuppressWarnings("unchecked")
    private double sustainableRate() {
        double lowest = Double.MAX_VALUE;
        if (b.results.get("writes") instanceof Map<?, ?> w) {
            for (Object o : (List<Object>) w.get("targets")) {
                Map<String, Object> t = (Map<String, Object>) o;
                if ("gateway".equals(t.get("via")) && (Double) t.get("maxSustainedPerSecond") > 0) {
                    lowest = Math.min(lowest, (Double) t.get("maxSustainedPerSecond"));
                }
            }
        }
        if (lowest == Double.MAX_VALUE || lowest <= 0) {
            return 100;
        }
        return Math.max(20, Math.floor(Math.min(RATE / 2, lowest * 0.8) / 10) * 10);
    }

    private Map<String, Object> measure(double rate, Map<String, Object> kafka) throws SQLException {
        b.awaitDrained(Duration.ofSeconds(300));
        int year = b.today.getYear() - 2;
        String progressUrl = b.gateway().url() + "/api/v1/plans/14th-fyp/progress?orgCode=" + Bench.FRESHNESS_TOWNSHIP + "&year=" + year;
        Map<String, Long> before = counts(b.getJson(progressUrl));
        LocalDate day = LocalDate.of(year, 6, 15);
        List<Write> writes = Collections.synchronizedList(new ArrayList<>());
        List<Poll> polls = Collections.synchronizedList(new ArrayList<>());
        int n = services().size();
        long expectedTotal = Math.round(rate * DURATION.toSeconds());
        // the poller
        Thread poller = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    JsonNode p = b.getJson(progressUrl);
                    polls.add(new Poll(Instant.now(), counts(p)));
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // a failed poll is just a missing sample
                }
            }
        }, "freshness-poller");
        poller.setDaemon(true);
        poller.start();
        b.sampling(true);
        OpenLoad.Result r;
        try {
            r = b.load.run("freshness writes via gateway", rate, DURATION, i -> {
                        Service s = services().get((int) (i % n));
                        return b.post(b.gateway().url() + s.createPath(), s.body(i, Bench.FRESHNESS_TOWNSHIP, day));
                    }, resp -> resp.statusCode() == 201,
                    (i, resp) -> writes.add(new Write(services().get((int) (i % n)).key(), Bench.idOf(resp.body()), Instant.now())));
            // wait until every service's count reached what was written (or 60 s)
            Map<String, Long> written = new LinkedHashMap<>();
            for (Write w : writes) {
                written.merge(w.service(), 1L, Long::sum);
            }
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < deadline) {
                Poll last = polls.isEmpty() ? null : polls.get(polls.size() - 1);
                if (last != null && written.entrySet().stream().allMatch(e ->
                        last.counts().getOrDefault(e.getKey(), 0L) - before.getOrDefault(e.getKey(), 0L) >= e.getValue())) {
                    break;
                }
                sleep(100);
            }
            b.awaitDrained(Duration.ofSeconds(60));
            sleep(500);
        } finally {
            poller.interrupt();
            b.sampling(false);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", "creates through the gateway at " + (int) rate + "/s (round-robin over " + services().stream()
                .map(Service::key).toList() + ") for " + DURATION.toSeconds() + " s, all in township "
                + Bench.FRESHNESS_TOWNSHIP + " and year " + year + " (no other scenario writes there). perWrite: 201 received "
                + "by the client → contribution.updated_at in the gateway database (written last in the read-model "
                + "transaction, just before its commit). viaProgressApi: progress polled every 20 ms; the n-th 201 of a service "
                + "counts visible at the first poll whose count reached n. Baseline: Kafka's own producer → consumer latency "
                + "on the same broker at the same rate.");
        out.put("writes", r);
        out.put("polls", polls.size());
        // 1. per write, from the database
        Map<String, Instant> applied = appliedAt(writes);
        Histogram perWrite = Latency.newHistogram();
        long negative = 0;
        Map<String, Map<String, Long>> perService = new LinkedHashMap<>();
        for (Write w : writes) {
            Map<String, Long> c = perService.computeIfAbsent(w.service(), k -> new LinkedHashMap<>(Map.of("written", 0L, "inReadModel", 0L)));
            c.merge("written", 1L, Long::sum);
            Instant at = applied.get(w.id());
            if (at != null) {
                c.merge("inReadModel", 1L, Long::sum);
                long nanos = Duration.between(w.respondedAt(), at).toNanos();
                if (nanos < 0) {
                    negative++;
                }
                Latency.record(perWrite, Math.max(0, nanos));
            }
        }
        Latency pw = Latency.of(perWrite);
        out.put("perWrite", pw);
        out.put("perWriteAppliedBeforeClientSawResponse", negative);
        // 2. through the progress API, count-based
        Poll last = polls.isEmpty() ? null : polls.get(polls.size() - 1);
        Histogram api = Latency.newHistogram();
        List<String> notCounted = new ArrayList<>();
        for (Service s : services()) {
            List<Instant> responded = writes.stream().filter(w -> w.service().equals(s.key())).map(Write::respondedAt).sorted().toList();
            long c0 = before.getOrDefault(s.key(), 0L);
            Map<String, Long> c = perService.computeIfAbsent(s.key(), k -> new LinkedHashMap<>());
            long finalCount = last == null ? 0 : last.counts().getOrDefault(s.key(), 0L) - c0;
            c.put("inProgressApi", finalCount);
            if (finalCount == 0 && !responded.isEmpty()) {
                notCounted.add(s.key());
                continue;
            }
            int p = 0;
            for (int k = 0; k < responded.size(); k++) {
                while (p < polls.size() && polls.get(p).counts().getOrDefault(s.key(), 0L) - c0 < k + 1) {
                    p++;
                }
                if (p == polls.size()) {
                    break; // never seen
                }
                Latency.record(api, Math.max(0, Duration.between(responded.get(k), polls.get(p).at()).toNanos()));
            }
        }
        Latency viaApi = Latency.of(api);
        out.put("viaProgressApi", viaApi);
        if (!notCounted.isEmpty()) {
            out.put("notCountedInProgress", notCounted + ": the gateway records their events (contribution rows) but its "
                    + "progress does not count them yet, so only the per-write figure includes them");
        }
        out.put("perService", perService);
        long lost = 0;
        for (Map<String, Long> c : perService.values()) {
            lost += c.getOrDefault("written", 0L) - c.getOrDefault("inReadModel", 0L);
        }
        out.put("lostEvents", lost);
        out.put("expectedWrites", expectedTotal);
        Latency kl = kafka.get("latency") instanceof Latency l ? l : null;
        out.put("kafkaBaseline", kl);
        if (kl != null && kl.p99() > 0) {
            out.put("p99RatioToKafkaP99", Math.round(pw.p99() / kl.p99() * 10) / 10.0);
        }
        Bench.say("at " + rate + " writes/s: " + r.ok() + " ok of " + r.sent() + " (" + r.latency().brief() + ")");
        Bench.say("write → read model (per write): " + pw.brief() + "; via progress API: " + viaApi.brief() + "; lost " + lost
                + (notCounted.isEmpty() ? "" : "; not counted in progress: " + notCounted));
        return out;
    }

    /** Indicator counts per service key from a progress document. */
    private Map<String, Long> counts(JsonNode progress) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (JsonNode i : progress.path("indicators")) {
            for (Service s : services()) {
                if (s.indicator().equals(i.path("code").asText())) {
                    JsonNode v = i.path(s.countField());
                    out.put(s.key(), v.isNumber() ? v.asLong() : 0L);
                }
            }
        }
        return out;
    }

    private Map<String, Instant> appliedAt(List<Write> writes) throws SQLException {
        Map<String, Instant> out = new LinkedHashMap<>();
        List<UUID> ids = writes.stream().map(Write::id).filter(java.util.Objects::nonNull).map(UUID::fromString).toList();
        try (Connection c = b.db("gateway_bench");
             PreparedStatement ps = c.prepareStatement("SELECT aggregate_id, updated_at FROM contribution WHERE aggregate_id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                }
            }
        }
        return out;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
