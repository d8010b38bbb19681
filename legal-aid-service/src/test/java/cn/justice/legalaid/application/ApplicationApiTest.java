package cn.justice.legalaid.application;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.justice.testing.Residents.ADULT_ID;
import static cn.justice.legalaid.Fixtures.APPLICATIONS;
import static cn.justice.legalaid.Fixtures.AUDIT_LOG;
import static cn.justice.legalaid.Fixtures.CHENGGUAN;
import static cn.justice.legalaid.Fixtures.JIMI;
import static cn.justice.legalaid.Fixtures.act;
import static cn.justice.legalaid.Fixtures.applicant;
import static cn.justice.legalaid.Fixtures.application;
import static cn.justice.legalaid.Fixtures.post;
import static cn.justice.legalaid.Fixtures.put;
import static cn.justice.legalaid.Fixtures.receive;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/**
 * The applications API against a real database and broker: receipt, eligibility, personal data (masking, audited
 * unmask, search), scope, client ids, idempotency, concurrency and problems.
 */
@QuarkusTest
class ApplicationApiTest {

    @Test
    void receiptComputesEligibilityAndTheDecisionDeadline() {
        String id = post(DevTokens.countyAdmin(), APPLICATIONS, application(JIMI, "2025-03-03"))
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", "\"1\"")
                .body("status", equalTo("RECEIVED"))
                .body("version", equalTo(1))
                .body("applicationNo", matchesPattern("LA-519901-2025-\\d{6}"))
                .body("countyCode", equalTo("519901"))
                .body("eligible", equalTo(true))
                .body("eligibilityBasis.article", equalTo(List.of("第31条第五项", "第42条第三项")))
                .body("eligibilityBasis.effect", equalTo(List.of("SCOPE", "CHECK_EXEMPT")))
                .body("eligibilityExplanation", startsWith("eligible"))
                .body("decisionDueOn", equalTo("2025-03-10"))
                .body("waitingDays", equalTo(0))
                .body("decision", equalTo(null))
                .body("overdue", equalTo(true))
                .extract().path("id");
        given().auth().oauth2(DevTokens.auditor()).get(APPLICATIONS + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("townshipCode", equalTo(JIMI)).body("matter", equalTo("LABOR_RELATION_PAY"));
        given().auth().oauth2(DevTokens.townshipOfficer(JIMI)).get(APPLICATIONS + "/eligibility-rules").then()
                .statusCode(200).body("rule", hasItem("ART42_MIGRANT_WORKER"))
                .body("find { it.rule == 'ART25_MINOR' }.article", equalTo("第25条第一款第一项"))
                .body("find { it.rule == 'ART32_ABUSE_VICTIM' }.effect", equalTo("HARDSHIP_WAIVED"));
    }

