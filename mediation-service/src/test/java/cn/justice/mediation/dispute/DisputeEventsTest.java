package cn.justice.mediation.dispute;

import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaTestResource;
import cn.justice.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Registering a dispute publishes exactly one CloudEvent on justice.mediation.v1, without personal data. */
@QuarkusTest
class DisputeEventsTest {
    @Test
    void registeredEventIsOnTheTopic() {
        String id = given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", "519901202", "villageCode", "519901202203", "source", "POLICE_REFERRAL",
                        "category", "COMPENSATION", "mechanism", "POLICE_LINKAGE", "summary", "张三与李四赔偿纠纷 110105194912310021",
                        "registeredOn", "2026-05-04", "amountInvolved", 3500,
                        "parties", List.of(Map.of("name", "张三", "role", "APPLICANT", "idNumber", "11010519491231002X",
                                "phone", "13812341234"))))
                .post("/api/v1/mediation/disputes").then().statusCode(201).extract().path("id");

        List<TopicReader.Message> msgs = TopicReader.forKey(KafkaTestResource.broker().bootstrapServers(),
                "justice.mediation.v1", id, 1, Duration.ofSeconds(20));
        assertThat(msgs).hasSize(1);
        JsonNode e = msgs.get(0).value();
        assertThat(e.get("specversion").asText()).isEqualTo("1.0");
        assertThat(e.get("type").asText()).isEqualTo("mediation.dispute.registered");
        assertThat(e.get("source").asText()).isEqualTo("/mediation-service");
        assertThat(e.get("subject").asText()).isEqualTo(id);
        assertThat(e.get("id").asText()).hasSize(36);
        assertThat(e.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(e.get("countycode").asText()).isEqualTo("519901");
        assertThat(e.get("townshipcode").asText()).isEqualTo("519901202");
        assertThat(e.get("aggregateversion").isIntegralNumber()).isTrue();
        assertThat(e.get("aggregateversion").asLong()).isEqualTo(1);
        assertThat(e.get("time").asText()).endsWith("Z");
        JsonNode data = e.get("data");
        assertThat(data.get("disputeId").asText()).isEqualTo(id);
        assertThat(data.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(data.get("registeredOn").asText()).isEqualTo("2026-05-04");
        assertThat(data.get("category").asText()).isEqualTo("COMPENSATION");
        assertThat(data.get("villageCode").asText()).isEqualTo("519901202203");
        assertThat(data.get("version").asLong()).isEqualTo(1);
        // no personal data: the free-text summary (names, ID numbers) never leaves the service
        assertThat(e.toString()).doesNotContain("张三").doesNotContain("110105194912310021").doesNotContain("summary")
                .doesNotContain("11010519491231002X").doesNotContain("13812341234").doesNotContain("1234");
        assertThat(msgs.get(0).headers()).containsEntry("ce_type", "mediation.dispute.registered");
        assertThat(cn.justice.testing.EventCatalogue.load().check(e)).as("matches docs/events.md").isEmpty();
        assertThat(data.get("partyCount").asInt()).isEqualTo(1);
    }
}
