package cn.justice.legalaid.application;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.justice.legalaid.Fixtures.APPLICATIONS;
import static cn.justice.testing.Residents.CHILD_ID;
import static cn.justice.legalaid.Fixtures.JIMI;
import static cn.justice.legalaid.Fixtures.XINCHA;
import static cn.justice.legalaid.Fixtures.act;
import static cn.justice.legalaid.Fixtures.applicant;
import static cn.justice.legalaid.Fixtures.application;
import static cn.justice.legalaid.Fixtures.post;
import static cn.justice.legalaid.Fixtures.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** The application lifecycle through the API: deadlines, materials, emergency aid, authority notices, denial, closing. */
@QuarkusTest
class ApplicationLifecycleApiTest {
    static final Map<String, Object> LAWYER = Map.of("kind", "LAWYER", "name", "李律师", "org", "X县正义律师事务所");

    @Test
    void daysWaitingForMaterialsMoveTheDeadlineAndTheCaseRunsToItsEnd() {
        String id = receive(application(JIMI, "2025-03-03"));
        act(id, "review", Map.of("on", "2025-03-03")).then().body("status", equalTo("UNDER_REVIEW"))
                .body("reviewStartedOn", equalTo("2025-03-03"));
        act(id, "request-materials", Map.of("items", List.of("劳动合同", "工资条"), "on", "2025-03-04"))
                .then().body("status", equalTo("MATERIALS_REQUESTED"))
                .body("materialRequests[0].items", equalTo(List.of("劳动合同", "工资条")))
                .body("materialRequests[0].receivedOn", equalTo(null));
        // deciding while materials are awaited is not allowed
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/grant", Map.of("decidedOn", "2025-03-05"))
                .then().statusCode(409).body("currentStatus", equalTo("MATERIALS_REQUESTED"));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/materials-received", Map.of("on", "2025-03-01"))
                .then().statusCode(400).body("errors[0].field", equalTo("on"));
        act(id, "materials-received", Map.of("on", "2025-03-09")).then().body("status", equalTo("UNDER_REVIEW"))
                .body("waitingDays", equalTo(5)).body("decisionDueOn", equalTo("2025-03-15"));
        // 11 days after receipt, but within 7 days not counting the 5 days of waiting
        act(id, "grant", Map.of("decidedOn", "2025-03-14", "note", "符合条件")).then()
                .body("status", equalTo("GRANTED")).body("decision", equalTo("GRANTED"))
                .body("decidedOn", equalTo("2025-03-14")).body("decidedWithinDeadline", equalTo(true))
                .body("overdue", equalTo(false));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/assign",
                Map.of("provider", LAWYER, "assignedOn", "2025-03-13")).then().statusCode(400);
        act(id, "assign", Map.of("provider", LAWYER, "assignedOn", "2025-03-17")).then()
                .body("status", equalTo("ASSIGNED")).body("assignedWithinDeadline", equalTo(true))
                .body("emergency", equalTo(false)).body("provider.kind", equalTo("LAWYER"))
                .body("provider.name", equalTo("李律师"));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/grant", Map.of())
                .then().statusCode(409).body("currentStatus", equalTo("ASSIGNED"))
                .body("type", equalTo("https://justice.local/problems/invalid-state"));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/close", Map.of("closedOn", "2025-06-30"))
                .then().statusCode(400);
        act(id, "close", Map.of("closedOn", "2025-06-30", "outcome", "WON")).then()
                .body("status", equalTo("CLOSED")).body("outcome", equalTo("WON")).body("closedOn", equalTo("2025-06-30"))
                .body("version", equalTo(7));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/withdraw", Map.of())
                .then().statusCode(409).body("currentStatus", equalTo("CLOSED"));
        given().auth().oauth2(DevTokens.countyAdmin()).contentType("application/json")
                .body(Map.of("applicant", applicant(CHILD_ID), "caseType", "CIVIL", "matter", "OTHER", "economicHardship", "VERIFIED"))
                .put(APPLICATIONS + "/" + id).then().statusCode(409).body("currentStatus", equalTo("CLOSED"));
    }

    @Test
    void lateDecisionsAndLateAssignmentsAreRecorded() {
        String id = receive(application(JIMI, "2025-04-01"));
        act(id, "review", Map.of("on", "2025-04-01"));
        act(id, "grant", Map.of("decidedOn", "2025-04-09")).then()
                .body("decisionDueOn", equalTo("2025-04-08")).body("decidedWithinDeadline", equalTo(false));
        act(id, "assign", Map.of("provider", Map.of("kind", "GRASSROOTS_WORKER", "name", "赵工作者", "org", "吉米镇法律服务所"),
                "assignedOn", "2025-04-13")).then().body("assignedWithinDeadline", equalTo(false));
    }

    @Test
    void authorityNoticeIsGrantedOnReceipt() {
        Map<String, Object> b = application(XINCHA, "2025-05-06");
        b.put("applicant", applicant(CHILD_ID));
        b.put("channel", "AUTHORITY_NOTICE");
        b.put("caseType", "CRIMINAL_DEFENSE");
        b.put("matter", "CRIMINAL");
        b.put("economicHardship", "NOT_CLAIMED");
        b.put("mandatoryDefenseGround", "MINOR");
        String id = post(DevTokens.integration(), APPLICATIONS, b).then().statusCode(201)
                .body("status", equalTo("GRANTED"))
                .body("decision", equalTo("GRANTED"))
                .body("decidedOn", equalTo("2025-05-06"))
                .body("decidedWithinDeadline", equalTo(true))
                .body("eligible", equalTo(true))
                .body("applicant.groups", equalTo(List.of("MINOR")))
                .body("eligibilityBasis.article", hasItems("第25条第一款第一项", "第36条"))
                .extract().path("id");
        act(id, "assign", Map.of("provider", LAWYER,
                "assignedOn", "2025-05-08")).then().body("status", equalTo("ASSIGNED"))
                .body("assignedWithinDeadline", equalTo(true));
    }

    @Test
    void detentionForwardingIsRecordedWithItsTwentyFourHours() {
        Map<String, Object> b = application(XINCHA, "2025-05-07");
        b.put("channel", "DETENTION_FORWARDED");
        b.put("caseType", "CRIMINAL_DEFENSE");
        b.put("matter", "CRIMINAL");
        b.put("submittedAt", "2025-05-06T01:00:00Z");
        b.put("forwardedAt", "2025-05-07T03:00:00Z");
        post(DevTokens.countyAdmin(), APPLICATIONS, b).then().statusCode(201)
                .body("forwardedWithin24h", equalTo(false)).body("forwardedAt", equalTo("2025-05-07T03:00:00Z"));
        b.put("forwardedAt", "2025-05-06T20:00:00Z");
        post(DevTokens.countyAdmin(), APPLICATIONS, b).then().statusCode(201).body("forwardedWithin24h", equalTo(true));
        b.remove("submittedAt");
        post(DevTokens.countyAdmin(), APPLICATIONS, b).then().statusCode(400).body("errors[0].field", equalTo("submittedAt"));
        Map<String, Object> walkIn = application(XINCHA, "2025-05-07");
        walkIn.put("forwardedAt", "2025-05-06T20:00:00Z");
        post(DevTokens.countyAdmin(), APPLICATIONS, walkIn).then().statusCode(400).body("errors[0].field", equalTo("forwardedAt"));
        given().auth().oauth2(DevTokens.countyAdmin()).get(APPLICATIONS + "/" + receive(application(XINCHA, "2025-05-07")))
                .then().body("forwardedWithin24h", equalTo(null));
    }

    @Test
    void emergencyAidIsAssignedFirstAndDecidedAfter() {
        String id = receive(application(JIMI, "2025-06-02"));
        act(id, "assign", Map.of("provider", LAWYER, "assignedOn", "2025-06-02", "emergency", true,
                "emergencyGround", "LIMITATION_UNDER_7_DAYS")).then()
                .body("status", equalTo("ASSIGNED")).body("emergency", equalTo(true))
                .body("assignedWithinDeadline", equalTo(true)).body("decision", equalTo(null));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/close", Map.of("outcome", "SETTLED", "closedOn", "2025-06-20"))
                .then().statusCode(409).body("rule", equalTo("decision-required"));
        act(id, "grant", Map.of("decidedOn", "2025-06-05")).then()
                .body("status", equalTo("ASSIGNED")).body("decision", equalTo("GRANTED"))
                .body("decidedWithinDeadline", equalTo(true)).body("assignedWithinDeadline", equalTo(true));
        act(id, "close", Map.of("outcome", "SETTLED", "closedOn", "2025-06-20")).then().body("status", equalTo("CLOSED"));
        // an emergency assignment once granted is not assigned again
        String granted = receive(application(JIMI, "2025-06-02"));
        act(granted, "review", Map.of("on", "2025-06-02"));
        act(granted, "grant", Map.of("decidedOn", "2025-06-03"));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + granted + "/assign", Map.of("provider", LAWYER, "emergency", true))
                .then().statusCode(409).body("currentStatus", equalTo("GRANTED"));
    }

    @Test
    void denialNeedsAReasonAndDenyingAnEligibleApplicationIsRecorded() {
        String id = receive(application(JIMI, "2025-07-01"));
        act(id, "review", Map.of("on", "2025-07-01"));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/deny", Map.of("decidedOn", "2025-07-02"))
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        act(id, "deny", Map.of("decidedOn", "2025-07-02", "reason", "申请事项已超过仲裁时效")).then()
                .body("status", equalTo("DENIED")).body("decision", equalTo("DENIED"))
                .body("denyReason", equalTo("申请事项已超过仲裁时效")).body("deniedWhileEligible", equalTo(true));
        given().auth().oauth2(DevTokens.auditor()).queryParam("deniedWhileEligible", "true").queryParam("size", 200)
                .get(APPLICATIONS).then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(DevTokens.auditor()).queryParam("decision", "GRANTED").queryParam("size", 200)
                .get(APPLICATIONS).then().statusCode(200).body("items.id", not(hasItem(id)));

        Map<String, Object> other = application(JIMI, "2025-07-01");
        other.put("matter", "OTHER");
        String ineligible = receive(other);
        act(ineligible, "review", Map.of());
        act(ineligible, "deny", Map.of("reason", "不属于法律援助事项范围")).then().body("deniedWhileEligible", equalTo(false))
                .body("eligible", equalTo(false));
    }

    @Test
    void withdrawalBeforeTheDecision() {
        String id = receive(application(JIMI, "2025-08-01"));
        act(id, "review", Map.of("on", "2025-08-01"));
        act(id, "request-materials", Map.of("items", List.of("身份证明"), "on", "2025-08-02"));
        act(id, "withdraw", Map.of("reason", "已自行和解", "on", "2025-08-05")).then()
                .body("status", equalTo("WITHDRAWN")).body("withdrawnOn", equalTo("2025-08-05")).body("overdue", equalTo(false));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/review", Map.of())
                .then().statusCode(409).body("currentStatus", equalTo("WITHDRAWN"));
    }
}
