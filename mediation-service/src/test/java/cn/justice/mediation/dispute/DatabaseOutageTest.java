package cn.justice.mediation.dispute;

import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaTestResource;
import cn.justice.testing.PostgresDatabases;
import cn.justice.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service's database goes away (every backend terminated with pg_terminate_backend, new connections refused):
 * requests get a 503 problem with Retry-After (never a 500 or a stack trace) and readiness is DOWN; when the database
 * accepts connections again the service recovers without a restart, and the outbox relay (whose session was
 * terminated too) publishes every event that was committed. Delivery is at least once: an event whose "published"
 * mark was cut off by the outage is sent again, as the same CloudEvent (same id), which consumers drop.
 */
@QuarkusTest
class DatabaseOutageTest {
    static final String DB = "mediation_test";

    static Response register(String summary) {
        return given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", "519901201", "source", "SCREENING", "category", "NEIGHBOR",
                        "summary", summary, "registeredOn", "2026-05-04",
                        "parties", List.of(Map.of("name", "王五", "role", "APPLICANT"), Map.of("name", "赵六", "role", "RESPONDENT"))))
                .post("/api/v1/mediation/disputes");
    }

    @Test
    void answers503WhileTheDatabaseIsAwayAndRecoversWithoutRestart() {
        String before = register("before the outage").then().statusCode(201).extract().path("id");
        PostgresDatabases.cutOff(DB);
        try {
            // the first request may meet a pooled connection that was just terminated, later ones a refused connect
            for (int i = 0; i < 3; i++) {
                Response write = register("during the outage " + i);
                assertThat(write.statusCode()).as("write during outage").isEqualTo(503);
                assertThat(write.contentType()).startsWith("application/problem+json");
                assertThat(write.header("Retry-After")).isEqualTo("5");
                assertThat(write.jsonPath().getString("type")).endsWith("service-unavailable");
                assertThat(write.asString()).doesNotContain("SQL").doesNotContain("Exception").doesNotContain("王五");
                given().auth().oauth2(DevTokens.countyAdmin()).get("/api/v1/mediation/disputes")
                        .then().statusCode(503).contentType("application/problem+json");
            }
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().get("/q/health/ready").then().statusCode(503));
        } finally {
            PostgresDatabases.allowConnections(DB);
        }
        String after = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> register("after the outage"), r -> r.statusCode() == 201).path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        given().auth().oauth2(DevTokens.countyAdmin()).get("/api/v1/mediation/disputes/" + after).then().statusCode(200);

        // the relay lost its session (and leadership) with the outage; it takes over again and publishes both
        Set<String> ids = Set.of(before, after);
        List<TopicReader.Message> all = TopicReader.readAll(KafkaTestResource.broker().bootstrapServers(),
                "justice.mediation.v1", Duration.ofSeconds(30),
                msgs -> msgs.stream().map(TopicReader.Message::key).collect(Collectors.toSet()).containsAll(ids));
        for (String id : ids) {
            Set<String> eventIds = all.stream().filter(m -> id.equals(m.key()))
                    .map(m -> m.value().path("id").asText()).collect(Collectors.toSet());
            assertThat(eventIds).as("distinct events of " + id + " (one registration)").hasSize(1);
        }
        // nothing written during the outage exists
        assertThat(given().auth().oauth2(DevTokens.countyAdmin()).queryParam("size", 200)
                .get("/api/v1/mediation/disputes").then().statusCode(200).extract().jsonPath()
                .getList("items.summary", String.class)).noneMatch(s -> s.startsWith("during the outage"));
    }
}
