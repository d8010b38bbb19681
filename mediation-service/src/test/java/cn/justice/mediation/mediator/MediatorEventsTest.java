package cn.justice.mediation.mediator;

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

import static cn.justice.mediation.RegisterFixtures.MEDIATORS;
import static cn.justice.mediation.RegisterFixtures.act;
import static cn.justice.mediation.RegisterFixtures.createCommittee;
import static cn.justice.mediation.RegisterFixtures.mediator;
import static cn.justice.mediation.RegisterFixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each mediator change puts exactly one CloudEvent on justice.mediation.v1, in order, with the state the gateway needs
 * — and never the mediator's name (personal data) nor the training topic (free text).
 */
@QuarkusTest
class MediatorEventsTest {
    static final String NAME = "吉克曲布";
    static final String RENAMED = "吉克曲布莫";
    static final String TOPIC = "德古调解与法律衔接培训";

    @Test
    void appointedUpdatedTrainedRetiredAreOnTheTopicInOrderWithoutTheName() {
        String committee = createCommittee("519901203", "TOWNSHIP", "2015-01-01");
        Map<String, Object> b = mediator(committee, NAME, "2020-03-01");
        b.put("traditional", true);
        String id = post(DevTokens.countyAdmin(), MEDIATORS, b).then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", RENAMED, "kind", "FULL_TIME", "traditional", true, "termEndsOn", "2028-02-29"))
                .put(MEDIATORS + "/" + id).then().statusCode(200);
        act(MEDIATORS, id, "train", Map.of("date", "2024-09-12", "hours", 4.5, "topic", TOPIC));
        act(MEDIATORS, id, "retire", Map.of("retiredOn", "2025-12-31"));

        List<TopicReader.Message> msgs = TopicReader.forKey(KafkaTestResource.broker().bootstrapServers(),
                "justice.mediation.v1", id, 4, Duration.ofSeconds(20));
        assertThat(msgs).extracting(m -> m.value().get("type").asText()).containsExactly(
                "mediation.mediator.appointed", "mediation.mediator.updated",
                "mediation.mediator.trained", "mediation.mediator.retired");
        assertThat(msgs).extracting(m -> m.value().get("aggregateversion").asLong()).containsExactly(1L, 2L, 3L, 4L);
        for (TopicReader.Message m : msgs) {
            JsonNode e = m.value();
            assertThat(e.get("subject").asText()).isEqualTo(id);
            assertThat(e.get("countycode").asText()).isEqualTo("519901");
            assertThat(e.get("townshipcode").asText()).isEqualTo("519901203");
            JsonNode d = e.get("data");
            assertThat(d.get("mediatorId").asText()).isEqualTo(id);
            assertThat(d.get("committeeId").asText()).isEqualTo(committee);
            assertThat(d.get("version").asLong()).isEqualTo(e.get("aggregateversion").asLong());
            assertThat(d.get("appointedOn").asText()).isEqualTo("2020-03-01");
            assertThat(d.get("traditional").asBoolean()).isTrue();
            assertThat(cn.justice.testing.EventCatalogue.load().check(e)).as("matches docs/events.md").isEmpty();
            // no personal data, no free text
            assertThat(e.toString()).doesNotContain("吉克").doesNotContain("\"name\"").doesNotContain(TOPIC)
                    .doesNotContain("topic");
        }
        JsonNode appointed = msgs.get(0).value().get("data");
        assertThat(appointed.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(appointed.get("kind").asText()).isEqualTo("PART_TIME");
        assertThat(appointed.get("retiredOn").isNull()).isTrue();
        assertThat(appointed.get("trainingHours").isNull()).isTrue();
        assertThat(appointed.get("trainingCount").asInt()).isZero();

        JsonNode updated = msgs.get(1).value().get("data");
        assertThat(updated.get("kind").asText()).isEqualTo("FULL_TIME");
        assertThat(updated.get("termEndsOn").asText()).isEqualTo("2028-02-29");

        JsonNode trained = msgs.get(2).value().get("data");
        assertThat(trained.get("trainingDate").asText()).isEqualTo("2024-09-12");
        assertThat(trained.get("trainingHours").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(trained.get("trainingCount").asInt()).isEqualTo(1);
        assertThat(trained.get("status").asText()).isEqualTo("ACTIVE");
        // every training so far, date and hours (no topic): the gateway's mediator_training_hours needs them all
        assertThat(trained.get("trainings")).hasSize(1);
        assertThat(trained.get("trainings").get(0).get("date").asText()).isEqualTo("2024-09-12");
        assertThat(trained.get("trainings").get(0).get("hours").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(trained.get("trainings").get(0).has("topic")).isFalse();
        assertThat(appointed.get("trainings")).isEmpty();

        JsonNode retired = msgs.get(3).value().get("data");
        assertThat(retired.get("status").asText()).isEqualTo("RETIRED");
        assertThat(retired.get("retiredOn").asText()).isEqualTo("2025-12-31");
        assertThat(retired.get("trainingHours").isNull()).isTrue();
        assertThat(retired.get("trainingCount").asInt()).isEqualTo(1);
        assertThat(retired.get("trainings")).hasSize(1);
    }
}
