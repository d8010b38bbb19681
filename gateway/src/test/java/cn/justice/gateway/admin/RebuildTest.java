package cn.justice.gateway.admin;

import cn.justice.platform.events.CloudEvent;
import cn.justice.platform.events.CloudEventCodec;
import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaTestResource;
import cn.justice.testing.PostgresDatabases;
import cn.justice.testing.TopicWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** A rebuild replays the topics into fresh tables and swaps them in: a damaged read model comes back right. */
@QuarkusTest
class RebuildTest {
    static int disputes(int year) {
        return given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901").queryParam("year", year)
                .get("/api/v1/plans/15th-fyp/progress").then().statusCode(200)
                .extract().path("indicators.find { it.code == 'MED_DISPUTES' }.numerator");
    }

    @Test
    void rebuildRestoresTheFiguresFromTheTopics() throws Exception {
        for (int i = 0; i < 5; i++) {
            UUID id = UUID.randomUUID();
            ObjectNode data = CloudEventCodec.mapper().createObjectNode().put("status", "REGISTERED")
                    .put("registeredOn", "2029-0" + (i + 1) + "-10");
            CloudEvent e = new CloudEvent("1.0", UUID.randomUUID(), "mediation.dispute.registered", "/mediation-service",
                    id.toString(), Instant.now(), "application/json", "519901", "519901203", 1L, data);
            TopicWriter.send(KafkaTestResource.broker().bootstrapServers(), "justice.mediation.v1", id.toString(), CloudEventCodec.toJson(e));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(disputes(2029)).isEqualTo(5));
        // damage the read model behind the gateway's back
        try (var c = DriverManager.getConnection(PostgresDatabases.jdbcUrl("gateway_test"), PostgresDatabases.user(), PostgresDatabases.password());
             var st = c.createStatement()) {
            st.executeUpdate("UPDATE rollup SET value = value + 100 WHERE measure = 'disputes_registered' AND month >= '2029-01-01'");
        }
        assertThat(disputes(2029)).isGreaterThan(100);

        given().auth().oauth2(DevTokens.auditor()).post("/api/v1/admin/rebuild").then().statusCode(403);
        given().auth().oauth2(DevTokens.countyAdmin()).post("/api/v1/admin/rebuild").then().statusCode(202)
                .body("state", equalTo("RUNNING"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(DevTokens.auditor()).get("/api/v1/admin/rebuild").then().statusCode(200)
                        .body("state", equalTo("DONE")));
        assertThat(disputes(2029)).isEqualTo(5);
        int events = given().auth().oauth2(DevTokens.auditor()).get("/api/v1/admin/rebuild").then().extract().path("events");
        assertThat(events).isGreaterThanOrEqualTo(5);
        // the live consumer keeps working on the swapped-in tables
        UUID later = UUID.randomUUID();
        ObjectNode data = CloudEventCodec.mapper().createObjectNode().put("status", "REGISTERED").put("registeredOn", "2029-09-01");
        TopicWriter.send(KafkaTestResource.broker().bootstrapServers(), "justice.mediation.v1", later.toString(),
                CloudEventCodec.toJson(new CloudEvent("1.0", UUID.randomUUID(), "mediation.dispute.registered", "/mediation-service",
                        later.toString(), Instant.now(), "application/json", "519901", "519901203", 1L, data)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(disputes(2029)).isEqualTo(6));
        // a second rebuild works too (index names restored after the swap)
        given().auth().oauth2(DevTokens.countyAdmin()).post("/api/v1/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(DevTokens.auditor()).get("/api/v1/admin/rebuild").then().body("state", equalTo("DONE")));
        assertThat(disputes(2029)).isEqualTo(6);
    }
}
