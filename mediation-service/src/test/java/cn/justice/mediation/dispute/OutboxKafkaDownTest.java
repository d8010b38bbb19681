package cn.justice.mediation.dispute;

import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaBroker;
import cn.justice.testing.KafkaTestResource;
import cn.justice.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
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
            // the write path never touches the broker: each write commits with its event in the outbox, and the
            // backlog below shows all five waiting (no timing bound: this machine's load decides durations)
            for (int i = 0; i < 5; i++) {
                ids.add(given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON)
                        .body(Map.of("townshipCode", "519901200", "source", "APPLICATION", "category", "CONTRACT_DEBT",
                                "summary", "kafka down " + i, "registeredOn", "2026-06-0" + (i + 1),
                                "parties", List.of(Map.of("name", "张三", "role", "APPLICANT"), Map.of("name", "李四", "role", "RESPONDENT"))))
                        .post("/api/v1/mediation/disputes").then().statusCode(201).extract().path("id"));
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
        // one event per write: none lost, none doubled. Delivery is at least once (docs/architecture.md): when the
        // returning broker wrote a batch but its acknowledgement timed out, the relay sends the rows again, so a
        // copy may reach the topic twice — as the same CloudEvent (same id and data), which consumers drop by id.
        for (String id : ids) {
            List<JsonNode> copies = all.stream().filter(m -> id.equals(m.key())).map(TopicReader.Message::value).toList();
            assertThat(copies.stream().map(v -> v.path("id").asText()).distinct().toList()).as("events for " + id).hasSize(1);
            assertThat(copies.stream().distinct().toList()).as("copies of the event for " + id + " are identical").hasSize(1);
        }
    }
}
