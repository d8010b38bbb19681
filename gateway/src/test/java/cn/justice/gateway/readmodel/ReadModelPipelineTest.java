package cn.justice.gateway.readmodel;

import cn.justice.platform.events.CloudEvent;
import cn.justice.platform.events.CloudEventCodec;
import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaTestResource;
import cn.justice.testing.TopicWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events put on the real topic reach the progress API: duplicates count once, stale versions change nothing, a
 * newer version replaces the aggregate's contribution, a malformed message does not stop the consumer.
 */
@QuarkusTest
class ReadModelPipelineTest {
    static final String TOPIC = "justice.mediation.v1";

    static CloudEvent dispute(UUID id, long version, String township, String status, String registeredOn, String closedOn) {
        ObjectNode data = CloudEventCodec.mapper().createObjectNode()
                .put("disputeId", id.toString()).put("version", version).put("countyCode", "519901")
                .put("townshipCode", township).put("status", status).put("registeredOn", registeredOn);
        if (closedOn != null) {
            data.put("acceptedOn", registeredOn).put("closedOn", closedOn);
        }
        return new CloudEvent("1.0", UUID.randomUUID(), "mediation.dispute." + status.toLowerCase(), "/mediation-service",
                id.toString(), Instant.now(), "application/json", "519901", township, version, data);
    }

    static void send(CloudEvent e) {
        TopicWriter.send(KafkaTestResource.broker().bootstrapServers(), TOPIC, e.subject(), CloudEventCodec.toJson(e));
    }

    static JsonPath progress(String org, int year) {
        return given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", org).queryParam("year", year)
                .get("/api/v1/plans/15th-fyp/progress").then().statusCode(200).extract().jsonPath();
    }

    static int indicator(JsonPath p, String code, String field) {
        Object v = p.get("indicators.find { it.code == '" + code + "' }." + field);
        return v == null ? -1 : ((Number) v).intValue();
    }

    @Test
    void duplicatesCountOnceStaleIsIgnoredNewerReplaces() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        CloudEvent aRegistered = dispute(a, 1, "519901201", "REGISTERED", "2027-03-01", null);
        send(aRegistered);
        send(aRegistered); // the same event delivered twice
        send(dispute(b, 1, "519901202", "REGISTERED", "2027-04-01", null));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(indicator(progress("519901", 2027), "MED_DISPUTES", "numerator")).isEqualTo(2));
        assertThat(indicator(progress("519901201", 2027), "MED_DISPUTES", "actual")).isEqualTo(1);
        assertThat(progress("519901", 2027).getString("indicators.find { it.code == 'MED_DISPUTES' }.denominator")).isNull();

        // a newer version replaces the contribution: a succeeded, b failed → success rate 50 %
        send(dispute(a, 3, "519901201", "SUCCEEDED", "2027-03-01", "2027-03-20"));
        send(dispute(b, 2, "519901202", "FAILED", "2027-04-01", "2027-05-02"));
        // an older version arriving late changes nothing
        send(dispute(a, 2, "519901201", "FAILED", "2027-03-01", "2027-03-10"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath p = progress("519901", 2027);
            assertThat(indicator(p, "MED_SUCCESS_RATE", "numerator")).isEqualTo(1);
            assertThat(indicator(p, "MED_SUCCESS_RATE", "denominator")).isEqualTo(2);
        });
        JsonPath p = progress("519901", 2027);
        assertThat(p.getDouble("indicators.find { it.code == 'MED_SUCCESS_RATE' }.actual")).isEqualTo(50.0);
        assertThat(indicator(p, "MED_DISPUTES", "numerator")).isEqualTo(2);
        assertThat(p.getString("asOf")).isNotNull();
        assertThat(indicator(progress("519901201", 2027), "MED_SUCCESS_RATE", "numerator")).isEqualTo(1);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("readmodel_consumer_lag").contains("readmodel_last_event_age_seconds")
                .contains("readmodel_events_applied_total");
    }

    @Test
    void aMalformedMessageIsSkippedAndLaterEventsStillApply() {
        TopicWriter.send(KafkaTestResource.broker().bootstrapServers(), TOPIC, "junk", "{not json");
        TopicWriter.send(KafkaTestResource.broker().bootstrapServers(), TOPIC, "junk", "{\"hello\":1}");
        send(dispute(UUID.randomUUID(), 1, "519901203", "REGISTERED", "2028-06-01", null));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(indicator(progress("519901203", 2028), "MED_DISPUTES", "numerator")).isEqualTo(1));
    }
}
