package cn.justice.ruleoflaw;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static cn.justice.ruleoflaw.Fixtures.ASSISTANCE;
import static cn.justice.ruleoflaw.Fixtures.CHENGGUAN;
import static cn.justice.ruleoflaw.Fixtures.HONOURS;
import static cn.justice.ruleoflaw.Fixtures.INSPECTIONS;
import static cn.justice.ruleoflaw.Fixtures.JIMI;
import static cn.justice.ruleoflaw.Fixtures.OFFICERS;
import static cn.justice.ruleoflaw.Fixtures.PROJECTS;
import static cn.justice.ruleoflaw.Fixtures.SELECTIONS;
import static cn.justice.ruleoflaw.Fixtures.act;
import static cn.justice.ruleoflaw.Fixtures.get;
import static cn.justice.ruleoflaw.Fixtures.post;
import static cn.justice.ruleoflaw.Fixtures.put;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The registers of the line: officers with exams and trainings, inspections, selections, honours, projects, assistance. */
@QuarkusTest
class RegistersApiTest {
    static final String OWN = DevTokens.townshipOfficer(JIMI);

    @Test
    void officerExamsAndTrainings() {
        String id = post(OWN, OFFICERS, Map.of("name", "李明", "agency", "吉米镇综合行政执法队", "townshipCode", JIMI))
                .then().statusCode(201).body("townshipCode", equalTo(JIMI)).body("exams", hasSize(0)).extract().path("id");
        act(OFFICERS, id, "exam", Map.of("date", "2025-06-14", "passed", false, "score", 52));
        act(OFFICERS, id, "exam", Map.of("date", "2025-11-15", "passed", true)).then().body("exams", hasSize(2))
                .body("exams[1].passed", equalTo(true));
        post(OWN, OFFICERS + "/" + id + "/train", Map.of("date", "2025-04-10", "hours", 8, "topic", "行政处罚法")).then()
                .statusCode(200).body("trainingHours", equalTo(8)).body("version", equalTo(4));
        post(OWN, OFFICERS + "/" + id + "/train", Map.of("date", "2025-04-10", "hours", 0)).then().statusCode(400)
                .contentType("application/problem+json");
        post(OWN, OFFICERS + "/" + id + "/exam", Map.of("date", "2099-01-01", "passed", true)).then().statusCode(400);
        put(OWN, OFFICERS + "/" + id, Map.of("name", "李明", "agency", "吉米镇综合行政执法队", "certificateNo", "5199-0001"))
                .then().statusCode(200).body("certificateNo", equalTo("5199-0001")).body("exams", hasSize(2));
        // a county agency's officer: township officers read it but may neither create nor change one
        post(OWN, OFFICERS, Map.of("name", "王强", "agency", "X县市场监督管理局")).then().statusCode(403);
        String county = post(DevTokens.countyAdmin(), OFFICERS, Map.of("name", "王强", "agency", "X县市场监督管理局"))
                .then().statusCode(201).body("townshipCode", nullValue()).extract().path("id");
        get(OWN, OFFICERS + "/" + county).then().statusCode(200);
        post(OWN, OFFICERS + "/" + county + "/train", Map.of("date", "2025-04-10", "hours", 4)).then().statusCode(403);
        get(DevTokens.townshipOfficer(CHENGGUAN), OFFICERS + "/" + id).then().statusCode(404);
        post(DevTokens.auditor(), OFFICERS + "/" + id + "/exam", Map.of("date", "2025-06-14", "passed", true)).then().statusCode(403);
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("countyWide", "true").queryParam("size", 200).get(OFFICERS)
                .then().statusCode(200).body("items.id", hasItem(county)).body("items.id", not(hasItem(id)));
    }

    @Test
    void inspections() {
        post(OWN, INSPECTIONS, Map.of("agency", "吉米镇综合行政执法队", "inspectedOn", "2025-05-20", "findings", 2,
                "rectified", 3, "townshipCode", JIMI)).then().statusCode(400).body("errors.field", hasItem("rectified"));
        String id = post(OWN, INSPECTIONS, Map.of("agency", "吉米镇综合行政执法队", "inspectedOn", "2025-05-20", "findings", 3,
                "rectified", 1, "townshipCode", JIMI)).then().statusCode(201).extract().path("id");
        put(OWN, INSPECTIONS + "/" + id, Map.of("agency", "吉米镇综合行政执法队", "inspectedOn", "2025-05-20", "findings", 3,
                "rectified", 3)).then().statusCode(200).body("rectified", equalTo(3)).body("version", equalTo(2));
        post(OWN, INSPECTIONS, Map.of("agency", "a", "inspectedOn", "2025-05-20", "findings", 1, "rectified", 0,
                "townshipCode", CHENGGUAN)).then().statusCode(403);
        post(DevTokens.countyAdmin(), INSPECTIONS, Map.of("agency", "a", "inspectedOn", "2025-05-20", "findings", 1,
                "rectified", 0, "townshipCode", "519901999")).then().statusCode(400);
    }

