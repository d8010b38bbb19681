package cn.justice.gateway.subscription;

import cn.justice.platform.events.CloudEventCodec;
import cn.justice.testing.DevTokens;
import cn.justice.testing.SettableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static cn.justice.gateway.workqueue.WorkQueuePipelineTest.COUNTY;
import static cn.justice.gateway.workqueue.WorkQueuePipelineTest.LUOWU;
import static cn.justice.gateway.workqueue.WorkQueuePipelineTest.ZELA;
import static cn.justice.gateway.workqueue.WorkQueuePipelineTest.send;
import static cn.justice.gateway.workqueue.WorkQueuePipelineTest.subject;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Work-queue webhooks end to end inside the gateway: real CloudEvents on the real topic make work items,
 * the dispatcher POSTs them to a real HTTP receiver in this test, signed; a receiver that answers 500 gets retries
 * with growing delays until the retry period ends (test settings: 1 s doubling to 2 s, 8 s in all); the delivery log
 * shows each; a deleted subscription gets nothing more.
 */
@QuarkusTest
class SubscriptionDeliveryTest {
    static final String SECRET = "a-long-shared-secret-0123456789";

    /** What the receiver got: headers of interest and the exact body bytes. */
    record Received(String path, String contentType, String signature, byte[] body) {
        JsonNode json() {
            return CloudEventCodec.mapper().valueToTree(CloudEventCodec.fromJson(body));
        }
    }

    @Inject
    SettableClock clock;

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final List<String> subscriptions = new ArrayList<>();
    /** Lets the receiver's /hang requests answer. */
    final CountDownLatch release = new CountDownLatch(1);
    final ExecutorService handlers = Executors.newCachedThreadPool();

