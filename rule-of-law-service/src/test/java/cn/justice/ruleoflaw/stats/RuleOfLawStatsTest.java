package cn.justice.ruleoflaw.stats;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.justice.ruleoflaw.Fixtures.ASSISTANCE;
import static cn.justice.ruleoflaw.Fixtures.HONOURS;
import static cn.justice.ruleoflaw.Fixtures.INSPECTIONS;
import static cn.justice.ruleoflaw.Fixtures.JIMI;
import static cn.justice.ruleoflaw.Fixtures.OFFICERS;
import static cn.justice.ruleoflaw.Fixtures.PROJECTS;
import static cn.justice.ruleoflaw.Fixtures.RECONSIDERATIONS;
import static cn.justice.ruleoflaw.Fixtures.REVIEWS;
import static cn.justice.ruleoflaw.Fixtures.SELECTIONS;
import static cn.justice.ruleoflaw.Fixtures.STATS;
import static cn.justice.ruleoflaw.Fixtures.act;
import static cn.justice.ruleoflaw.Fixtures.post;
import static cn.justice.ruleoflaw.Fixtures.receive;
import static cn.justice.ruleoflaw.Fixtures.reconsideration;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The measures of /stats from the service's own tables: all records here lie in 2021 (no other test uses that year). */
@QuarkusTest
class RuleOfLawStatsTest {
    static JsonPath stats(String token, String org, String from, String to) {
        return given().auth().oauth2(token).queryParam("orgCode", org).queryParam("from", from).queryParam("to", to)
                .get(STATS).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void measuresOfThe2021Records() {
        String admin = DevTokens.countyAdmin();
        // reconsiderations: one decided on time (revoked), one decided late (maintained), one mediated, one rejected, one open
        String a = receive(reconsideration("2021-03-01", "2021-03-02"));
        act(RECONSIDERATIONS, a, "accept", Map.of("procedure", "SIMPLE", "acceptedOn", "2021-03-03"));
        act(RECONSIDERATIONS, a, "decide", Map.of("decision", "REVOKE", "decidedOn", "2021-03-20"));
        String b = receive(reconsideration("2021-03-01", "2021-03-02"));
        act(RECONSIDERATIONS, b, "accept", Map.of("procedure", "SIMPLE", "acceptedOn", "2021-03-03"));
        act(RECONSIDERATIONS, b, "decide", Map.of("decision", "MAINTAIN", "decidedOn", "2021-04-20"));
        String c = receive(reconsideration("2021-05-01", "2021-05-06"));
        act(RECONSIDERATIONS, c, "accept", Map.of("procedure", "ORDINARY", "acceptedOn", "2021-05-07"));
        act(RECONSIDERATIONS, c, "mediate", Map.of("on", "2021-06-01"));
        String d = receive(reconsideration("2021-05-01", "2021-05-06"));
        act(RECONSIDERATIONS, d, "reject", Map.of("reason", "超过申请期限", "rejectedOn", "2021-05-07"));
        receive(reconsideration("2021-12-01", "2021-12-20"));
        // document reviews: one lawful on time, one amended late, one open
        String r1 = post(admin, REVIEWS, Map.of("title", "t1", "draftingUnit", "u", "receivedOn", "2021-03-01")).then()
                .statusCode(201).extract().path("id");
        act(REVIEWS, r1, "issue-opinion", Map.of("opinion", "LAWFUL", "opinionNo", "n1", "issuedOn", "2021-03-10"));
        String r2 = post(admin, REVIEWS, Map.of("title", "t2", "draftingUnit", "u", "receivedOn", "2021-03-01")).then()
                .statusCode(201).extract().path("id");
        act(REVIEWS, r2, "issue-opinion", Map.of("opinion", "AMEND", "opinionNo", "n2", "issuedOn", "2021-04-30"));
        post(admin, REVIEWS, Map.of("title", "t3", "draftingUnit", "u", "receivedOn", "2021-06-01")).then().statusCode(201);
        // an officer of 吉米镇: two exams (one passed), trainings 8 + 4 hours; one in 2022 outside the range
        String o = post(admin, OFFICERS, Map.of("name", "赵一", "agency", "吉米镇综合行政执法队", "townshipCode", JIMI)).then()
                .statusCode(201).extract().path("id");
        act(OFFICERS, o, "exam", Map.of("date", "2021-06-01", "passed", false));
        act(OFFICERS, o, "exam", Map.of("date", "2021-11-01", "passed", true));
        act(OFFICERS, o, "exam", Map.of("date", "2022-01-10", "passed", true));
        act(OFFICERS, o, "train", Map.of("date", "2021-04-01", "hours", 8));
        act(OFFICERS, o, "train", Map.of("date", "2021-09-01", "hours", 4));
        post(admin, INSPECTIONS, Map.of("agency", "X县交通运输局", "inspectedOn", "2021-07-01", "findings", 5, "rectified", 4))
                .then().statusCode(201);
        post(admin, INSPECTIONS, Map.of("agency", "吉米镇", "inspectedOn", "2021-08-01", "findings", 2, "rectified", 2,
                "townshipCode", JIMI)).then().statusCode(201);
        post(admin, SELECTIONS, Map.of("kind", "JUROR", "year", 2021, "candidates", 100, "selected", 40)).then().statusCode(201);
        post(admin, SELECTIONS, Map.of("kind", "SUPERVISOR", "year", 2021, "candidates", 30, "selected", 10)).then().statusCode(201);
        post(admin, HONOURS, Map.of("level", "PROVINCE", "year", 2021, "title", "省级先进", "awardee", "X县司法局")).then().statusCode(201);
        post(admin, PROJECTS, Map.of("kind", "JUSTICE_OFFICE", "name", "吉米镇司法所", "investment", 85.5,
                "completedOn", "2021-10-01", "townshipCode", JIMI)).then().statusCode(201);
        post(admin, PROJECTS, Map.of("kind", "COMMAND_CENTER", "name", "指挥中心", "investment", 300.25,
                "completedOn", "2021-12-01")).then().statusCode(201);
        post(admin, ASSISTANCE, Map.of("villageCode", "519901101202", "year", 2021, "cadres", 2, "funds", 10.5)).then()
                .statusCode(201);

        Map<String, Object> county = stats(admin, "519901", "2021-01-01", "2021-12-31").getMap("measures");
        assertThat(county).containsEntry("reconsiderations_received", 5).containsEntry("reconsiderations_accepted", 3)
                .containsEntry("reconsiderations_decided", 3).containsEntry("reconsiderations_corrected", 1)
                .containsEntry("reconsiderations_on_time", 2)
                .containsEntry("documents_reviewed", 2).containsEntry("documents_with_issues", 1)
                .containsEntry("documents_reviewed_on_time", 1)
                .containsEntry("exam_candidates", 2).containsEntry("exam_passed", 1)
                .containsEntry("officer_training_hours", 12)
                .containsEntry("enforcement_inspections", 2).containsEntry("inspection_findings", 7)
                .containsEntry("inspection_findings_rectified", 6)
                .containsEntry("jurors_selected", 40).containsEntry("supervisors_selected", 10)
                .containsEntry("honours", 1).containsEntry("honours_province", 1).containsEntry("honours_national", 0)
                .containsEntry("projects_completed", 2).containsEntry("project_investment_yuan", 3_857_500)
                .containsEntry("assistance_villages", 1).containsEntry("assistance_cadres", 2)
                .containsEntry("assistance_funds_yuan", 105_000);
        // the township: only its own records; county records (reconsiderations, reviews, selections, honours) are not its
        Map<String, Object> jimi = stats(DevTokens.townshipOfficer(JIMI), JIMI, "2021-01-01", "2021-12-31").getMap("measures");
        assertThat(jimi).containsEntry("reconsiderations_received", 0).containsEntry("documents_reviewed", 0)
                .containsEntry("exam_candidates", 2).containsEntry("officer_training_hours", 12)
                .containsEntry("enforcement_inspections", 1).containsEntry("inspection_findings", 2)
                .containsEntry("jurors_selected", 0).containsEntry("projects_completed", 1)
                .containsEntry("project_investment_yuan", 855_000).containsEntry("assistance_villages", 1);
        // a month: March 2021
        Map<String, Object> march = stats(admin, "519901", "2021-03-01", "2021-03-31").getMap("measures");
        assertThat(march).containsEntry("reconsiderations_received", 2).containsEntry("reconsiderations_accepted", 2)
                .containsEntry("reconsiderations_decided", 1).containsEntry("documents_reviewed", 1)
                .containsEntry("jurors_selected", 0);
    }

    @Test
    void badParametersAndScope() {
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("from", "2021-01-01").queryParam("to", "2021-12-31")
                .get(STATS).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("orgCode", "519901").queryParam("from", "2021-12-31")
                .queryParam("to", "2021-01-01").get(STATS).then().statusCode(400);
        given().auth().oauth2(DevTokens.townshipOfficer(JIMI)).queryParam("orgCode", "519901100").queryParam("from", "2021-01-01")
                .queryParam("to", "2021-12-31").get(STATS).then().statusCode(403);
    }
}