    @Test
    void selectionsAndHonoursAreCountyRecords() {
        post(OWN, SELECTIONS, Map.of("kind", "JUROR", "year", 2023, "candidates", 120, "selected", 45)).then().statusCode(403);
        post(DevTokens.countyAdmin(), SELECTIONS, Map.of("kind", "JUROR", "year", 2023, "candidates", 40, "selected", 45))
                .then().statusCode(400).body("errors.field", hasItem("selected"));
        post(DevTokens.countyAdmin(), SELECTIONS, Map.of("kind", "JUROR", "year", 2099, "candidates", 40, "selected", 4))
                .then().statusCode(400).body("errors.field", hasItem("year"));
        post(DevTokens.countyAdmin(), SELECTIONS, Map.of("kind", "CLERK", "year", 2023, "candidates", 40, "selected", 4))
                .then().statusCode(400).contentType("application/problem+json");
        String s = post(DevTokens.countyAdmin(), SELECTIONS, Map.of("kind", "SUPERVISOR", "year", 2023, "candidates", 30,
                "selected", 12)).then().statusCode(201).body("kind", equalTo("SUPERVISOR")).extract().path("id");
        get(OWN, SELECTIONS + "/" + s).then().statusCode(200);
        put(OWN, SELECTIONS + "/" + s, Map.of("kind", "SUPERVISOR", "year", 2023, "candidates", 30, "selected", 13))
                .then().statusCode(403);

        post(OWN, HONOURS, Map.of("level", "NATIONAL", "year", 2023, "title", "全国人民调解工作先进集体", "awardee", "吉米镇调委会"))
                .then().statusCode(403);
        String h = post(DevTokens.countyAdmin(), HONOURS, Map.of("level", "NATIONAL", "year", 2023,
                "title", "全国人民调解工作先进集体", "awardee", "吉米镇人民调解委员会")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.auditor()).queryParam("level", "NATIONAL").queryParam("size", 200).get(HONOURS)
                .then().statusCode(200).body("items.id", hasItem(h));
        given().auth().oauth2(DevTokens.auditor()).queryParam("year", "twenty").get(HONOURS).then().statusCode(400);
    }

    @Test
    void projectsAndAssistanceVillages() {
        Map<String, Object> project = new HashMap<>(Map.of("kind", "JUSTICE_OFFICE", "name", "吉米镇司法所业务用房",
                "investment", 85.5, "completedOn", "2024-11-30", "townshipCode", JIMI));
        String p = post(OWN, PROJECTS, project).then().statusCode(201).body("investment", equalTo(85.5f)).extract().path("id");
        project.put("investment", 85.555);
        post(OWN, PROJECTS, project).then().statusCode(400).contentType("application/problem+json");
        post(OWN, PROJECTS, Map.of("kind", "COMMAND_CENTER", "name", "县司法局指挥中心", "investment", 300)).then().statusCode(403);
        post(DevTokens.countyAdmin(), PROJECTS, Map.of("kind", "COMMAND_CENTER", "name", "县司法局指挥中心", "investment", 300))
                .then().statusCode(201).body("completedOn", nullValue()).body("townshipCode", nullValue());
        put(OWN, PROJECTS + "/" + p, Map.of("kind", "JUSTICE_OFFICE", "name", "吉米镇司法所业务用房", "investment", 85.50,
                "completedOn", "2024-11-30")).then().statusCode(200).body("version", equalTo(1));

        post(OWN, ASSISTANCE, Map.of("villageCode", "519901101201", "year", 2024, "cadres", 2, "funds", 12.5)).then()
                .statusCode(201).body("townshipCode", equalTo(JIMI));
        post(OWN, ASSISTANCE, Map.of("villageCode", "519901100201", "year", 2024, "cadres", 2, "funds", 12.5)).then()
                .statusCode(403);
        post(OWN, ASSISTANCE, Map.of("villageCode", "519901101999", "year", 2024, "cadres", 2, "funds", 12.5)).then()
                .statusCode(400).body("errors.field", hasItem("villageCode"));
        given().auth().oauth2(OWN).contentType(ContentType.JSON).body("{\"villageCode\": 519901101201, \"year\": 2024, "
                + "\"cadres\": 1, \"funds\": 1}").post(ASSISTANCE).then().statusCode(400);
    }
}
