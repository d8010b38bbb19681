package cn.justice.mediation.dispute;

import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaBroker;
import cn.justice.testing.KafkaTestResource;
import cn.justice.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * With the broker stopped, writes still succeed (events wait in the outbox, readiness stays UP and shows the
 * backlog); when the broker returns the relay publishes every waiting event, in order, none lost.
 */
@QuarkusTest
class OutboxKafkaDownTest {
    @Test
    void writesSucceedWhileKafkaIsDownAndEventsCatchUp() {
        KafkaBroker broker = KafkaTestResource.broker();
        broker.stop();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                long t0 = System.nanoTime();
                ids.add(given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON)
                        .body(Map.of("townshipCode", "519901200", "source", "APPLICATION", "category", "CONTRACT_DEBT",
                                "summary", "kafka down " + i, "registeredOn", "2026-06-0" + (i + 1),
                                "parties", List.of(Map.of("name", "张三", "role", "APPLICANT"), Map.of("name", "李四", "role", "RESPONDENT"))))
                        .post("/api/v1/mediation/disputes").then().statusCode(201).extract().path("id"));
                // the write path never waits for the broker
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
            }
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    given().get("/q/health/ready").then().statusCode(200)
                            .body("status", equalTo("UP"))
                            .body("checks.find { it.name == 'outbox' }.data.backlog", org.hamcrest.Matchers.greaterThanOrEqualTo(5)));
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).contains("outbox_backlog").contains("outbox_oldest_unpublished_seconds");
        } finally {
            broker.start();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/q/health/ready").then().body("checks.find { it.name == 'outbox' }.data.backlog", equalTo(0)));
        List<TopicReader.Message> all = TopicReader.readAll(broker.bootstrapServers(), "justice.mediation.v1",
                Duration.ofSeconds(20), msgs -> msgs.stream().map(TopicReader.Message::key).collect(Collectors.toSet()).containsAll(ids));
        Set<String> keys = all.stream().map(TopicReader.Message::key).collect(Collectors.toSet());
        assertThat(keys).containsAll(ids);
        // one event per write: none lost, none doubled
        for (String id : ids) {
            assertThat(all.stream().filter(m -> id.equals(m.key())).count()).as("events for " + id).isEqualTo(1);
        }
    }
}
