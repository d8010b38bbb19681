package cn.justice.legalaid;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.justice.legalaid.Fixtures.ADVISORS;
import static cn.justice.legalaid.Fixtures.CHENGGUAN;
import static cn.justice.legalaid.Fixtures.CONSULTATIONS;
import static cn.justice.legalaid.Fixtures.JIMI;
import static cn.justice.legalaid.Fixtures.NOTARIZATIONS;
import static cn.justice.legalaid.Fixtures.WORKSTATIONS;
import static cn.justice.legalaid.Fixtures.act;
import static cn.justice.legalaid.Fixtures.post;
import static cn.justice.legalaid.Fixtures.put;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The four registers (consultations, workstations, notarizations, village advisors) through the API. */
@QuarkusTest
class RegistersApiTest {

    static Map<String, Object> consultation(String township, String date, int count) {
        return new HashMap<>(Map.of("date", date, "channel", "HOTLINE_12348", "townshipCode", township,
                "topic", "婚姻家庭", "count", count));
    }

    @Test
    void consultationsAreEnteredInBatchesAndCorrected() {
        String id = post(DevTokens.townshipOfficer(JIMI), CONSULTATIONS, consultation(JIMI, "2025-03-03", 12))
                .then().statusCode(201).header("ETag", "\"1\"").body("count", equalTo(12))
                .body("topic", equalTo("婚姻家庭")).extract().path("id");
        post(DevTokens.countyAdmin(), CONSULTATIONS, consultation(JIMI, "2025-03-03", 0)).then().statusCode(400)
                .body("errors[0].field", equalTo("count"));
        post(DevTokens.countyAdmin(), CONSULTATIONS, consultation(JIMI, "2999-03-03", 1)).then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
        Map<String, Object> wrongVillage = consultation(JIMI, "2025-03-03", 1);
        wrongVillage.put("villageCode", "519901100201");
        post(DevTokens.countyAdmin(), CONSULTATIONS, wrongVillage).then().statusCode(400)
                .body("errors[0].field", equalTo("villageCode"));
        post(DevTokens.townshipOfficer(JIMI), CONSULTATIONS, consultation(CHENGGUAN, "2025-03-03", 1)).then().statusCode(403);
        given().auth().oauth2(DevTokens.townshipOfficer(CHENGGUAN)).get(CONSULTATIONS + "/" + id).then().statusCode(404);

        Map<String, Object> edit = new HashMap<>(Map.of("date", "2025-03-04", "channel", "VILLAGE_ADVISOR",
                "villageCode", "519901101201", "topic", "土地承包", "count", 15, "version", 1));
        put(DevTokens.countyAdmin(), CONSULTATIONS + "/" + id, edit).then().statusCode(200)
                .header("ETag", "\"2\"").body("count", equalTo(15)).body("villageCode", equalTo("519901101201"));
        put(DevTokens.countyAdmin(), CONSULTATIONS + "/" + id, edit).then().statusCode(409);
        edit.remove("version");
        put(DevTokens.countyAdmin(), CONSULTATIONS + "/" + id, edit).then().statusCode(200).body("version", equalTo(2));
        given().auth().oauth2(DevTokens.auditor()).queryParam("villageCode", "519901101201").queryParam("from", "2025-03-04")
                .queryParam("to", "2025-03-04").queryParam("channel", "VILLAGE_ADVISOR").get(CONSULTATIONS)
                .then().statusCode(200).body("items.id", hasItem(id));
        put(DevTokens.auditor(), CONSULTATIONS + "/" + id, edit).then().statusCode(403);
    }

