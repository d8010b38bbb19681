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

    static CloudEvent heldActivity(UUID id, long version, String township, String venue, String heldOn) {
        ObjectNode data = CloudEventCodec.mapper().createObjectNode()
                .put("activityId", id.toString()).put("version", version).put("countyCode", "519901")
                .put("townshipCode", township).put("venue", venue).put("status", "HELD").put("heldOn", heldOn)
                .put("participants", 10).put("materialsDistributed", 5);
        return new CloudEvent("1.0", UUID.randomUUID(), "publicity.activity.held", "/publicity-service",
                id.toString(), Instant.now(), "application/json", "519901", township, version, data);
    }

    /** 法律七进 coverage counts township × venue pairs once, however many activities each had, and follows corrections. */
    @Test
    void sevenIntoCoverageCountsDistinctPairsAndFollowsCorrections() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        String publicity = "justice.publicity.v1";
        for (CloudEvent e : new CloudEvent[]{heldActivity(a, 2, "519901200", "SCHOOL", "2029-03-01"),
                heldActivity(b, 2, "519901200", "SCHOOL", "2029-05-01"),
                heldActivity(c, 2, "519901200", "VILLAGE", "2029-05-02")}) {
            TopicWriter.send(KafkaTestResource.broker().bootstrapServers(), publicity, e.subject(), CloudEventCodec.toJson(e));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath p = progress("519901", 2029);
            assertThat(indicator(p, "PUB_ACTIVITIES", "numerator")).isEqualTo(3);
            assertThat(indicator(p, "PUB_SEVEN_INTO_COVERAGE", "numerator")).isEqualTo(2);
            assertThat(indicator(p, "PUB_SEVEN_INTO_COVERAGE", "denominator")).isEqualTo(42);
        });
        assertThat(indicator(progress("519901200", 2029), "PUB_SEVEN_INTO_COVERAGE", "numerator")).isEqualTo(2);
        assertThat(indicator(progress("519901200", 2029), "PUB_SEVEN_INTO_COVERAGE", "denominator")).isEqualTo(7);

        // a's date corrected into 2030: the school pair stays covered in 2029 through b
        CloudEvent moved = heldActivity(a, 3, "519901200", "SCHOOL", "2030-01-10");
        TopicWriter.send(KafkaTestResource.broker().bootstrapServers(), publicity, moved.subject(), CloudEventCodec.toJson(moved));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(indicator(progress("519901", 2030), "PUB_SEVEN_INTO_COVERAGE", "numerator")).isEqualTo(1));
        assertThat(indicator(progress("519901", 2029), "PUB_ACTIVITIES", "numerator")).isEqualTo(2);
        assertThat(indicator(progress("519901", 2029), "PUB_SEVEN_INTO_COVERAGE", "numerator")).isEqualTo(2);

        // b moved too: no school activity is left in 2029
        CloudEvent bMoved = heldActivity(b, 3, "519901200", "SCHOOL", "2030-02-10");
        TopicWriter.send(KafkaTestResource.broker().bootstrapServers(), publicity, bMoved.subject(), CloudEventCodec.toJson(bMoved));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(indicator(progress("519901", 2029), "PUB_SEVEN_INTO_COVERAGE", "numerator")).isEqualTo(1));
        assertThat(indicator(progress("519901", 2030), "PUB_SEVEN_INTO_COVERAGE", "numerator")).isEqualTo(1);
    }

    @Test
    void poisonMessagesAreDeadLetteredAndLaterEventsStillApply() {
        String bootstrap = KafkaTestResource.broker().bootstrapServers();
        double before = metric("readmodel_dead_letters_total");
        TopicWriter.send(bootstrap, TOPIC, "junk", "{not json");
        TopicWriter.send(bootstrap, TOPIC, "junk", "{\"hello\":1}");
        CloudEvent unknown = new CloudEvent("1.0", UUID.randomUUID(), "mediation.session.held", "/mediation-service",
                UUID.randomUUID().toString(), Instant.now(), "application/json", "519901", "519901203", 1L,
                CloudEventCodec.mapper().createObjectNode().put("heldOn", "2028-06-01"));
        TopicWriter.send(bootstrap, TOPIC, unknown.subject(), CloudEventCodec.toJson(unknown));
        send(dispute(UUID.randomUUID(), 1, "519901203", "REGISTERED", "2028-06-01", null));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(indicator(progress("519901203", 2028), "MED_DISPUTES", "numerator")).isEqualTo(1));

        assertThat(metric("readmodel_dead_letters_total") - before).isEqualTo(3.0);
        JsonPath letters = given().auth().oauth2(DevTokens.countyAdmin()).get("/api/v1/admin/dead-letters")
                .then().statusCode(200).extract().jsonPath();
        assertThat(letters.getList("findAll { it.topic == 'justice.mediation.v1' }.reason", String.class))
                .anyMatch(r -> r.startsWith("not a CloudEvent"))
                .anyMatch(r -> r.contains("unknown event type mediation.session.held"));
        assertThat(letters.getString("find { it.eventType == 'mediation.session.held' }.eventId"))
                .isEqualTo(unknown.id().toString());
        assertThat(letters.getInt("find { it.eventType == 'mediation.session.held' }.payloadBytes")).isPositive();
        // auditors may look, township officers may not
        given().auth().oauth2(DevTokens.auditor()).get("/api/v1/admin/dead-letters").then().statusCode(200);
        given().auth().oauth2(DevTokens.townshipOfficer("519901203")).get("/api/v1/admin/dead-letters").then().statusCode(403);
    }

    static double metric(String name) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
