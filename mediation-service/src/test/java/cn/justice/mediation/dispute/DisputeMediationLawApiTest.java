package cn.justice.mediation.dispute;

import cn.justice.testing.DevTokens;
import cn.justice.testing.EventCatalogue;
import cn.justice.testing.KafkaTestResource;
import cn.justice.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.justice.mediation.dispute.DisputeLifecycleApiTest.D;
import static cn.justice.mediation.dispute.DisputeLifecycleApiTest.TODAY;
import static cn.justice.mediation.dispute.DisputeLifecycleApiTest.TOWN;
import static cn.justice.mediation.dispute.DisputeLifecycleApiTest.act;
import static cn.justice.mediation.dispute.DisputeLifecycleApiTest.admin;
import static cn.justice.mediation.dispute.DisputeLifecycleApiTest.committee;
import static cn.justice.mediation.dispute.DisputeLifecycleApiTest.dispute;
import static cn.justice.mediation.dispute.DisputeLifecycleApiTest.mediator;
import static cn.justice.mediation.dispute.DisputeLifecycleApiTest.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** 人民调解法 (DESIGN §10.3) over HTTP: 第23条 withdrawal, 第25条 escalation risk, 第33条 judicial confirmation. */
@QuarkusTest
class DisputeMediationLawApiTest {
    /** A SUCCEEDED dispute whose written agreement was signed {@code signedDaysAgo} days ago. */
    static String succeeded(String committee, int signedDaysAgo) {
        String id = register(committee);
        act(id, "accept", null, Map.of("mediatorIds", List.of(mediator(committee)),
                "acceptedOn", TODAY.minusDays(50).toString())).then().statusCode(200);
        act(id, "succeed", null, Map.of("agreement", Map.of("form", "WRITTEN", "signedOn",
                TODAY.minusDays(signedDaysAgo).toString(), "terms", "赔偿3000元"),
                "closedOn", TODAY.minusDays(signedDaysAgo).toString())).then().statusCode(200);
        return id;
    }

    static Map<String, Object> application(int appliedDaysAgo) {
        Map<String, Object> b = new HashMap<>();
        b.put("appliedOn", TODAY.minusDays(appliedDaysAgo).toString());
        b.put("court", "X县人民法院");
        b.put("jointApplication", true);
        return b;
    }

    /** 人民调解法第23条: the parties may withdraw before the dispute is accepted. */
    @Test
    void withdrawalBeforeAcceptance() {
        String id = register(committee(TOWN));
        act(id, "withdraw", null, Map.of("closedOn", TODAY.minusDays(61).toString())).then().statusCode(400)
                .body("errors[0].field", equalTo("closedOn"));
        act(id, "withdraw", "\"1\"", Map.of("reason", "双方自行和解")).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("closedOn", equalTo(TODAY.toString()))
                .body("acceptedOn", nullValue());
        act(id, "withdraw", null, Map.of()).then().statusCode(409).body("currentStatus", equalTo("WITHDRAWN"));
        given().auth().oauth2(DevTokens.auditor()).contentType(ContentType.JSON).body(Map.of())
                .post(D + "/" + register(committee(TOWN)) + "/withdraw").then().statusCode(403);
    }

    /** 人民调解法第33条: joint application only, day 30 after signing is the last day, decision due in 15 days. */
    @Test
    void judicialConfirmationIsJointWithinThirtyDaysAndDueInFifteen() {
        String committee = committee(TOWN);
        String id = succeeded(committee, 31);
        Map<String, Object> notJoint = application(0);
        notJoint.remove("jointApplication");
        act(id, "judicial-confirmation", null, notJoint).then().statusCode(422)
                .body("rule", equalTo("judicial-confirmation-joint-application")).body("detail", startsWith("人民调解法第33条"));
        notJoint.put("jointApplication", false);
        act(id, "judicial-confirmation", null, notJoint).then().statusCode(422);
        Map<String, Object> identity = application(0);
        identity.put("identityRelation", true);
        act(id, "judicial-confirmation", null, identity).then().statusCode(422)
                .body("rule", equalTo("judicial-confirmation-identity-relation"));
        // signed 31 days ago: today is day 31, yesterday day 30
        act(id, "judicial-confirmation", null, application(0)).then().statusCode(422)
                .body("rule", equalTo("judicial-confirmation-window")).body("detail", startsWith("人民调解法第33条"));
        act(id, "judicial-confirmation", null, application(1)).then().statusCode(200)
                .body("status", equalTo("SUCCEEDED"))
                .body("judicialConfirmation.jointApplication", equalTo(true))
                .body("judicialConfirmation.decisionDueOn", equalTo(TODAY.minusDays(1).plusDays(15).toString()));
        Map<String, Object> decided = application(1);
        decided.put("result", "CONFIRMED");
        decided.put("decidedOn", TODAY.toString());
        act(id, "judicial-confirmation", null, decided).then().statusCode(200)
                .body("judicialConfirmation.result", equalTo("CONFIRMED")).body("status", equalTo("SUCCEEDED"));
        decided.put("result", "INVALID");
        act(id, "judicial-confirmation", null, decided).then().statusCode(409)
                .body("rule", equalTo("judicial-confirmation-decided"));
        act(id, "judicial-confirmation", null, Map.of("appliedOn", TODAY.toString(), "court", "c", "jointApplication", "yes"))
                .then().statusCode(400);
    }

