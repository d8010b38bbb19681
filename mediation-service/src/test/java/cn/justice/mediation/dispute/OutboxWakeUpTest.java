package cn.justice.mediation.dispute;

import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaTestResource;
import cn.justice.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay is woken by the commit of a transaction that appended events, not by its poll: with the poll set to a
 * minute, a registered dispute's event is still on the topic within seconds (NOTIFY is no longer used: OutboxSignal).
 */
@QuarkusTest
@TestProfile(OutboxWakeUpTest.MinutePoll.class)
class OutboxWakeUpTest {
    public static class MinutePoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("justice.outbox.poll-interval", "PT60S");
        }
    }

    @Test
    void aCommittedEventIsPublishedWithoutWaitingForThePoll() throws InterruptedException {
        Thread.sleep(1500); // the relay has started, published nothing and gone into its one-minute wait
        for (int i = 0; i < 3; i++) {
            String id = given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON)
                    .body(Map.of("townshipCode", "519901201", "source", "SCREENING", "category", "NEIGHBOR",
                            "summary", "wake-up " + i, "registeredOn", "2026-07-0" + (i + 1),
                            "parties", List.of(Map.of("name", "王五", "role", "APPLICANT"))))
                    .post("/api/v1/mediation/disputes").then().statusCode(201).extract().path("id");
            List<TopicReader.Message> msgs = TopicReader.forKey(KafkaTestResource.broker().bootstrapServers(),
                    "justice.mediation.v1", id, 1, Duration.ofSeconds(20));
            // 20 s: a third of the poll; only the commit's wake-up can have published it
            assertThat(msgs).as("event of write %d", i).hasSize(1);
        }
    }
}
