package cn.justice.mediation.dispute;

import cn.justice.testing.BureauDay;
import cn.justice.testing.DevTokens;
import cn.justice.testing.EventCatalogue;
import cn.justice.testing.KafkaTestResource;
import cn.justice.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** The dispute lifecycle over HTTP: actions, versions, rules, personal data and the events each action publishes. */
@QuarkusTest
class DisputeLifecycleApiTest {
    static final String D = "/api/v1/mediation/disputes";
    static final String TOWN = "519901200";
    static final LocalDate TODAY = BureauDay.today();

    static String admin() {
        return DevTokens.countyAdmin();
    }

    static String committee(String township) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "新茶乡人民调解委员会 " + UUID.randomUUID(), "type", "TOWNSHIP", "townshipCode", township,
                        "establishedOn", "2020-01-01", "memberCount", 5))
                .post("/api/v1/mediation/committees").then().statusCode(201).extract().path("id");
    }

    static String mediator(String committeeId) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "阿呷", "committeeId", committeeId, "kind", "PART_TIME", "traditional", true,
                        "appointedOn", "2021-01-01"))
                .post("/api/v1/mediation/mediators").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> dispute(String committeeId) {
        Map<String, Object> b = new HashMap<>();
        b.put("townshipCode", TOWN);
        b.put("committeeId", committeeId);
        b.put("source", "APPLICATION");
        b.put("category", "HOMESTEAD");
        b.put("summary", "宅基地纠纷");
        b.put("registeredOn", TODAY.minusDays(60).toString());
        b.put("parties", List.of(Map.of("name", "张三", "role", "APPLICANT", "idNumber", "11010519491231002X", "phone", "13812341234"),
                Map.of("name", "李四", "role", "RESPONDENT")));
        return b;
    }

    static String register(String committeeId) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON).body(dispute(committeeId)).post(D)
                .then().statusCode(201).extract().path("id");
    }

    static Response act(String id, String action, String ifMatch, Object body) {
        var spec = given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            spec.header("If-Match", ifMatch);
        }
        return spec.post(D + "/" + id + "/" + action);
    }

    @Test
    void registeredAcceptedSucceededFollowedUpConfirmed() {
        String committee = committee(TOWN);
        String m1 = mediator(committee);
        String m2 = mediator(committee);
        String id = register(committee);

        act(id, "accept", "\"1\"", Map.of("mediatorIds", List.of(m1, m2, m1), "acceptedOn", TODAY.minusDays(10).toString()))
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("ACCEPTED")).body("version", equalTo(2))
                .body("dueOn", equalTo(TODAY.minusDays(10).plusDays(30).toString()))
                .body("mediatorIds", equalTo(List.of(m1, m2)));
        // stale If-Match: 412; action not allowed now: 409 with the state
        act(id, "reject", "\"1\"", Map.of("reason", "x")).then().statusCode(412).contentType("application/problem+json");
        act(id, "reject", null, Map.of("reason", "x")).then().statusCode(409)
                .body("currentStatus", equalTo("ACCEPTED"));
        act(id, "succeed", null, Map.of("agreement", Map.of("form", "WRITTEN", "terms", "赔偿3000元")))
                .then().statusCode(400).body("errors[0].field", equalTo("agreement.signedOn"));
        act(id, "succeed", "\"2\"", Map.of("agreement", Map.of("form", "WRITTEN", "signedOn", TODAY.minusDays(5).toString(),
                        "terms", "赔偿3000元", "amount", 3000, "performBy", TODAY.plusDays(10).toString()),
                        "closedOn", TODAY.minusDays(5).toString()))
                .then().statusCode(200).body("status", equalTo("SUCCEEDED")).body("agreement.form", equalTo("WRITTEN"))
                .body("closedOn", equalTo(TODAY.minusDays(5).toString()));
        act(id, "follow-up", null, Map.of("date", TODAY.toString(), "performed", "PARTLY"))
                .then().statusCode(200).body("followUps[0].performed", equalTo("PARTLY"));
        act(id, "judicial-confirmation", null, Map.of("appliedOn", TODAY.toString(), "court", "X县人民法院", "jointApplication", true))
                .then().statusCode(200).body("judicialConfirmation.court", equalTo("X县人民法院"))
                .body("judicialConfirmation.result", nullValue()).body("version", equalTo(5));

        List<TopicReader.Message> events = TopicReader.forKey(KafkaTestResource.broker().bootstrapServers(),
                "justice.mediation.v1", id, 5, Duration.ofSeconds(20));
        assertThat(events).extracting(m -> m.value().get("type").asText()).containsExactly(
                "mediation.dispute.registered", "mediation.dispute.accepted", "mediation.dispute.succeeded",
                "mediation.dispute.followed-up", "mediation.dispute.judicial-confirmation-recorded");
        assertThat(events).extracting(m -> m.value().get("aggregateversion").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L);
        JsonNode succeeded = events.get(2).value().get("data");
        assertThat(succeeded.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(succeeded.get("closedOn").asText()).isEqualTo(TODAY.minusDays(5).toString());
        assertThat(succeeded.get("agreementForm").asText()).isEqualTo("WRITTEN");
        assertThat(events.get(1).value().get("data").get("mediatorCount").asInt()).isEqualTo(2);
        assertThat(events.get(3).value().get("data").get("lastFollowUpPerformed").asText()).isEqualTo("PARTLY");
        // the work queue's 回访 after the performance date (DESIGN §11)
        assertThat(events.get(1).value().get("data").get("agreementPerformBy").isNull()).isTrue();
        assertThat(succeeded.get("agreementPerformBy").asText()).isEqualTo(TODAY.plusDays(10).toString());
        assertThat(succeeded.get("lastFollowUpOn").isNull()).isTrue();
        assertThat(events.get(3).value().get("data").get("lastFollowUpOn").asText()).isEqualTo(TODAY.toString());
        EventCatalogue catalogue = EventCatalogue.load();
        for (TopicReader.Message m : events) {
            assertThat(catalogue.check(m.value())).as("event %s against docs/events.md", m.value().get("type")).isEmpty();
            assertThat(m.value().toString()).doesNotContain("张三").doesNotContain("赔偿").doesNotContain("13812341234")
                    .doesNotContain("11010519491231002X");
        }
    }

    @Test
    void judicialConfirmationAfterThirtyDaysOrOnAnOralAgreementIsRefusedWithTheReason() {
        String committee = committee(TOWN);
        String id = register(committee);
        act(id, "accept", null, Map.of("mediatorIds", List.of(mediator(committee)), "acceptedOn", TODAY.minusDays(50).toString()))
                .then().statusCode(200);
        act(id, "succeed", null, Map.of("agreement", Map.of("form", "WRITTEN", "signedOn", TODAY.minusDays(45).toString(),
                "terms", "t"), "closedOn", TODAY.minusDays(45).toString())).then().statusCode(200);
        // 人民调解法第33条: a refusal of the law is a 422 naming the article (was 409 before DESIGN §10.3)
        act(id, "judicial-confirmation", null, Map.of("appliedOn", TODAY.toString(), "court", "c", "jointApplication", true))
                .then().statusCode(422).body("type", equalTo("https://justice.local/problems/rule-violated"))
                .body("rule", equalTo("judicial-confirmation-window"))
                .body("detail", org.hamcrest.Matchers.containsString(TODAY.minusDays(15).toString()));
        act(id, "judicial-confirmation", null, Map.of("appliedOn", TODAY.minusDays(15).toString(), "court", "c",
                "result", "CONFIRMED", "decidedOn", TODAY.toString(), "jointApplication", true)).then().statusCode(200)
                .body("judicialConfirmation.result", equalTo("CONFIRMED"));

        String oral = register(committee);
        act(oral, "accept", null, Map.of("mediatorIds", List.of(mediator(committee)))).then().statusCode(200);
        act(oral, "succeed", null, Map.of("agreement", Map.of("form", "ORAL", "terms", "t"))).then().statusCode(200);
        act(oral, "judicial-confirmation", null, Map.of("appliedOn", TODAY.toString(), "court", "c", "jointApplication", true))
                .then().statusCode(409).body("rule", equalTo("judicial-confirmation-needs-written-agreement"));
    }

    @Test
    void failureRecordsTheReferralAndWithdrawalCloses() {
        String committee = committee(TOWN);
        String failed = register(committee);
        act(failed, "accept", null, Map.of("mediatorIds", List.of(mediator(committee)))).then().statusCode(200);
        act(failed, "fail", null, Map.of("reason", "分歧大", "referral", "LITIGATION")).then().statusCode(200)
                .body("status", equalTo("FAILED")).body("referral", equalTo("LITIGATION")).body("closedOn", equalTo(TODAY.toString()));
        act(failed, "fail", null, Map.of("reason", "again", "referral", "NONE")).then().statusCode(409)
                .body("currentStatus", equalTo("FAILED"));
        act(failed, "fail", null, Map.of("reason", "x", "referral", "COURTROOM")).then().statusCode(400);

        String withdrawn = register(committee);
        act(withdrawn, "accept", null, Map.of("mediatorIds", List.of(mediator(committee)))).then().statusCode(200);
        act(withdrawn, "withdraw", null, Map.of("reason", "已自行和解")).then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        String rejected = register(committee);
        act(rejected, "reject", null, Map.of()).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        act(rejected, "reject", null, Map.of("reason", "不属于受理范围")).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejectReason", equalTo("不属于受理范围"));
    }

    @Test
    void acceptanceNeedsActiveMediatorsOfTheCommitteeAndAnActiveCommittee() {
        String committee = committee(TOWN);
        String other = committee(TOWN);
        String id = register(committee);
        act(id, "accept", null, Map.of("mediatorIds", List.of(mediator(other)))).then().statusCode(400)
                .body("errors[0].field", equalTo("mediatorIds[0]"));
        act(id, "accept", null, Map.of("mediatorIds", List.of())).then().statusCode(400);
        String noCommittee = given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(new HashMap<>(dispute(committee)) {{ remove("committeeId"); }}).post(D).then().statusCode(201).extract().path("id");
        act(noCommittee, "accept", null, Map.of("mediatorIds", List.of(mediator(committee)))).then().statusCode(409)
                .body("rule", equalTo("committee-required"));

        String m = mediator(committee);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("dissolvedOn", TODAY.toString()))
                .post("/api/v1/mediation/committees/" + committee + "/dissolve").then().statusCode(200);
        act(id, "accept", null, Map.of("mediatorIds", List.of(m))).then().statusCode(409)
                .body("rule", equalTo("committee-dissolved"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(dispute(committee)).post(D).then().statusCode(409);
    }

    @Test
    void putEditsWithVersionsAndNeverStatus() {
        String committee = committee(TOWN);
        String id = register(committee);
        Map<String, Object> edit = new HashMap<>(Map.of("category", "LAND", "summary", "改为土地纠纷",
                "parties", List.of(Map.of("name", "王五", "role", "APPLICANT", "idNumber", "11010519491231002X")),
                "version", 1, "status", "SUCCEEDED"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(edit).put(D + "/" + id).then().statusCode(200)
                .body("version", equalTo(2)).body("category", equalTo("LAND")).body("status", equalTo("REGISTERED"))
                .body("parties[0].name", equalTo("王五")).header("ETag", "\"2\"");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(edit).put(D + "/" + id).then().statusCode(409)
                .body("type", equalTo("https://justice.local/problems/version-conflict"));
        edit.remove("version");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(edit).put(D + "/" + id)
                .then().statusCode(412);
        given().auth().oauth2(DevTokens.townshipOfficer("519901101")).contentType(ContentType.JSON).body(edit)
                .put(D + "/" + id).then().statusCode(404);
        act(id, "accept", null, Map.of("mediatorIds", List.of(mediator(committee)))).then().statusCode(200);
        given().auth().oauth2(DevTokens.townshipOfficer("519901101")).contentType(ContentType.JSON)
                .body(Map.of("reason", "x")).post(D + "/" + id + "/reject").then().statusCode(404);
    }

    @Test
    void personalDataIsMaskedUnmaskedOnlyByCountyAdminAndAudited() {
        String id = register(committee(TOWN));
        given().auth().oauth2(DevTokens.integration()).get(D + "/" + id).then().statusCode(200)
                .body("parties[0].name", equalTo("张三"))
                .body("parties[0].idNumber", equalTo("110105********002X"))
                .body("parties[0].phone", equalTo("138****1234"));
        given().auth().oauth2(DevTokens.integration()).queryParam("townshipCode", TOWN).queryParam("size", 200).get(D)
                .then().statusCode(200).body("items.find { it.id == '" + id + "' }.parties[0].name", equalTo("张*"));
        given().auth().oauth2(DevTokens.integration()).queryParam("unmask", "true").get(D + "/" + id).then().statusCode(403);
        given().auth().oauth2(DevTokens.auditor()).queryParam("unmask", "true").get(D + "/" + id).then().statusCode(403);
        given().auth().oauth2(admin()).queryParam("unmask", "true").header("X-Purpose", java.net.URLEncoder.encode("法院调卷 2026-17", java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .get(D + "/" + id).then().statusCode(200)
                .body("parties[0].idNumber", equalTo("11010519491231002X")).body("parties[0].phone", equalTo("13812341234"));
        given().auth().oauth2(DevTokens.auditor()).queryParam("recordId", id).get("/api/v1/mediation/audit-log")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].action", equalTo("UNMASK")).body("items[0].purpose", equalTo("法院调卷 2026-17"))
                .body("items[0].recordType", equalTo("dispute")).body("items[0].role", equalTo("county-admin"));
        given().auth().oauth2(DevTokens.townshipOfficer(TOWN)).get("/api/v1/mediation/audit-log").then().statusCode(403);
        // exact search by ID number, stored only as a keyed hash
        given().auth().oauth2(admin()).queryParam("idNumber", "11010519491231002x").queryParam("size", 200).get(D)
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(admin()).queryParam("idNumber", "110105194912310021").get(D).then().statusCode(400);
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(new HashMap<>(dispute(null)) {{ put("parties", List.of(Map.of("name", "x", "role", "APPLICANT", "idNumber", "110105194912310021"))); }})
                .post(D).then().statusCode(400).body("errors[0].field", equalTo("parties[0].idNumber"));
    }
}