    @Test
    void workstationsOpenAndClose() {
        String id = post(DevTokens.countyAdmin(), WORKSTATIONS, Map.of("name", "X县看守所法律援助工作站",
                "kind", "DETENTION_CENTER", "townshipCode", CHENGGUAN, "openedOn", "2021-03-01"))
                .then().statusCode(201).body("status", equalTo("ACTIVE")).extract().path("id");
        given().auth().oauth2(DevTokens.auditor()).queryParam("activeOn", "2021-03-01").queryParam("size", 200)
                .get(WORKSTATIONS).then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(DevTokens.auditor()).queryParam("activeOn", "2021-02-28").queryParam("size", 200)
                .get(WORKSTATIONS).then().statusCode(200).body("items.id", not(hasItem(id)));
        post(DevTokens.countyAdmin(), WORKSTATIONS + "/" + id + "/close", Map.of("closedOn", "2021-02-01"))
                .then().statusCode(400).body("errors[0].field", equalTo("closedOn"));
        act(WORKSTATIONS, id, "close", Map.of("closedOn", "2024-06-30", "reason", "并入公共法律服务中心"))
                .then().body("status", equalTo("CLOSED")).body("closedOn", equalTo("2024-06-30")).body("version", equalTo(2));
        post(DevTokens.countyAdmin(), WORKSTATIONS + "/" + id + "/close", Map.of())
                .then().statusCode(409).body("currentStatus", equalTo("CLOSED"));
        given().auth().oauth2(DevTokens.auditor()).queryParam("activeOn", "2024-06-30").queryParam("size", 200)
                .get(WORKSTATIONS).then().statusCode(200).body("items.id", not(hasItem(id)));
        // a correction clearing closedOn reopens it
        put(DevTokens.countyAdmin(), WORKSTATIONS + "/" + id, Map.of("name", "X县看守所法律援助工作站",
                "kind", "DETENTION_CENTER", "openedOn", "2021-03-01")).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("closedOn", equalTo(null)).body("closeReason", equalTo(null));
        // historical records arrive closed
        post(DevTokens.countyAdmin(), WORKSTATIONS, Map.of("name", "旧工作站", "kind", "OTHER", "townshipCode", JIMI,
                "openedOn", "2019-01-01", "closedOn", "2020-01-01")).then().statusCode(201).body("status", equalTo("CLOSED"));
        post(DevTokens.townshipOfficer(JIMI), WORKSTATIONS, Map.of("name", "x", "kind", "OTHER", "townshipCode", CHENGGUAN,
                "openedOn", "2021-01-01")).then().statusCode(403);
        given().auth().oauth2(DevTokens.townshipOfficer(JIMI)).get(WORKSTATIONS + "/" + id).then().statusCode(404);
        post(DevTokens.countyAdmin(), WORKSTATIONS, Map.of("name", "x", "kind", "SPACESHIP", "townshipCode", JIMI,
                "openedOn", "2021-01-01")).then().statusCode(400);
    }

    @Test
    void notarizationsMayBeCountyWide() {
        String county = post(DevTokens.countyAdmin(), NOTARIZATIONS, Map.of("date", "2025-04-01", "kind", "CIVIL", "count", 7))
                .then().statusCode(201).body("townshipCode", equalTo(null)).extract().path("id");
        String jimi = post(DevTokens.townshipOfficer(JIMI), NOTARIZATIONS, Map.of("date", "2025-04-01", "kind", "ECONOMIC",
                "townshipCode", JIMI, "count", 2)).then().statusCode(201).extract().path("id");
        String chengguan = post(DevTokens.countyAdmin(), NOTARIZATIONS, Map.of("date", "2025-04-01", "kind", "FOREIGN_RELATED",
                "townshipCode", CHENGGUAN, "count", 1)).then().statusCode(201).extract().path("id");
        String officer = DevTokens.townshipOfficer(JIMI);
        post(officer, NOTARIZATIONS, Map.of("date", "2025-04-01", "kind", "CIVIL", "count", 1)).then().statusCode(403);
        given().auth().oauth2(officer).get(NOTARIZATIONS + "/" + county).then().statusCode(200);
        given().auth().oauth2(officer).get(NOTARIZATIONS + "/" + chengguan).then().statusCode(404);
        put(officer, NOTARIZATIONS + "/" + county, Map.of("date", "2025-04-01", "kind", "CIVIL", "count", 8)).then().statusCode(403);
        given().auth().oauth2(officer).queryParam("size", 200).queryParam("from", "2025-04-01").queryParam("to", "2025-04-01")
                .get(NOTARIZATIONS).then().statusCode(200)
                .body("items.id", hasItem(county)).body("items.id", hasItem(jimi)).body("items.id", not(hasItem(chengguan)));
        given().auth().oauth2(DevTokens.auditor()).queryParam("countyWide", "true").queryParam("size", 200)
                .get(NOTARIZATIONS).then().statusCode(200).body("items.townshipCode", not(hasItem(JIMI)))
                .body("items.id", hasItem(county));
        put(DevTokens.countyAdmin(), NOTARIZATIONS + "/" + county, Map.of("date", "2025-04-01", "kind", "CIVIL", "count", 8))
                .then().statusCode(200).body("count", equalTo(8)).body("version", equalTo(2));
        post(DevTokens.countyAdmin(), NOTARIZATIONS, Map.of("date", "2025-04-01", "kind", "CIVIL", "count", -1))
                .then().statusCode(400);
        given().auth().oauth2(officer).get(NOTARIZATIONS + "/changes").then().statusCode(200)
                .body("items.id", hasItem(county)).body("items.id", not(hasItem(chengguan)));
    }

