package cn.justice.e2e;

import cn.justice.testing.AppProcess;
import cn.justice.testing.BureauDay;
import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaBroker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static cn.justice.e2e.Stack.admin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Work-queue webhooks from outside: the packaged mediation service and gateway on a real broker; a
 * dispute accepted through the gateway becomes a MEDIATION_DISPUTE_DUE item, which the gateway POSTs, signed, to a
 * receiver run by this test. The receiver first answers 500; the gateway is SIGKILLed between two attempts and
 * started again on its database: the delivery is not lost, it is delivered once the receiver answers 204, every
 * attempt with the same CloudEvent id. A dispute that moves on leaves the queue and is not notified again.
 */
class WebhookIT {
    static final String TOWN = "519901202";
    static final String SECRET = "e2e-webhook-secret-0123456789";
    static final ObjectMapper JSON = new ObjectMapper();

    record Received(String id, String type, String subject, String signature, byte[] body, int answered) {
    }

    static KafkaBroker broker;
    static AppProcess mediation;
    static AppProcess gateway;
    static HttpServer receiver;
    static final List<Received> received = new CopyOnWriteArrayList<>();
    static final AtomicBoolean failing = new AtomicBoolean(true);

    @BeforeAll
    static void startStack() throws IOException {
        broker = KafkaBroker.fresh("e2e-webhook-kafka").start();
        Map<String, String> common = Stack.common(broker, "justice.subscriptions.poll", "1s", "justice.subscriptions.first-retry", "PT1S",
                "justice.subscriptions.longest-retry", "PT2S");
        mediation = Stack.service("mediation-service", "mediation_webhook_e2e", common);
        gateway = Stack.gateway("gateway_webhook_e2e", common, Map.of("mediation", mediation));
        Stack.callThrough(gateway);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = failing.get() ? 500 : 204;
            JsonNode e = JSON.readTree(body);
            received.add(new Received(e.path("id").asText(), e.path("type").asText(), e.path("subject").asText(),
                    exchange.getRequestHeaders().getFirst("X-Justice-Signature"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopStack() {
        if (receiver != null) {
            receiver.stop(0);
        }
        Stack.stop(gateway, mediation, broker);
    }

    static String signature(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Received> itemsOf(String record) {
        return received.stream().filter(r -> r.type().equals("justice.work-queue.item") && r.subject().equals(record)).toList();
    }

    static JsonPath deliveries(String subscription) {
        return given().auth().oauth2(DevTokens.auditor()).queryParam("size", 200)
                .get("/api/v1/subscriptions/" + subscription + "/deliveries").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aDeliveryOutlivesAGatewayKilledBetweenAttempts() {
        String subscription = admin().body(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks",
                        "kinds", List.of("MEDIATION_DISPUTE_DUE"), "orgCode", TOWN, "secret", SECRET))
                .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
        String today = BureauDay.today().toString();
        String committee = admin().body(Map.of("name", "泽拉乡人民调解委员会", "type", "TOWNSHIP", "townshipCode", TOWN,
                "establishedOn", "2020-05-01", "memberCount", 5)).post("/api/v1/mediation/committees")
                .then().statusCode(201).extract().path("id");
        String mediator = admin().body(Map.of("name", "阿牛", "committeeId", committee, "kind", "FULL_TIME",
                "traditional", false, "appointedOn", "2021-01-01")).post("/api/v1/mediation/mediators")
                .then().statusCode(201).extract().path("id");
        String dispute = admin().body(Map.of("townshipCode", TOWN, "committeeId", committee, "source", "APPLICATION",
                "category", "LAND", "summary", "土地边界纠纷", "registeredOn", today,
                "parties", List.of(Map.of("name", "阿苦", "role", "APPLICANT"), Map.of("name", "吉木", "role", "RESPONDENT"))))
                .post("/api/v1/mediation/disputes").then().statusCode(201).extract().path("id");
        admin().body(Map.of("mediatorIds", List.of(mediator))).post("/api/v1/mediation/disputes/" + dispute + "/accept")
                .then().statusCode(200);

        // the item is in the queue and its first attempt fails
        await().atMost(Duration.ofSeconds(60)).until(() -> !itemsOf(dispute).isEmpty());
        Received first = itemsOf(dispute).get(0);
        assertThat(first.answered()).isEqualTo(500);
        assertThat(first.signature()).isEqualTo(signature(first.body()));
        JsonNode data = readTree(first.body()).path("data");
        assertThat(data.path("kind").asText()).isEqualTo("MEDIATION_DISPUTE_DUE");
        assertThat(data.path("dueOn").asText()).isEqualTo(BureauDay.today().plusDays(30).toString());
        assertThat(new String(first.body(), StandardCharsets.UTF_8)).doesNotContain("阿苦").doesNotContain("吉木");

        // killed between attempts; the receiver recovers while the gateway is down
        gateway.kill();
        int attemptsBeforeKill = itemsOf(dispute).size();
        failing.set(false);
        gateway = gateway.again().start();
        Stack.callThrough(gateway);

        await().atMost(Duration.ofSeconds(90)).until(() -> itemsOf(dispute).stream().anyMatch(r -> r.answered() == 204));
        List<Received> attempts = itemsOf(dispute);
        assertThat(attempts.size()).isGreaterThan(attemptsBeforeKill);
        assertThat(attempts.stream().map(Received::id).distinct()).as("one delivery, the same id on every attempt").hasSize(1);
        assertThat(attempts).allMatch(r -> r.signature().equals(signature(r.body())));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath log = deliveries(subscription);
            assertThat(log.getList("items.findAll { it.recordId == '" + dispute + "' }.status", String.class))
                    .containsExactly("DELIVERED");
            // an attempt whose outcome the killed gateway had not recorded yet is not in the log; the receiver saw it
            // (with the same id) all the same
            assertThat(log.getInt("items.find { it.recordId == '" + dispute + "' }.attempts")).isBetween(1, attempts.size());
        });

        // the dispute moves on: out of the queue, nothing more sent
        admin().body(Map.of("agreement", Map.of("form", "ORAL", "signedOn", today, "terms", "口头协议")))
                .post("/api/v1/mediation/disputes/" + dispute + "/succeed").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(given().auth().oauth2(DevTokens.countyAdmin())
                .queryParam("orgCode", TOWN).queryParam("size", 200).get("/api/v1/work-queue").then().statusCode(200)
                .extract().jsonPath().getList("items.recordId", String.class)).doesNotContain(dispute));
        int after = itemsOf(dispute).size();
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(itemsOf(dispute)).hasSize(after));
    }

    static JsonNode readTree(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
