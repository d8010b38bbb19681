package cn.justice.mediation.committee;

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

import static cn.justice.mediation.RegisterFixtures.COMMITTEES;
import static cn.justice.mediation.RegisterFixtures.act;
import static cn.justice.mediation.RegisterFixtures.allCriteria;
import static cn.justice.mediation.RegisterFixtures.committee;
import static cn.justice.mediation.RegisterFixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each committee change puts exactly one CloudEvent on justice.mediation.v1, in order, carrying the state the gateway
 * needs (codes, dates, figures, version) and not the committee's name nor the dissolution reason.
 */
@QuarkusTest
class CommitteeEventsTest {
    static final String NAME = "则拉乡派出所人民调解室";
    static final String REASON = "派出所撤并，联系人王五";

    @Test
    void registeredUpdatedAssessedDissolvedAreOnTheTopicInOrder() {
        Map<String, Object> b = committee("519901202", NAME, "POLICE_STATION", "2021-04-01");
        String id = post(DevTokens.countyAdmin(), COMMITTEES, b).then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", NAME, "type", "POLICE_STATION", "villageCode", "519901202201",
                        "establishedOn", "2021-04-01", "filedOn", "2021-05-10", "memberCount", 3))
                .put(COMMITTEES + "/" + id).then().statusCode(200);
        act(COMMITTEES, id, "assess", Map.of("assessedOn", "2023-09-01", "criteria", allCriteria(true)));
        act(COMMITTEES, id, "dissolve", Map.of("dissolvedOn", "2025-03-31", "reason", REASON));

        List<TopicReader.Message> msgs = TopicReader.forKey(KafkaTestResource.broker().bootstrapServers(),
                "justice.mediation.v1", id, 4, Duration.ofSeconds(20));
        assertThat(msgs).extracting(m -> m.value().get("type").asText()).containsExactly(
                "mediation.committee.registered", "mediation.committee.updated",
                "mediation.committee.assessed", "mediation.committee.dissolved");
        assertThat(msgs).extracting(m -> m.value().get("aggregateversion").asLong()).containsExactly(1L, 2L, 3L, 4L);
        for (TopicReader.Message m : msgs) {
            JsonNode e = m.value();
            assertThat(e.get("source").asText()).isEqualTo("/mediation-service");
            assertThat(e.get("subject").asText()).isEqualTo(id);
            assertThat(e.get("countycode").asText()).isEqualTo("519901");
            assertThat(e.get("townshipcode").asText()).isEqualTo("519901202");
            assertThat(e.get("data").get("version").asLong()).isEqualTo(e.get("aggregateversion").asLong());
            assertThat(e.get("data").get("committeeId").asText()).isEqualTo(id);
            assertThat(m.headers()).containsEntry("ce_type", e.get("type").asText());
            assertThat(cn.justice.testing.EventCatalogue.load().check(e)).as("matches docs/events.md").isEmpty();
            // organisations' names and free text stay in the service
            assertThat(e.toString()).doesNotContain(NAME).doesNotContain("王五").doesNotContain("\"name\"")
                    .doesNotContain("reason");
        }

        JsonNode registered = msgs.get(0).value().get("data");
        assertThat(registered.get("type").asText()).isEqualTo("POLICE_STATION");
        assertThat(registered.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(registered.get("establishedOn").asText()).isEqualTo("2021-04-01");
        assertThat(registered.get("memberCount").asInt()).isEqualTo(5);
        assertThat(registered.get("standardized").asBoolean()).isFalse();
        assertThat(registered.get("villageCode").isNull()).isTrue();
        assertThat(registered.get("filedOn").isNull()).isTrue();
        assertThat(registered.get("assessedOn").isNull()).isTrue();
        assertThat(registered.get("dissolvedOn").isNull()).isTrue();

        JsonNode updated = msgs.get(1).value().get("data");
        assertThat(updated.get("villageCode").asText()).isEqualTo("519901202201");
        assertThat(updated.get("filedOn").asText()).isEqualTo("2021-05-10");
        assertThat(updated.get("memberCount").asInt()).isEqualTo(3);

        JsonNode assessed = msgs.get(2).value().get("data");
        assertThat(assessed.get("standardized").asBoolean()).isTrue();
        assertThat(assessed.get("assessedOn").asText()).isEqualTo("2023-09-01");
        assertThat(assessed.get("criteria").get("NAME_PLATE").asBoolean()).isTrue();
        assertThat(assessed.get("criteria").size()).isEqualTo(6);

        JsonNode dissolved = msgs.get(3).value().get("data");
        assertThat(dissolved.get("status").asText()).isEqualTo("DISSOLVED");
        assertThat(dissolved.get("dissolvedOn").asText()).isEqualTo("2025-03-31");
        assertThat(dissolved.get("standardized").asBoolean()).isTrue();
        assertThat(dissolved.get("establishedOn").asText()).isEqualTo("2021-04-01");
    }

    @Test
    void aRepeatedCreateAndAnUnchangedPutEmitNothing() {
        Map<String, Object> b = committee("519901202", "repeat", "TOWNSHIP", "2021-04-01");
        b.put("id", java.util.UUID.randomUUID().toString());
        String id = post(DevTokens.countyAdmin(), COMMITTEES, b).then().statusCode(201).extract().path("id");
        post(DevTokens.countyAdmin(), COMMITTEES, b).then().statusCode(200);
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", "repeat", "type", "TOWNSHIP", "establishedOn", "2021-04-01", "memberCount", 5))
                .put(COMMITTEES + "/" + id).then().statusCode(200).body("version", org.hamcrest.Matchers.equalTo(1));
        act(COMMITTEES, id, "assess", Map.of("assessedOn", "2023-09-01", "criteria", Map.of()));
        // the assess event (version 2) arrives: everything before it is on the topic too
        List<TopicReader.Message> msgs = TopicReader.forKey(KafkaTestResource.broker().bootstrapServers(),
                "justice.mediation.v1", id, 2, Duration.ofSeconds(20));
        assertThat(msgs).extracting(m -> m.value().get("type").asText())
                .containsExactly("mediation.committee.registered", "mediation.committee.assessed");
    }
}