    @Test
    void villageAdvisorsServeAVillageForAPeriod() {
        String id = post(DevTokens.townshipOfficer(JIMI), ADVISORS, Map.of("villageCode", "519901101202",
                "advisorName", "王律师", "firm", "X县正义律师事务所", "from", "2025-01-01"))
                .then().statusCode(201).body("townshipCode", equalTo(JIMI)).body("status", equalTo("ACTIVE"))
                .body("to", equalTo(null)).extract().path("id");
        post(DevTokens.townshipOfficer(JIMI), ADVISORS, Map.of("villageCode", "519901100201", "advisorName", "x",
                "firm", "y", "from", "2025-01-01")).then().statusCode(403);
        post(DevTokens.countyAdmin(), ADVISORS, Map.of("villageCode", "519901101299", "advisorName", "x",
                "firm", "y", "from", "2025-01-01")).then().statusCode(400).body("errors[0].field", equalTo("villageCode"));
        post(DevTokens.countyAdmin(), ADVISORS, Map.of("villageCode", "519901101202", "advisorName", "x",
                "firm", "y", "from", "2025-01-01", "to", "2024-12-31")).then().statusCode(400).body("errors[0].field", equalTo("to"));
        act(ADVISORS, id, "end", Map.of("to", "2025-06-30", "reason", "聘期届满")).then()
                .body("status", equalTo("ENDED")).body("to", equalTo("2025-06-30"));
        post(DevTokens.countyAdmin(), ADVISORS + "/" + id + "/end", Map.of()).then().statusCode(409)
                .body("currentStatus", equalTo("ENDED"));
        given().auth().oauth2(DevTokens.auditor()).queryParam("activeOn", "2025-06-30").queryParam("size", 200)
                .get(ADVISORS).then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(DevTokens.auditor()).queryParam("activeOn", "2025-07-01").queryParam("size", 200)
                .get(ADVISORS).then().statusCode(200).body("items.id", not(hasItem(id)));
        put(DevTokens.countyAdmin(), ADVISORS + "/" + id, Map.of("advisorName", "王律师", "firm", "X县正义律师事务所",
                "from", "2025-01-01")).then().statusCode(400).body("errors[0].field", equalTo("to"));
        put(DevTokens.countyAdmin(), ADVISORS + "/" + id, Map.of("advisorName", "王律师", "firm", "X县明德律师事务所",
                "from", "2025-01-01", "to", "2025-07-31")).then().statusCode(200).body("firm", equalTo("X县明德律师事务所"))
                .body("version", equalTo(3));
        given().auth().oauth2(DevTokens.townshipOfficer(CHENGGUAN)).get(ADVISORS + "/" + id).then().statusCode(404);
        String clientId = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("id", clientId, "villageCode", "519901101203", "advisorName", "孙律师",
                "firm", "X县正义律师事务所", "from", "2025-02-01");
        post(DevTokens.countyAdmin(), ADVISORS, body).then().statusCode(201);
        post(DevTokens.countyAdmin(), ADVISORS, body).then().statusCode(200).body("id", equalTo(clientId));
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).body(Map.of("villageCode", "519901101203",
                "advisorName", "孙律师", "firm", "X县正义律师事务所", "from", "2025-02-01", "id", clientId, "to", "2025-03-01"))
                .post(ADVISORS).then().statusCode(409);
        given().auth().oauth2(DevTokens.auditor()).queryParam("sort", "to,asc").queryParam("villageCode", "519901101203")
                .get(ADVISORS).then().statusCode(200).body("items.id", equalTo(List.of(clientId)));
    }

    @Test
    void coverageIsVillagesWithAnAdvisorOverAllVillages() {
        String luowu = "519901203";
        post(DevTokens.countyAdmin(), ADVISORS, Map.of("villageCode", "519901203201", "advisorName", "吴律师",
                "firm", "X县正义律师事务所", "from", "2020-01-01", "to", "2020-12-31")).then().statusCode(201);
        post(DevTokens.countyAdmin(), ADVISORS, Map.of("villageCode", "519901203201", "advisorName", "郑律师",
                "firm", "X县明德律师事务所", "from", "2020-06-01")).then().statusCode(201);
        post(DevTokens.countyAdmin(), ADVISORS, Map.of("villageCode", "519901203001", "advisorName", "冯律师",
                "firm", "X县明德律师事务所", "from", "2020-03-01", "to", "2020-05-31")).then().statusCode(201);
        int total = given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", luowu).queryParam("on", "2019-12-31")
                .get(ADVISORS + "/coverage").then().statusCode(200).body("villagesWithAdvisor", equalTo(0))
                .body("percent", equalTo(0.0f)).extract().path("villagesTotal");
        given().auth().oauth2(DevTokens.townshipOfficer(luowu)).queryParam("on", "2020-05-31").get(ADVISORS + "/coverage")
                .then().statusCode(200).body("orgCode", equalTo(luowu)).body("villagesWithAdvisor", equalTo(2))
                .body("uncoveredVillageCodes", not(hasItem("519901203001")))
                .body("uncoveredVillageCodes.size()", equalTo(total - 2));
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", luowu).queryParam("on", "2020-06-01")
                .get(ADVISORS + "/coverage").then().statusCode(200).body("villagesWithAdvisor", equalTo(1))
                .body("uncoveredVillageCodes", hasItem("519901203001"));
        given().auth().oauth2(DevTokens.townshipOfficer(luowu)).queryParam("orgCode", "519901").get(ADVISORS + "/coverage")
                .then().statusCode(403);
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901203201").get(ADVISORS + "/coverage")
                .then().statusCode(400);
        given().auth().oauth2(DevTokens.auditor()).get(ADVISORS + "/coverage").then().statusCode(200)
                .body("orgCode", equalTo("519901")).body("villagesTotal", equalTo(41));
    }
}