    @Test
    void personalDataIsMaskedUnmaskedOnlyByCountyAdminAndAudited() {
        String id = receive(application(JIMI, "2025-03-03"));
        given().auth().oauth2(DevTokens.integration()).get(APPLICATIONS + "/" + id).then().statusCode(200)
                .body("applicant.name", equalTo("张**"))
                .body("applicant.idNumber", equalTo("519901********1235"))
                .body("applicant.phone", equalTo("138****1234"))
                .body("applicant.groups", equalTo(List.of("MIGRANT_WORKER")));
        given().auth().oauth2(DevTokens.integration()).queryParam("townshipCode", JIMI).queryParam("size", 200)
                .get(APPLICATIONS).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.applicant.name", equalTo("张**"))
                .body("items.find { it.id == '" + id + "' }.applicant.idNumber", equalTo("519901********1235"));
        given().auth().oauth2(DevTokens.integration()).queryParam("unmask", "true").get(APPLICATIONS + "/" + id)
                .then().statusCode(403);
        given().auth().oauth2(DevTokens.auditor()).queryParam("unmask", "true").get(APPLICATIONS + "/" + id)
                .then().statusCode(403);
        given().auth().oauth2(DevTokens.townshipOfficer(JIMI)).queryParam("unmask", "true").get(APPLICATIONS + "/" + id)
                .then().statusCode(403);
        given().auth().oauth2(DevTokens.auditor()).queryParam("recordId", id).get(AUDIT_LOG).then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("unmask", "true")
                .header("X-Purpose", URLEncoder.encode("法院调卷 2025-17", StandardCharsets.UTF_8).replace("+", "%20"))
                .get(APPLICATIONS + "/" + id).then().statusCode(200)
                .body("applicant.name", equalTo("张三丰"))
                .body("applicant.idNumber", equalTo(ADULT_ID))
                .body("applicant.phone", equalTo("13812341234"));
        given().auth().oauth2(DevTokens.auditor()).queryParam("recordId", id).get(AUDIT_LOG).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("UNMASK"))
                .body("items[0].purpose", equalTo("法院调卷 2025-17"))
                .body("items[0].recordType", equalTo("application"))
                .body("items[0].role", equalTo("county-admin"));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("recordId", id).get(AUDIT_LOG).then().statusCode(200);
        given().auth().oauth2(DevTokens.townshipOfficer(JIMI)).get(AUDIT_LOG).then().statusCode(403);
        given().auth().oauth2(DevTokens.integration()).get(AUDIT_LOG).then().statusCode(403);
    }

    @Test
    void idNumberIsValidatedAndSearchableByExactMatchOnly() {
        Map<String, Object> b = application(JIMI, "2025-03-04");
        b.put("applicant", applicant("519901198008081125"));
        String id = receive(b);
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("idNumber", "519901198008081125").queryParam("size", 200)
                .get(APPLICATIONS).then().statusCode(200).body("items.id", equalTo(List.of(id)));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("idNumber", "519901198008081120").get(APPLICATIONS)
                .then().statusCode(400).body("errors[0].field", equalTo("idNumber"));
        b.put("applicant", applicant("519901198008081120"));
        post(DevTokens.countyAdmin(), APPLICATIONS, b).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("applicant.idNumber"))
                .body("detail", not(org.hamcrest.Matchers.containsString("519901198008081120")));
        // the ID number is stored encrypted: the table holds no clear text
        Object stored = given().auth().oauth2(DevTokens.countyAdmin()).get(APPLICATIONS + "/" + id).then().extract()
                .path("applicant.idNumber");
        assertThat(stored).isEqualTo("519901********1125");
    }

    @Test
    void townshipOfficersWorkInTheirOwnTownshipOnly() {
        String other = receive(application(CHENGGUAN, "2025-03-03"));
        String officer = DevTokens.townshipOfficer(JIMI);
        given().auth().oauth2(officer).get(APPLICATIONS + "/" + other).then().statusCode(404);
        post(officer, APPLICATIONS + "/" + other + "/review", Map.of()).then().statusCode(404);
        post(officer, APPLICATIONS, application(CHENGGUAN, "2025-03-03")).then().statusCode(403);
        String own = post(officer, APPLICATIONS, application(JIMI, "2025-03-03")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer).queryParam("townshipCode", CHENGGUAN).queryParam("size", 200).get(APPLICATIONS)
                .then().statusCode(200).body("items.townshipCode", not(hasItem(CHENGGUAN))).body("items.id", hasItem(own));
        post(DevTokens.auditor(), APPLICATIONS, application(JIMI, "2025-03-03")).then().statusCode(403);
        post(DevTokens.auditor(), APPLICATIONS + "/" + own + "/review", Map.of()).then().statusCode(403);
        given().auth().oauth2(DevTokens.token("county-admin", null, "519902")).get(APPLICATIONS + "/" + own)
                .then().statusCode(404);
        given().get(APPLICATIONS).then().statusCode(401);
    }

    @Test
    void clientSuppliedIdsAndIdempotencyKeys() {
        String id = UUID.randomUUID().toString();
        Map<String, Object> b = application(JIMI, "2025-03-05");
        b.put("id", id);
        post(DevTokens.countyAdmin(), APPLICATIONS, b).then().statusCode(201).body("id", equalTo(id));
        post(DevTokens.countyAdmin(), APPLICATIONS, b).then().statusCode(200).body("id", equalTo(id)).body("version", equalTo(1));
        Map<String, Object> other = new HashMap<>(b);
        other.put("matter", "WORK_INJURY_DAMAGES");
        post(DevTokens.countyAdmin(), APPLICATIONS, other).then().statusCode(409);

        String key = "k-" + UUID.randomUUID();
        Map<String, Object> c = application(JIMI, "2025-03-06");
        Response first = given().auth().oauth2(DevTokens.countyAdmin()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(c).post(APPLICATIONS);
        first.then().statusCode(201);
        given().auth().oauth2(DevTokens.countyAdmin()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(c)
                .post(APPLICATIONS).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        c.put("matter", "MEDICAL_DAMAGES");
        given().auth().oauth2(DevTokens.countyAdmin()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(c)
                .post(APPLICATIONS).then().statusCode(422);
        // an action replayed with its key does not run twice
        String a = first.path("id");
        String actionKey = "a-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(DevTokens.countyAdmin()).header("Idempotency-Key", actionKey).contentType(ContentType.JSON)
                    .body(Map.of("on", "2025-03-06")).post(APPLICATIONS + "/" + a + "/review").then().statusCode(200)
                    .body("version", equalTo(2)).body("status", equalTo("UNDER_REVIEW"));
        }
    }

    @Test
    void updateRecomputesEligibilityUntilTheDecisionAndHonoursVersions() {
        String id = receive(application(JIMI, "2025-03-03"));
        Map<String, Object> edit = new HashMap<>(Map.of("applicant", applicant(ADULT_ID, "MIGRANT_WORKER"),
                "caseType", "LABOR_ARBITRATION", "matter", "LABOR_RELATION_PAY", "economicHardship", "CLAIMED", "version", 1));
        put(DevTokens.countyAdmin(), APPLICATIONS + "/" + id, edit).then().statusCode(200).body("version", equalTo(1));
        edit.put("economicHardship", "NOT_CLAIMED");
        put(DevTokens.countyAdmin(), APPLICATIONS + "/" + id, edit).then().statusCode(200)
                .header("ETag", "\"2\"").body("eligible", equalTo(false))
                .body("eligibilityExplanation", org.hamcrest.Matchers.containsString("not claimed"));
        put(DevTokens.countyAdmin(), APPLICATIONS + "/" + id, edit).then().statusCode(409)
                .body("type", equalTo("https://justice.local/problems/version-conflict"));
        edit.remove("version");
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(edit)
                .put(APPLICATIONS + "/" + id).then().statusCode(412);
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of()).post(APPLICATIONS + "/" + id + "/review").then().statusCode(412);
        edit.put("economicHardship", "VERIFIED");
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).header("If-Match", "\"2\"").body(edit)
                .put(APPLICATIONS + "/" + id).then().statusCode(200).body("eligible", equalTo(true))
                .body("version", equalTo(3));
        act(id, "review", Map.of("on", "2025-03-03"));
        act(id, "grant", Map.of("decidedOn", "2025-03-04"));
        edit.put("matter", "WORK_INJURY_DAMAGES");
        put(DevTokens.countyAdmin(), APPLICATIONS + "/" + id, edit).then().statusCode(409)
                .body("type", equalTo("https://justice.local/problems/rule-violated"))
                .body("rule", equalTo("decided-facts-fixed"));
        // the applicant's contact details may still be corrected
        edit.put("matter", "LABOR_RELATION_PAY");
        Map<String, Object> newPhone = applicant(ADULT_ID, "MIGRANT_WORKER");
        newPhone.put("phone", "13900001111");
        edit.put("applicant", newPhone);
        put(DevTokens.countyAdmin(), APPLICATIONS + "/" + id, edit).then().statusCode(200)
                .body("applicant.phone", equalTo("139****1111")).body("status", equalTo("GRANTED"));
    }

    @Test
    void badInputIsAProblemNeverA500() {
        Map<String, Object> b = application(JIMI, "2025-03-03");
        b.put("matter", "ALIENS");
        post(DevTokens.countyAdmin(), APPLICATIONS, b).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).body("{\"applicant\":")
                .post(APPLICATIONS).then().statusCode(400).contentType("application/problem+json");
        b = application(JIMI, "2999-01-01");
        post(DevTokens.countyAdmin(), APPLICATIONS, b).then().statusCode(400).body("errors[0].field", equalTo("receivedOn"));
        b = application(JIMI, "2025-03-03");
        b.put("mandatoryDefenseGround", "MINOR");
        post(DevTokens.countyAdmin(), APPLICATIONS, b).then().statusCode(400)
                .body("errors[0].field", equalTo("mandatoryDefenseGround"));
        b = application("519901999", "2025-03-03");
        post(DevTokens.countyAdmin(), APPLICATIONS, b).then().statusCode(400).body("errors[0].field", equalTo("townshipCode"));
        b = application(JIMI, "2025-03-03");
        b.put("workstationId", UUID.randomUUID().toString());
        post(DevTokens.countyAdmin(), APPLICATIONS, b).then().statusCode(400).body("errors[0].field", equalTo("workstationId"));
        b = application(JIMI, "2025-03-03");
        b.remove("applicant");
        post(DevTokens.countyAdmin(), APPLICATIONS, b).then().statusCode(400);
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("status", "LOST").get(APPLICATIONS).then().statusCode(400);
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("eligible", "maybe").get(APPLICATIONS).then().statusCode(400);
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("sort", "applicant.name").get(APPLICATIONS).then().statusCode(400);
        given().auth().oauth2(DevTokens.countyAdmin()).get(APPLICATIONS + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        String id = receive(application(JIMI, "2025-03-03"));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/request-materials", Map.of("items", List.of()))
                .then().statusCode(400);
    }

    @Test
    void listFiltersAndTheSyncFeed() {
        Map<String, Object> crim = application(CHENGGUAN, "2024-02-02");
        crim.put("caseType", "CRIMINAL_DEFENSE");
        crim.put("matter", "CRIMINAL");
        crim.put("channel", "HOTLINE_12348");
        crim.put("economicHardship", "NOT_CLAIMED");
        String ineligible = receive(crim);
        String eligible = receive(application(CHENGGUAN, "2024-02-03"));
        given().auth().oauth2(DevTokens.auditor()).queryParam("townshipCode", CHENGGUAN).queryParam("from", "2024-02-01")
                .queryParam("to", "2024-02-28").queryParam("eligible", "false").queryParam("size", 200).get(APPLICATIONS)
                .then().statusCode(200).body("items.id", equalTo(List.of(ineligible)));
        given().auth().oauth2(DevTokens.auditor()).queryParam("from", "2024-02-01").queryParam("to", "2024-02-28")
                .queryParam("caseType", "LABOR_ARBITRATION").queryParam("channel", "WALK_IN").get(APPLICATIONS)
                .then().statusCode(200).body("items.id", equalTo(List.of(eligible))).body("total", equalTo(1));
        given().auth().oauth2(DevTokens.auditor()).queryParam("from", "2024-02-01").queryParam("to", "2024-02-28")
                .queryParam("sort", "receivedOn,asc").get(APPLICATIONS)
                .then().statusCode(200).body("items.id", equalTo(List.of(ineligible, eligible)));

        String cursor = given().auth().oauth2(DevTokens.integration()).get(APPLICATIONS + "/changes").then().statusCode(200)
                .extract().path("nextCursor");
        act(eligible, "review", Map.of("on", "2024-02-03"));
        given().auth().oauth2(DevTokens.integration()).queryParam("since", cursor).get(APPLICATIONS + "/changes")
                .then().statusCode(200).body("items.id", hasItem(eligible))
                .body("items.find { it.id == '" + eligible + "' }.version", equalTo(2))
                .body("items.find { it.id == '" + eligible + "' }.applicant.name", equalTo("张**"));
        given().auth().oauth2(DevTokens.integration()).queryParam("since", "garbage").get(APPLICATIONS + "/changes")
                .then().statusCode(400);
    }
}