    @BeforeEach
    void receive() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(path, exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body));
            if (path.startsWith("/hang")) {
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(path.startsWith("/fail") ? 500 : 204, -1);
            exchange.close();
        });
        receiver.setExecutor(handlers);
        receiver.start();
    }

    @AfterEach
    void stop() {
        for (String id : subscriptions) {
            given().auth().oauth2(DevTokens.countyAdmin()).delete("/api/v1/subscriptions/" + id).then().statusCode(204);
        }
        release.countDown();
        receiver.stop(0);
        handlers.shutdownNow();
        clock.release();
    }

    String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    String subscribe(String path, String orgCode, String... kinds) {
        io.restassured.response.Response r = given().auth().oauth2(DevTokens.integration()).contentType(ContentType.JSON)
                .body(Map.of("url", url(path), "kinds", List.of(kinds), "orgCode", orgCode, "secret", SECRET))
                .post("/api/v1/subscriptions");
        r.then().statusCode(201).contentType(ContentType.JSON);
        String id = r.jsonPath().getString("id");
        subscriptions.add(id);
        assertThat(r.header("Location")).endsWith("/api/v1/subscriptions/" + id);
        assertThat(r.jsonPath().getString("createdBy")).isNotBlank();
        return id;
    }

    List<Received> items(String path, UUID record) {
        return received.stream().filter(r -> r.path().equals(path))
                .filter(r -> r.json().path("type").asText().equals(WebhookDispatcher.ITEM_TYPE))
                .filter(r -> r.json().path("subject").asText().equals(record.toString())).toList();
    }

    static JsonPath log(String subscription) {
        return given().auth().oauth2(DevTokens.auditor()).queryParam("size", 200)
                .get("/api/v1/subscriptions/" + subscription + "/deliveries").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void newAndOverdueItemsReachTheReceiverSignedOnceEach() {
        clock.at(Instant.parse("2031-03-02T02:00:00Z")); // 10:00 on 2 March in Beijing
        String sub = subscribe("/ok", ZELA, "CORRECTION_REPORT_DUE");
        UUID s = UUID.randomUUID();
        send("justice.correction.v1", "correction.subject.registered", "/correction-service", s, 1, ZELA,
                subject(s, "PENDING_REPORT", null));
        UUID luowu = UUID.randomUUID(); // another township: not this subscription's
        send("justice.correction.v1", "correction.subject.registered", "/correction-service", luowu, 1, LUOWU,
                subject(luowu, "PENDING_REPORT", null).put("townshipCode", LUOWU));

        await().atMost(Duration.ofSeconds(20)).until(() -> !items("/ok", s).isEmpty());
        Received r = items("/ok", s).get(0);
        assertThat(r.contentType()).startsWith("application/cloudevents+json");
        assertThat(WebhookSignature.matches(SECRET, r.body(), r.signature())).as("signed with the secret").isTrue();
        assertThat(WebhookSignature.matches("another-secret-of-some-length", r.body(), r.signature())).isFalse();
        JsonNode e = r.json();
        assertThat(e.path("specversion").asText()).isEqualTo("1.0");
        assertThat(e.path("source").asText()).isEqualTo("/gateway/work-queue");
        assertThat(e.path("countycode").asText()).isEqualTo(COUNTY);
        assertThat(e.path("townshipcode").asText()).isEqualTo(ZELA);
        JsonNode data = e.path("data");
        assertThat(data.path("kind").asText()).isEqualTo("CORRECTION_REPORT_DUE");
        assertThat(data.path("reason").asText()).isEqualTo("NEW");
        assertThat(data.path("recordId").asText()).isEqualTo(s.toString());
        assertThat(data.path("dueOn").asText()).isEqualTo("2031-03-04");
        assertThat(data.path("overdue").asBoolean()).isFalse();
        assertThat(data.path("title").asText()).isEqualTo("社区矫正对象报到期限 2031-03-04");
        assertThat(data.path("subscriptionId").asText()).isEqualTo(sub);

        JsonPath log = log(sub);
        assertThat(log.getList("items.findAll { it.recordId == '" + s + "' }.status", String.class)).containsExactly("DELIVERED");
        assertThat(log.getList("items.findAll { it.recordId == '" + s + "' }.attempts", Integer.class)).containsExactly(1);
        assertThat(log.getList("items.findAll { it.recordId == '" + s + "' }.lastStatus", Integer.class)).containsExactly(204);
        assertThat(log.getList("items.findAll { it.recordId == '" + s + "' }.id", String.class))
                .containsExactly(e.path("id").asText());
        assertThat(log.getList("items.recordId", String.class)).doesNotContain(luowu.toString());

        // the same event again, and a newer version with the same due date: not new to the receiver
        send("justice.correction.v1", "correction.subject.classified", "/correction-service", s, 2, ZELA,
                subject(s, "PENDING_REPORT", null));
        // the bureau's day passes the due date: one OVERDUE notification
        clock.at(Instant.parse("2031-03-05T01:00:00Z"));
        await().atMost(Duration.ofSeconds(20)).until(() -> items("/ok", s).size() >= 2);
        JsonNode overdue = items("/ok", s).get(1).json().path("data");
        assertThat(overdue.path("reason").asText()).isEqualTo("OVERDUE");
        assertThat(overdue.path("overdue").asBoolean()).isTrue();
        assertThat(overdue.path("severity").asText()).isEqualTo("OVERDUE");
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(items("/ok", s)).hasSize(2));

        // the record moves on (reported): no more items, nothing more sent
        send("justice.correction.v1", "correction.subject.reported", "/correction-service", s, 3, ZELA,
                subject(s, "UNDER_SUPERVISION", "2031-03-03"));
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(items("/ok", s).stream().map(x -> x.json().path("data").path("kind").asText()))
                        .containsOnly("CORRECTION_REPORT_DUE"));
    }

    @Test
    void aFailingReceiverGetsRetriesUntilTheRetryPeriodEnds() {
        clock.at(Instant.parse("2031-03-02T02:00:00Z"));
        String sub = subscribe("/fail", COUNTY, "CORRECTION_REPORT_DUE");
        UUID s = UUID.randomUUID();
        send("justice.correction.v1", "correction.subject.registered", "/correction-service", s, 1, ZELA,
                subject(s, "PENDING_REPORT", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> items("/fail", s).size() >= 2);
        JsonPath pending = log(sub);
        String path = "items.find { it.recordId == '" + s + "' }";
        assertThat(pending.getInt(path + ".attempts")).isGreaterThanOrEqualTo(1);
        assertThat(pending.getInt(path + ".lastStatus")).isEqualTo(500);
        assertThat(pending.getString(path + ".lastError")).isEqualTo("HTTP 500");

        await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(log(sub).getString(path + ".status")));
        JsonPath failed = log(sub);
        int attempts = failed.getInt(path + ".attempts");
        assertThat(attempts).as("1 s, 2 s, 2 s, 2 s within 8 s").isBetween(3, 6);
        assertThat(items("/fail", s)).hasSize(attempts);
        assertThat(items("/fail", s).stream().map(x -> x.json().path("id").asText()).distinct())
                .as("every attempt carries the same CloudEvent id").hasSize(1);
        assertThat(failed.getString(path + ".nextAttemptAt")).isNull();
        given().auth().oauth2(DevTokens.auditor()).queryParam("status", "FAILED")
                .get("/api/v1/subscriptions/" + sub + "/deliveries").then().statusCode(200)
                .body("items.status", not(hasItem("DELIVERED"))).body("items.recordId", hasItem(s.toString()));
    }

    @Test
    void aReceiverThatDoesNotAnswerTimesOutAndHoldsUpNeitherTheQueueNorOthers() {
        clock.at(Instant.parse("2031-03-02T02:00:00Z"));
        String hanging = subscribe("/hang", COUNTY, "CORRECTION_REPORT_DUE");
        subscribe("/ok-beside", COUNTY, "CORRECTION_REPORT_DUE");
        UUID s = UUID.randomUUID();
        send("justice.correction.v1", "correction.subject.registered", "/correction-service", s, 1, ZELA,
                subject(s, "PENDING_REPORT", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> !items("/hang", s).isEmpty() && !items("/ok-beside", s).isEmpty());
        // while the receiver holds its request, the read model goes on: a second record enters the queue
        UUID next = UUID.randomUUID();
        send("justice.correction.v1", "correction.subject.registered", "/correction-service", next, 1, ZELA,
                subject(next, "PENDING_REPORT", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(DevTokens.auditor())
                .queryParam("orgCode", ZELA).queryParam("size", 200).get("/api/v1/work-queue").then().statusCode(200)
                .extract().jsonPath().getList("items.recordId", String.class).contains(next.toString()));
        assertThat(release.getCount()).as("the hanging receiver has not answered yet").isEqualTo(1);
        // the attempt gave up after the timeout (2 s here): tried again, or given up once the retry period (8 s) ended
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath log = log(hanging);
            String path = "items.find { it.recordId == '" + s + "' }";
            assertThat(log.getString(path + ".status")).isIn("PENDING", "FAILED");
            assertThat(log.getInt(path + ".attempts")).isGreaterThanOrEqualTo(1);
            assertThat(log.getString(path + ".lastError")).contains("Timeout");
            assertThat(log.getString(path + ".lastStatus")).isNull();
        });
    }

    @Test
    void aDeletedSubscriptionGetsNothingMoreAndItsLogStays() {
        clock.at(Instant.parse("2031-03-02T02:00:00Z"));
        String sub = subscribe("/fail-then-deleted", COUNTY, "CORRECTION_REPORT_DUE");
        UUID s = UUID.randomUUID();
        send("justice.correction.v1", "correction.subject.registered", "/correction-service", s, 1, ZELA,
                subject(s, "PENDING_REPORT", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> !items("/fail-then-deleted", s).isEmpty());
        given().auth().oauth2(DevTokens.countyAdmin()).delete("/api/v1/subscriptions/" + sub).then().statusCode(204);
        subscriptions.remove(sub);
        int seen = items("/fail-then-deleted", s).size();
        given().auth().oauth2(DevTokens.auditor()).get("/api/v1/subscriptions/" + sub).then().statusCode(200)
                .body("active", equalTo(false)).body("deletedAt", not(nullValue()));
        assertThat(log(sub).getString("items.find { it.recordId == '" + s + "' }.status")).isEqualTo("CANCELLED");
        await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(items("/fail-then-deleted", s)).hasSize(seen));
        given().auth().oauth2(DevTokens.countyAdmin()).get("/api/v1/subscriptions").then().statusCode(200)
                .body("items.id", not(hasItem(sub)));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("includeDeleted", "true").get("/api/v1/subscriptions")
                .then().statusCode(200).body("items.id", hasItem(sub));
    }

    @Test
    void eachTownshipGetsADailyDigestFromEightOClock() {
        clock.at(Instant.parse("2031-04-09T23:30:00Z")); // 07:30 on 10 April in Beijing: no digest yet
        UUID s = UUID.randomUUID();
        send("justice.correction.v1", "correction.subject.registered", "/correction-service", s, 1, ZELA,
                subject(s, "PENDING_REPORT", null).put("reportDueOn", "2031-04-08"));
        String sub = subscribe("/digest", COUNTY, "CORRECTION_REPORT_DUE");
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(digests("/digest")).isEmpty());
        clock.at(Instant.parse("2031-04-10T00:00:05Z")); // 08:00:05
        await().atMost(Duration.ofSeconds(20)).until(() -> !digests("/digest").isEmpty());
        JsonNode zela = digests("/digest").stream().map(Received::json)
                .filter(j -> j.path("data").path("townshipCode").asText().equals(ZELA)).findFirst().orElseThrow();
        assertThat(zela.path("type").asText()).isEqualTo(WebhookDispatcher.DIGEST_TYPE);
        assertThat(zela.path("data").path("day").asText()).isEqualTo("2031-04-10");
        assertThat(zela.path("data").path("overdue").asInt()).as("the subject of this test at least").isGreaterThanOrEqualTo(1);
        assertThat(zela.path("data").path("kinds").get(0).path("kind").asText()).isEqualTo("CORRECTION_REPORT_DUE");
        assertThat(zela.path("data").path("kinds").get(0).path("title").asText()).isEqualTo("社区矫正对象报到期限");
        int n = digests("/digest").size();
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(digests("/digest")).as("once a day").hasSize(n));
        assertThat(log(sub).getList("items.reason", String.class)).contains("DIGEST");
    }

    List<Received> digests(String path) {
        return received.stream().filter(r -> r.path().equals(path))
                .filter(r -> r.json().path("type").asText().equals(WebhookDispatcher.DIGEST_TYPE)).toList();
    }

    @Test
    void subscriptionsAreCheckedScopedAndNeverShowTheirSecret() {
        String sub = subscribe("/ok", COUNTY, "MEDIATION_DISPUTE_DUE", "CORRECTION_REPORT_DUE");
        String body = given().auth().oauth2(DevTokens.auditor()).get("/api/v1/subscriptions/" + sub).then().statusCode(200)
                .body("orgCode", equalTo(COUNTY)).body("active", equalTo(true))
                .body("kinds", equalTo(List.of("CORRECTION_REPORT_DUE", "MEDIATION_DISPUTE_DUE")))
                .extract().asString();
        assertThat(body).doesNotContain(SECRET).doesNotContain("secret");
        assertThat(given().auth().oauth2(DevTokens.countyAdmin()).get("/api/v1/subscriptions").then().statusCode(200)
                .extract().asString()).doesNotContain(SECRET);
        // another county neither sees it nor may delete it
        String other = DevTokens.token("county-admin", null, "519902");
        given().auth().oauth2(other).get("/api/v1/subscriptions/" + sub).then().statusCode(404);
        given().auth().oauth2(other).delete("/api/v1/subscriptions/" + sub).then().statusCode(404);
        given().auth().oauth2(other).get("/api/v1/subscriptions").then().statusCode(200).body("items.id", not(hasItem(sub)));

        // roles: the auditor reads only, a township officer not at all
        post(DevTokens.auditor(), valid()).then().statusCode(403);
        post(DevTokens.townshipOfficer(ZELA), valid()).then().statusCode(403);
        given().auth().oauth2(DevTokens.townshipOfficer(ZELA)).get("/api/v1/subscriptions").then().statusCode(403);
        given().auth().oauth2(DevTokens.auditor()).delete("/api/v1/subscriptions/" + sub).then().statusCode(403);
        given().get("/api/v1/subscriptions").then().statusCode(401);

        // the body: each refusal a 400 problem naming the field
        refused(with("url", "ftp://court.example/hook"), "url");
        refused(with("url", "/relative"), "url");
        refused(with("url", "http://user:pw@court.example/hook"), "url");
        refused(with("url", "http://10.1.2.3/hook"), "url");
        refused(with("url", "http://[::1]:8080/hook"), "url");
        refused(with("url", "http://169.254.169.254/latest"), "url");
        refused(with("kinds", List.of()), "kinds");
        refused(with("kinds", List.of("NO_SUCH_KIND")), "kinds");
        refused(with("kinds", List.of("MEDIATION_DISPUTE_DUE", "MEDIATION_DISPUTE_DUE")), "kinds");
        refused(with("kinds", java.util.Collections.nCopies(51, "MEDIATION_DISPUTE_DUE")), "kinds");
        refused(with("secret", "short"), "secret");
        refused(with("secret", null), "secret");
        refused(with("orgCode", "5199"), "orgCode");
        refused(with("orgCode", "519901999"), "orgCode");
        post(other, valid()).then().statusCode(403); // another county's admin for this county's items
        given().auth().oauth2(DevTokens.countyAdmin()).get("/api/v1/subscriptions/not-a-uuid").then().statusCode(404);
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("status", "LOST")
                .get("/api/v1/subscriptions/" + sub + "/deliveries").then().statusCode(400);
        given().auth().oauth2(DevTokens.countyAdmin()).get("/api/v1/subscriptions/" + UUID.randomUUID()).then().statusCode(404);
    }

    Map<String, Object> valid() {
        Map<String, Object> b = new java.util.HashMap<>();
        b.put("url", url("/ok"));
        b.put("kinds", List.of("MEDIATION_DISPUTE_DUE"));
        b.put("orgCode", COUNTY);
        b.put("secret", SECRET);
        return b;
    }

    Map<String, Object> with(String field, Object value) {
        Map<String, Object> b = valid();
        b.put(field, value);
        return b;
    }

    static io.restassured.response.Response post(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/subscriptions");
    }

    static void refused(Map<String, Object> body, String field) {
        post(DevTokens.countyAdmin(), body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith(field)));
    }
}
