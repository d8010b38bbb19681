package cn.justice.legalaid.application;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.justice.legalaid.Fixtures.APPLICATIONS;
import static cn.justice.legalaid.Fixtures.JIMI;
import static cn.justice.legalaid.Fixtures.act;
import static cn.justice.legalaid.Fixtures.application;
import static cn.justice.legalaid.Fixtures.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The rules of 法律援助法 (2021), DESIGN §10.2, through the API. */
@QuarkusTest
class LegalAidLawApiTest {
    static Map<String, Object> lawyer(int years) {
        return Map.of("kind", "LAWYER", "name", "李律师", "org", "X县正义律师事务所", "yearsOfPractice", years);
    }

    static Map<String, Object> defence(String receivedOn) {
        Map<String, Object> b = application(JIMI, receivedOn);
        b.put("channel", "AUTHORITY_NOTICE");
        b.put("caseType", "CRIMINAL_DEFENSE");
        b.put("matter", "CRIMINAL");
        b.put("economicHardship", "NOT_CLAIMED");
        return b;
    }

    static String granted(Map<String, Object> body) {
        return post(DevTokens.integration(), APPLICATIONS, body).then().statusCode(201)
                .body("status", equalTo("GRANTED")).extract().path("id");
    }

    @Test
    void criminalDefenceNeedsALawyerAndLifeOrDeathThreeYearsOfPractice() {
        Map<String, Object> b = defence("2025-09-01");
        b.put("possibleLifeOrDeath", true);
        String id = granted(b);
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/assign",
                Map.of("provider", Map.of("kind", "LEGAL_AID_STAFF", "name", "钱援助", "org", "X县法律援助中心")))
                .then().statusCode(422).body("rule", equalTo("defence-by-lawyer"))
                .body("detail", containsString("法律援助法第25条"));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/assign", Map.of("provider", lawyer(2)))
                .then().statusCode(422).body("rule", equalTo("life-or-death-lawyer"))
                .body("detail", containsString("法律援助法第26条"));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/assign", Map.of("provider", lawyer(-1)))
                .then().statusCode(400);
        act(id, "assign", Map.of("provider", lawyer(3))).then().body("status", equalTo("ASSIGNED"))
                .body("possibleLifeOrDeath", equalTo(true)).body("provider.yearsOfPractice", equalTo(3));
        Map<String, Object> civil = application(JIMI, "2025-09-01");
        civil.put("possibleLifeOrDeath", true);
        post(DevTokens.countyAdmin(), APPLICATIONS, civil).then().statusCode(400)
                .body("errors[0].field", equalTo("possibleLifeOrDeath"));
    }

    @Test
    void compulsoryTreatmentIsAMandatoryGround() {
        Map<String, Object> b = application(JIMI, "2025-09-02");
        b.put("caseType", "CRIMINAL_DEFENSE");
        b.put("matter", "CRIMINAL");
        b.put("economicHardship", "NOT_CLAIMED");
        b.put("mandatoryDefenseGround", "COMPULSORY_TREATMENT");
        post(DevTokens.countyAdmin(), APPLICATIONS, b).then().statusCode(201).body("eligible", equalTo(true))
                .body("eligibilityBasis.rule", org.hamcrest.Matchers.hasItem("ART28_COMPULSORY_TREATMENT"));
    }

    @Test
    void emergencyAidNeedsAGroundAndIsFlaggedUntilTheDecision() {
        String id = cn.justice.legalaid.Fixtures.receive(application(JIMI, "2025-09-03"));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/assign", Map.of("provider", lawyer(1), "emergency", true))
                .then().statusCode(422).body("rule", equalTo("emergency-ground"))
                .body("detail", containsString("法律援助法第44条"));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/assign", Map.of("provider", lawyer(1), "emergency", true,
                "emergencyGround", "SOMETIME")).then().statusCode(400);
        act(id, "assign", Map.of("provider", lawyer(1), "emergency", true, "emergencyGround", "PRESERVATION_NEEDED"))
                .then().body("emergencyGround", equalTo("PRESERVATION_NEEDED")).body("emergencyUndecided", equalTo(true));
        act(id, "grant", Map.of()).then().body("emergencyUndecided", equalTo(false)).body("status", equalTo("ASSIGNED"));
    }

    @Test
    void terminationAndObjectionsWithTheirRoles() {
        String id = cn.justice.legalaid.Fixtures.receive(application(JIMI, "2025-09-04"));
        act(id, "review", Map.of("on", "2025-09-04"));
        act(id, "grant", Map.of("decidedOn", "2025-09-05"));
        act(id, "assign", Map.of("provider", lawyer(1), "assignedOn", "2025-09-06"));
        String officer = DevTokens.townshipOfficer(JIMI);
        post(officer, APPLICATIONS + "/" + id + "/terminate-aid", Map.of("on", "2025-09-10", "ground", "OWN_COUNSEL"))
                .then().statusCode(403);
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/terminate-aid", Map.of("on", "2025-09-10", "ground", "BORED"))
                .then().statusCode(400);
        act(id, "terminate-aid", Map.of("on", "2025-09-10", "ground", "OWN_COUNSEL")).then()
                .body("status", equalTo("TERMINATED")).body("terminationGround", equalTo("OWN_COUNSEL"));
        post(officer, APPLICATIONS + "/" + id + "/object", Map.of("on", "2025-09-11", "reason", "未自行委托律师"))
                .then().statusCode(200).body("status", equalTo("OBJECTED")).body("objectionDueOn", equalTo("2025-09-16"))
                .body("objectionOverdue", equalTo(true));
        post(officer, APPLICATIONS + "/" + id + "/objection-decision", Map.of("on", "2025-09-12", "result", "CORRECTED"))
                .then().statusCode(403);
        act(id, "objection-decision", Map.of("on", "2025-09-12", "result", "CORRECTED")).then()
                .body("status", equalTo("ASSIGNED")).body("terminatedOn", equalTo(null)).body("objectionResult", equalTo("CORRECTED"))
                .body("objectionOverdue", equalTo(false));

        String denied = cn.justice.legalaid.Fixtures.receive(application(JIMI, "2025-09-04"));
        act(denied, "review", Map.of("on", "2025-09-04"));
        act(denied, "deny", Map.of("decidedOn", "2025-09-05", "reason", "不符合经济困难标准"));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + denied + "/objection-decision", Map.of("result", "UPHELD"))
                .then().statusCode(409).body("currentStatus", equalTo("DENIED"));
        act(denied, "object", Map.of("on", "2025-09-06", "reason", "经济困难属实"));
        act(denied, "objection-decision", Map.of("on", "2025-09-08", "result", "UPHELD")).then().body("status", equalTo("DENIED"));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + denied + "/object", Map.of("reason", "再次异议"))
                .then().statusCode(409).body("rule", equalTo("objection-decided"));

        String reopened = cn.justice.legalaid.Fixtures.receive(application(JIMI, "2025-09-04"));
        act(reopened, "review", Map.of("on", "2025-09-04"));
        act(reopened, "deny", Map.of("decidedOn", "2025-09-05", "reason", "不符合经济困难标准"));
        act(reopened, "object", Map.of("on", "2025-09-06", "reason", "经济困难属实"));
        act(reopened, "objection-decision", Map.of("on", "2025-09-08", "result", "CORRECTED")).then()
                .body("status", equalTo("UNDER_REVIEW")).body("decision", equalTo(null))
                .body("decisionDueOn", equalTo("2025-09-15"));
        act(reopened, "grant", Map.of("decidedOn", "2025-09-09")).then().body("status", equalTo("GRANTED"))
                .body("decidedWithinDeadline", equalTo(true));
    }

    @Test
    void aPledgedHardshipIsAccepted() {
        Map<String, Object> b = application(JIMI, "2025-09-05");
        b.put("applicant", cn.justice.legalaid.Fixtures.applicant(cn.justice.testing.Residents.ADULT_ID));
        b.put("caseType", "CIVIL");
        b.put("matter", "SUPPORT_PAYMENTS");
        b.put("economicHardship", "PLEDGED");
        post(DevTokens.countyAdmin(), APPLICATIONS, b).then().statusCode(201).body("eligible", equalTo(true))
                .body("economicHardship", equalTo("PLEDGED"));
    }

    @Test
    void unassignedGrantsPastTheirThreeDaysAreFlaggedAndListed() {
        String id = cn.justice.legalaid.Fixtures.receive(application(JIMI, "2025-09-06"));
        act(id, "review", Map.of("on", "2025-09-06"));
        act(id, "grant", Map.of("decidedOn", "2025-09-07")).then().body("assignmentDueOn", equalTo("2025-09-10"))
                .body("assignmentOverdue", equalTo(true));
        io.restassured.RestAssured.given().auth().oauth2(DevTokens.auditor()).queryParam("assignmentOverdue", "true")
                .queryParam("size", 200).get(APPLICATIONS).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
        io.restassured.RestAssured.given().auth().oauth2(DevTokens.auditor()).queryParam("assignmentOverdue", "maybe")
                .get(APPLICATIONS).then().statusCode(400);
        act(id, "assign", Map.of("provider", lawyer(1), "assignedOn", "2025-09-11")).then()
                .body("assignmentOverdue", equalTo(false)).body("assignedWithinDeadline", equalTo(false));
        io.restassured.RestAssured.given().auth().oauth2(DevTokens.auditor()).queryParam("assignmentOverdue", "false")
                .queryParam("size", 200).queryParam("from", "2025-09-06").queryParam("to", "2025-09-06").get(APPLICATIONS)
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void theSubsidyIsRecordedOnClosing() {
        String id = cn.justice.legalaid.Fixtures.receive(application(JIMI, "2025-09-07"));
        act(id, "review", Map.of("on", "2025-09-07"));
        act(id, "grant", Map.of("decidedOn", "2025-09-07"));
        act(id, "assign", Map.of("provider", lawyer(1), "assignedOn", "2025-09-08"));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/close", Map.of("outcome", "WON", "subsidyAmount", -1))
                .then().statusCode(400).body("errors[0].field", containsString("subsidyAmount"));
        post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/close", Map.of("outcome", "WON", "subsidyAmount", "lots"))
                .then().statusCode(400);
        act(id, "close", Map.of("outcome", "WON", "closedOn", "2025-10-01", "subsidyAmount", 1500.5)).then()
                .body("status", equalTo("CLOSED")).body("subsidyAmount", equalTo(1500.5f));
        java.util.List<cn.justice.testing.TopicReader.Message> events = cn.justice.legalaid.Fixtures.events(id, 5);
        org.assertj.core.api.Assertions.assertThat(events.get(4).value().get("data").get("subsidyAmount").decimalValue())
                .isEqualByComparingTo("1500.5");
    }

    /** 法律援助法第32条: the heroic-act and abuse exemptions only for the matter they name (DESIGN §10.2). */
    @Test
    void hardshipExemptionsOnlyForTheMatterTheyName() {
        Map<String, Object> hero = application(JIMI, "2025-09-08");
        hero.put("applicant", cn.justice.legalaid.Fixtures.applicant(cn.justice.testing.Residents.ADULT_ID, "HEROIC_ACT"));
        hero.put("caseType", "CIVIL");
        hero.put("matter", "TRAFFIC_ACCIDENT_DAMAGES");
        hero.put("economicHardship", "NOT_CLAIMED");
        hero.put("hardshipExemption", "HEROIC_ACT");
        String id = post(DevTokens.townshipOfficer(JIMI), APPLICATIONS, hero).then().statusCode(201)
                .body("eligible", equalTo(true)).body("hardshipExemption", equalTo("HEROIC_ACT"))
                .body("eligibilityBasis.rule", org.hamcrest.Matchers.hasItem("ART32_HEROIC_ACT"))
                .extract().path("id");
        // the same hero's labour-pay claim is not related to the act
        Map<String, Object> pay = new java.util.HashMap<>(hero);
        pay.put("matter", "LABOR_RELATION_PAY");
        pay.put("caseType", "LABOR_ARBITRATION");
        post(DevTokens.townshipOfficer(JIMI), APPLICATIONS, pay).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/rule-violated"))
                .body("detail", org.hamcrest.Matchers.startsWith("法律援助法第32条第二项"));
        // without the claim the labour-pay claim is received and judged with the hardship condition
        pay.remove("hardshipExemption");
        post(DevTokens.townshipOfficer(JIMI), APPLICATIONS, pay).then().statusCode(201).body("eligible", equalTo(false))
                .body("hardshipExemption", equalTo(null));
        // a correction to an unrelated matter keeping the claim is refused too; the record is unchanged
        Map<String, Object> edit = new java.util.HashMap<>(hero);
        edit.remove("channel");
        edit.remove("townshipCode");
        edit.remove("receivedOn");
        edit.put("matter", "ENVIRONMENTAL_DAMAGES");
        cn.justice.legalaid.Fixtures.put(DevTokens.countyAdmin(), APPLICATIONS + "/" + id, edit).then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.startsWith("法律援助法第32条"));
        cn.justice.legalaid.Fixtures.get(DevTokens.auditor(), APPLICATIONS + "/" + id).then().statusCode(200)
                .body("matter", equalTo("TRAFFIC_ACCIDENT_DAMAGES")).body("version", equalTo(1));

        // a victim of domestic violence: support payments yes, a work-injury claim no, and never without the group
        Map<String, Object> victim = application(JIMI, "2025-09-08");
        victim.put("applicant", cn.justice.legalaid.Fixtures.applicant(cn.justice.testing.Residents.ADULT_ID,
                "DOMESTIC_VIOLENCE_VICTIM"));
        victim.put("caseType", "CIVIL");
        victim.put("matter", "SUPPORT_PAYMENTS");
        victim.put("economicHardship", "NOT_CLAIMED");
        victim.put("hardshipExemption", "ABUSE_VICTIM");
        post(DevTokens.countyAdmin(), APPLICATIONS, victim).then().statusCode(201).body("eligible", equalTo(true))
                .body("eligibilityBasis.rule", org.hamcrest.Matchers.hasItem("ART32_ABUSE_VICTIM"));
        Map<String, Object> injury = new java.util.HashMap<>(victim);
        injury.put("matter", "WORK_INJURY_DAMAGES");
        post(DevTokens.countyAdmin(), APPLICATIONS, injury).then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.startsWith("法律援助法第32条第四项"));
        Map<String, Object> noGroup = new java.util.HashMap<>(victim);
        noGroup.put("applicant", cn.justice.legalaid.Fixtures.applicant(cn.justice.testing.Residents.ADULT_ID));
        post(DevTokens.countyAdmin(), APPLICATIONS, noGroup).then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("DOMESTIC_VIOLENCE_VICTIM"));
        Map<String, Object> unknown = new java.util.HashMap<>(victim);
        unknown.put("hardshipExemption", "FAMOUS");
        post(DevTokens.countyAdmin(), APPLICATIONS, unknown).then().statusCode(400);
    }
}