    /**
     * 人民调解法第33条: an INVALID ruling makes the dispute AGREEMENT_INVALID (not succeeded; event agreement-invalidated);
     * reopen mediates it again (ACCEPTED, due reopenedOn + 30 days) and keeps the invalidated agreement.
     */
    @Test
    void anInvalidAgreementIsReopenedForMediation() {
        String committee = committee(TOWN);
        String id = succeeded(committee, 20);
        act(id, "reopen", null, Map.of()).then().statusCode(409).body("currentStatus", equalTo("SUCCEEDED"));
        Map<String, Object> invalid = application(10);
        invalid.put("result", "INVALID");
        invalid.put("decidedOn", TODAY.minusDays(2).toString());
        act(id, "judicial-confirmation", null, invalid).then().statusCode(200)
                .body("status", equalTo("AGREEMENT_INVALID")).body("judicialConfirmation.result", equalTo("INVALID"))
                .body("version", equalTo(4));
        act(id, "follow-up", null, Map.of("date", TODAY.toString(), "performed", "NO")).then().statusCode(409)
                .body("currentStatus", equalTo("AGREEMENT_INVALID"));
        given().auth().oauth2(admin()).queryParam("status", "AGREEMENT_INVALID").queryParam("size", 200).get(D)
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(DevTokens.auditor()).contentType(ContentType.JSON).body(Map.of())
                .post(D + "/" + id + "/reopen").then().statusCode(403);
        given().auth().oauth2(DevTokens.townshipOfficer("519901101")).contentType(ContentType.JSON).body(Map.of())
                .post(D + "/" + id + "/reopen").then().statusCode(404);
        act(id, "reopen", null, Map.of("reopenedOn", TODAY.minusDays(3).toString())).then().statusCode(400)
                .body("errors[0].field", equalTo("reopenedOn"));
        act(id, "reopen", "\"4\"", Map.of("reopenedOn", TODAY.minusDays(1).toString(), "reason", "双方同意重新调解"))
                .then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("reopenedOn", equalTo(TODAY.minusDays(1).toString()))
                .body("acceptedOn", equalTo(TODAY.minusDays(50).toString()))
                .body("dueOn", equalTo(TODAY.minusDays(1).plusDays(30).toString())).body("overdue", equalTo(false))
                .body("closedOn", nullValue()).body("agreement", nullValue()).body("judicialConfirmation", nullValue())
                .body("invalidatedAgreement.agreement.terms", equalTo("赔偿3000元"))
                .body("invalidatedAgreement.judicialConfirmation.result", equalTo("INVALID"))
                .body("invalidatedAgreement.reopenReason", equalTo("双方同意重新调解"));
        // the new mediation closes on its own dates, not before the reopening
        act(id, "succeed", null, Map.of("agreement", Map.of("form", "WRITTEN", "signedOn", TODAY.minusDays(2).toString(),
                "terms", "t"))).then().statusCode(400).body("errors[0].field", equalTo("agreement.signedOn"));
        act(id, "succeed", null, Map.of("agreement", Map.of("form", "WRITTEN", "signedOn", TODAY.toString(), "terms", "新协议")))
                .then().statusCode(200).body("status", equalTo("SUCCEEDED")).body("agreement.terms", equalTo("新协议"));

        List<TopicReader.Message> events = TopicReader.forKey(KafkaTestResource.broker().bootstrapServers(),
                "justice.mediation.v1", id, 6, Duration.ofSeconds(20));
        assertThat(events).extracting(m -> m.value().get("type").asText()).containsExactly(
                "mediation.dispute.registered", "mediation.dispute.accepted", "mediation.dispute.succeeded",
                "mediation.dispute.agreement-invalidated", "mediation.dispute.reopened", "mediation.dispute.succeeded");
        JsonNode invalidated = events.get(3).value().get("data");
        assertThat(invalidated.get("status").asText()).isEqualTo("AGREEMENT_INVALID");
        assertThat(invalidated.get("judicialConfirmationResult").asText()).isEqualTo("INVALID");
        assertThat(invalidated.get("judicialConfirmationDecidedOn").asText()).isEqualTo(TODAY.minusDays(2).toString());
        JsonNode reopened = events.get(4).value().get("data");
        assertThat(reopened.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(reopened.get("reopenedOn").asText()).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(reopened.get("closedOn").isNull()).isTrue();
        EventCatalogue catalogue = EventCatalogue.load();
        for (TopicReader.Message m : events) {
            assertThat(catalogue.check(m.value())).as("event %s against docs/events.md", m.value().get("type")).isEmpty();
            assertThat(m.value().toString()).doesNotContain("张三").doesNotContain("赔偿").doesNotContain("重新调解")
                    .doesNotContain("13812341234");
        }
    }

    /** 人民调解法第25条: escalation risk and the report to the police on create and update, filterable. */
    @Test
    void escalationRiskIsRecordedAndFiltered() {
        String committee = committee(TOWN);
        Map<String, Object> body = dispute(committee);
        body.put("escalationRisk", "HIGH");
        body.put("reportedToPoliceOn", TODAY.minusDays(59).toString());
        String high = given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body).post(D).then().statusCode(201)
                .body("escalationRisk", equalTo("HIGH")).body("reportedToPoliceOn", equalTo(TODAY.minusDays(59).toString()))
                .extract().path("id");
        String none = register(committee);
        given().auth().oauth2(admin()).get(D + "/" + none).then().statusCode(200).body("escalationRisk", nullValue());
        given().auth().oauth2(admin()).queryParam("escalationRisk", "HIGH").queryParam("size", 200).get(D)
                .then().statusCode(200).body("items.id", hasItem(high)).body("items.id", not(hasItem(none)))
                .body("items.escalationRisk", everyItem(equalTo("HIGH")));
        given().auth().oauth2(DevTokens.townshipOfficer(TOWN)).queryParam("escalationRisk", "HIGH").queryParam("size", 200)
                .get(D).then().statusCode(200).body("items.id", hasItem(high));
        given().auth().oauth2(admin()).queryParam("escalationRisk", "EXTREME").get(D).then().statusCode(400);

        body.put("reportedToPoliceOn", TODAY.plusDays(1).toString());
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body).post(D).then().statusCode(400)
                .body("errors[0].field", equalTo("reportedToPoliceOn"));
        body.put("escalationRisk", "SEVERE");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body).post(D).then().statusCode(400);

        Map<String, Object> edit = new HashMap<>(Map.of("category", "HOMESTEAD", "summary", "宅基地纠纷",
                "parties", List.of(Map.of("name", "张三", "role", "APPLICANT")), "version", 1,
                "escalationRisk", "LOW", "reportedToPoliceOn", TODAY.toString()));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(edit).put(D + "/" + none).then().statusCode(200)
                .body("escalationRisk", equalTo("LOW")).body("reportedToPoliceOn", equalTo(TODAY.toString()));
        edit.put("version", 2);
        edit.put("escalationRisk", "NONE");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(edit).put(D + "/" + none).then().statusCode(400)
                .body("errors[0].field", equalTo("escalationRisk"));
        List<TopicReader.Message> events = TopicReader.forKey(KafkaTestResource.broker().bootstrapServers(),
                "justice.mediation.v1", none, 2, Duration.ofSeconds(20));
        assertThat(events.get(1).value().get("data").get("escalationRisk").asText()).isEqualTo("LOW");
        assertThat(events.get(1).value().get("data").get("reportedToPoliceOn").asText()).isEqualTo(TODAY.toString());
    }
}
