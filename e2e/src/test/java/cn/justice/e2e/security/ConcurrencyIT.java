package cn.justice.e2e.security;

import cn.justice.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Races through the gateway: ten clients change one record at the same moment with the same {@code If-Match}, or
 * retry one create with the same {@code Idempotency-Key}. Exactly one change wins, the others are told why (409/412),
 * the record's state and version are consistent, and exactly one event of that change is on the topic. Each check of
 * the topic first waits for an event written after the race (a marker): events of one record are in order on its
 * partition, so once the marker is there every event of the race is too.
 */
@ExtendWith(SecurityStack.class)
class ConcurrencyIT {
    static final int CLIENTS = 10;
    static Api api;
    static Fixtures fixtures;
    static String bootstrap;

    @BeforeAll
    static void stack() {
        SecurityStack.Running stack = SecurityStack.get();
        api = stack.api();
        fixtures = stack.fixtures();
        bootstrap = stack.bootstrap();
        api.takeViolations();
    }

    @AfterEach
    void answersConformToTheDocument() {
        List<String> v = api.takeViolations();
        assertThat(v).as("answers that do not conform to the document (%d)", v.size()).isEmpty();
    }

    @Test
    void tenConcurrentAcceptsWithTheSameIfMatchHaveExactlyOneWinner() {
        String id = fixtures.create("/api/v1/mediation/disputes", SecurityStack.TOWN);
        JsonNode accept = fixtures.validBody(api.document().operation("POST /api/v1/mediation/disputes/{id}/accept"), SecurityStack.TOWN);
        List<Api.Reply> replies = race(() -> api.request("POST /api/v1/mediation/disputes/{id}/accept").as(Caller.COUNTY_ADMIN)
                .pathParam("id", id).header("If-Match", "\"1\"").json(accept).change("concurrent accept").send());
        assertOneWinner(replies);
        Api.Reply after = get("/api/v1/mediation/disputes", id);
        assertThat(after.json().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(after.json().path("version").asLong()).isEqualTo(2);
        assertThat(after.header("ETag")).isEqualTo("\"2\"");
        // the marker: a later change of the same record
        JsonNode update = fixtures.validBody(api.document().operation("PUT /api/v1/mediation/disputes/{id}"), SecurityStack.TOWN);
        assertThat(api.request("PUT /api/v1/mediation/disputes/{id}").as(Caller.COUNTY_ADMIN).pathParam("id", id)
                .header("If-Match", "\"2\"").json(update).send().status()).isEqualTo(200);
        List<JsonNode> events = eventsUpTo("justice.mediation.v1", id, 3);
        assertThat(events.stream().map(e -> e.path("type").asText()).toList())
                .containsExactly("mediation.dispute.registered", "mediation.dispute.accepted", "mediation.dispute.updated");
        assertThat(events.stream().map(e -> e.path("aggregateversion").asLong()).toList()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void tenConcurrentPutsWithTheSameIfMatchHaveExactlyOneWinner() {
        String id = fixtures.create("/api/v1/publicity/activities", SecurityStack.TOWN);
        List<Api.Reply> replies = race(() -> {
            ObjectNode body = (ObjectNode) fixtures.validBody(api.document().operation("PUT /api/v1/publicity/activities/{id}"), SecurityStack.TOWN);
            body.put("title", "并发修改 " + UUID.randomUUID());
            return api.request("PUT /api/v1/publicity/activities/{id}").as(Caller.COUNTY_ADMIN).pathParam("id", id)
                    .header("If-Match", "\"1\"").json(body).change("concurrent PUT").send();
        });
        Api.Reply winner = assertOneWinner(replies);
        Api.Reply after = get("/api/v1/publicity/activities", id);
        assertThat(after.json().path("version").asLong()).isEqualTo(2);
        // no lost update: the record holds the winner's title, not another client's
        assertThat(after.json().path("title").asText()).isEqualTo(winner.json().path("title").asText());
        JsonNode hold = fixtures.validBody(api.document().operation("POST /api/v1/publicity/activities/{id}/hold"), SecurityStack.TOWN);
        assertThat(api.request("POST /api/v1/publicity/activities/{id}/hold").as(Caller.COUNTY_ADMIN).pathParam("id", id)
                .header("If-Match", "\"2\"").json(hold).send().status()).isEqualTo(200);
        List<JsonNode> events = eventsUpTo("justice.publicity.v1", id, 3);
        assertThat(events.stream().map(e -> e.path("type").asText()).toList())
                .containsExactly("publicity.activity.planned", "publicity.activity.updated", "publicity.activity.held");
        assertThat(events.get(1).path("data").path("version").asLong()).isEqualTo(2);
    }

    @Test
    void tenConcurrentRetriesOfOneCreateWithOneIdempotencyKeyCreateOneRecord() {
        // a registration date no other test uses: the list filtered by it shows what the race created
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
        ObjectNode body = (ObjectNode) fixtures.validBody(api.document().operation("POST /api/v1/mediation/disputes"), SecurityStack.TOWN);
        body.put("registeredOn", day.toString());
        String key = "sec-" + UUID.randomUUID();
        List<Api.Reply> replies = race(() -> {
            Api.Reply r = create(key, body);
            // a repeat while the first request runs is told to retry (409 request-in-progress); a client retries
            for (int i = 0; i < 50 && r.status() == 409; i++) {
                assertThat(r.json().path("type").asText()).endsWith("/request-in-progress");
                Thread.sleep(100);
                r = create(key, body);
            }
            return r;
        });
        assertThat(replies).extracting(Api.Reply::status).containsOnly(201);
        assertThat(replies.stream().map(r -> r.json().path("id").asText()).distinct()).hasSize(1);
        assertThat(replies.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed")))).hasSize(CLIENTS - 1);
        String id = replies.get(0).json().path("id").asText();
        Api.Reply list = api.request("GET /api/v1/mediation/disputes").as(Caller.COUNTY_ADMIN)
                .query("townshipCode", SecurityStack.TOWN).query("from", day).query("to", day).send();
        assertThat(list.json().path("total").asLong()).isEqualTo(1);
        assertThat(list.json().path("items").get(0).path("id").asText()).isEqualTo(id);
        // the same key with another body is refused
        ObjectNode other = body.deepCopy();
        other.put("summary", "另一份请求");
        assertThat(create(key, other).status()).isEqualTo(422);
        JsonNode update = fixtures.validBody(api.document().operation("PUT /api/v1/mediation/disputes/{id}"), SecurityStack.TOWN);
        assertThat(api.request("PUT /api/v1/mediation/disputes/{id}").as(Caller.COUNTY_ADMIN).pathParam("id", id)
                .header("If-Match", "\"1\"").json(update).send().status()).isEqualTo(200);
        List<JsonNode> events = eventsUpTo("justice.mediation.v1", id, 2);
        assertThat(events.stream().map(e -> e.path("type").asText()).toList())
                .containsExactly("mediation.dispute.registered", "mediation.dispute.updated");
        List<TopicReader.Message> all = TopicReader.readAll(bootstrap, "justice.mediation.v1", Duration.ofSeconds(2), m -> false);
        assertThat(all.stream().filter(m -> m.value().path("type").asText().equals("mediation.dispute.registered")
                && m.value().path("data").path("registeredOn").asText().equals(day.toString())).map(TopicReader.Message::key))
                .as("registrations of %s on the topic", day).containsExactly(id);
    }

    static Api.Reply create(String key, JsonNode body) {
        return api.request("POST /api/v1/mediation/disputes").as(Caller.COUNTY_ADMIN).header("Idempotency-Key", key)
                .json(body).change("concurrent create, one Idempotency-Key").send();
    }

    static Api.Reply get(String collection, String id) {
        Api.Reply r = api.request("GET " + collection + "/{id}").as(Caller.COUNTY_ADMIN).pathParam("id", id).send();
        assertThat(r.status()).isEqualTo(200);
        return r;
    }

    /** One 200, every other answer a 409 or 412 problem; the winner. */
    static Api.Reply assertOneWinner(List<Api.Reply> replies) {
        Map<Integer, Long> byStatus = replies.stream().collect(Collectors.groupingBy(Api.Reply::status, Collectors.counting()));
        assertThat(byStatus.get(200)).as("winners among %s", byStatus).isEqualTo(1L);
        assertThat(byStatus.keySet()).as("statuses").isSubsetOf(200, 409, 412);
        return replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
    }

    /** The events of {@code key} once the one of {@code version} is on the topic, distinct by event id, in order. */
    static List<JsonNode> eventsUpTo(String topic, String key, long version) {
        List<TopicReader.Message> msgs = TopicReader.readAll(bootstrap, topic, Duration.ofSeconds(30), all -> all.stream()
                .anyMatch(m -> key.equals(m.key()) && m.value().path("aggregateversion").asLong() == version));
        List<JsonNode> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (TopicReader.Message m : msgs) {
            if (key.equals(m.key()) && ids.add(m.value().path("id").asText())) {
                out.add(m.value());
            }
        }
        return out;
    }

    /** Runs the same call on {@link #CLIENTS} threads released at once; the answers. */
    static List<Api.Reply> race(Callable<Api.Reply> call) {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch ready = new CountDownLatch(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            List<Api.Reply> out = new ArrayList<>();
            for (Future<Api.Reply> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
