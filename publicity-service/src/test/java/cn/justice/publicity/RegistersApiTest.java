package cn.justice.publicity;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.justice.publicity.Fixtures.ACTIVITIES;
import static cn.justice.publicity.Fixtures.CHENGGUAN;
import static cn.justice.publicity.Fixtures.JIMI;
import static cn.justice.publicity.Fixtures.SMS;
import static cn.justice.publicity.Fixtures.SURVEYS;
import static cn.justice.publicity.Fixtures.UNITS;
import static cn.justice.publicity.Fixtures.act;
import static cn.justice.publicity.Fixtures.createActivity;
import static cn.justice.publicity.Fixtures.createUnit;
import static cn.justice.publicity.Fixtures.figures;
import static cn.justice.publicity.Fixtures.get;
import static cn.justice.publicity.Fixtures.post;
import static cn.justice.publicity.Fixtures.put;
import static cn.justice.publicity.Fixtures.survey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** SMS campaigns, responsible units and surveys over HTTP. */
@QuarkusTest
class RegistersApiTest {

    private static Map<String, Object> sms(String township, String sentOn, int sent) {
        Map<String, Object> b = new HashMap<>();
        if (township != null) {
            b.put("townshipCode", township);
        }
        b.put("sentOn", sentOn);
        b.put("messagesSent", sent);
        b.put("theme", "ANTI_FRAUD");
        return b;
    }

    @Test
    void smsCampaignsCountyWideAreReadOnlyForTownshipOfficers() {
        String countyWide = post(DevTokens.countyAdmin(), SMS, sms(null, "2025-06-26", 12000)).then().statusCode(201)
                .body("townshipCode", nullValue()).body("countyCode", equalTo("519901")).extract().path("id");
        String jimi = post(DevTokens.countyAdmin(), SMS, sms(JIMI, "2025-06-26", 800)).then().statusCode(201)
                .extract().path("id");
        String chengguan = post(DevTokens.countyAdmin(), SMS, sms(CHENGGUAN, "2025-06-26", 900)).then().statusCode(201)
                .extract().path("id");
        String officer = DevTokens.townshipOfficer(JIMI);
        get(officer, SMS + "/" + countyWide).then().statusCode(200).header("ETag", "\"1\"");
        get(officer, SMS + "/" + jimi).then().statusCode(200);
        get(officer, SMS + "/" + chengguan).then().statusCode(404);
        put(officer, SMS + "/" + countyWide, Map.of("sentOn", "2025-06-26", "messagesSent", 1, "theme", "OTHER"))
                .then().statusCode(403);
        put(officer, SMS + "/" + chengguan, Map.of("sentOn", "2025-06-26", "messagesSent", 1, "theme", "OTHER"))
                .then().statusCode(404);
        put(officer, SMS + "/" + jimi, Map.of("sentOn", "2025-06-26", "messagesSent", 850, "theme", "ANTI_FRAUD"))
                .then().statusCode(200).body("messagesSent", equalTo(850)).body("version", equalTo(2));
        post(officer, SMS, sms(null, "2025-06-26", 1)).then().statusCode(403);
        post(officer, SMS, sms(CHENGGUAN, "2025-06-26", 1)).then().statusCode(403);
        post(officer, SMS, sms(JIMI, "2025-06-26", 1)).then().statusCode(201);
        get(officer, SMS + "?size=200").then().statusCode(200)
                .body("items.id", hasItem(countyWide)).body("items.id", hasItem(jimi)).body("items.id", not(hasItem(chengguan)))
                .body("items.townshipCode", everyItem(anyOf(nullValue(), equalTo(JIMI))));
        get(officer, SMS + "/changes?limit=1000").then().statusCode(200)
                .body("items.id", hasItem(countyWide)).body("items.id", not(hasItem(chengguan)));
        get(DevTokens.auditor(), SMS + "?countyWide=true&size=200").then().statusCode(200)
                .body("items.townshipCode", everyItem(nullValue())).body("items.id", hasItem(countyWide));
        get(DevTokens.auditor(), SMS + "?townshipCode=" + CHENGGUAN + "&size=200").then().statusCode(200)
                .body("items.townshipCode", everyItem(equalTo(CHENGGUAN)));
        // county-admin edits county-wide campaigns, optimistic concurrency
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).header("If-Match", "\"9\"")
                .body(Map.of("sentOn", "2025-06-26", "messagesSent", 1, "theme", "OTHER")).put(SMS + "/" + countyWide)
                .then().statusCode(412);
        put(DevTokens.countyAdmin(), SMS + "/" + countyWide, Map.of("version", 3, "sentOn", "2025-06-26",
                "messagesSent", 1, "theme", "OTHER")).then().statusCode(409);
        put(DevTokens.countyAdmin(), SMS + "/" + countyWide, Map.of("version", 1, "sentOn", "2025-06-26",
                "messagesSent", 12500, "theme", "ANTI_FRAUD")).then().statusCode(200).body("version", equalTo(2));
        // validation
        var bad = sms(JIMI, "2025-06-26", -1);
        post(DevTokens.countyAdmin(), SMS, bad).then().statusCode(400);
        var badTheme = sms(JIMI, "2025-06-26", 1);
        badTheme.put("theme", "JOKES");
        post(DevTokens.countyAdmin(), SMS, badTheme).then().statusCode(400);
        post(DevTokens.countyAdmin(), SMS, sms("519901999", "2025-06-26", 1)).then().statusCode(400)
                .body("errors.field", hasItem("townshipCode"));
        post(DevTokens.countyAdmin(), SMS, sms(JIMI, cn.justice.testing.BureauDay.today().plusDays(3).toString(), 1))
                .then().statusCode(400);
        // client id repeat
        var withId = sms(JIMI, "2025-06-27", 10);
        withId.put("id", UUID.randomUUID().toString());
        post(DevTokens.countyAdmin(), SMS, withId).then().statusCode(201);
        post(DevTokens.countyAdmin(), SMS, withId).then().statusCode(200);
        withId.put("messagesSent", 11);
        post(DevTokens.countyAdmin(), SMS, withId).then().statusCode(409);
    }

    @Test
    void responsibleUnitsPlanPerYearAndReportHeldActivities() {
        String unit = createUnit("X县公安局 " + System.nanoTime(), "POLICE");
        get(DevTokens.townshipOfficer(JIMI), UNITS + "/" + unit).then().statusCode(200)
                .body("kind", equalTo("POLICE")).body("townshipCode", nullValue());
        put(DevTokens.townshipOfficer(JIMI), UNITS + "/" + unit + "/years/2024",
                Map.of("items", List.of("x"), "plannedActivities", 3)).then().statusCode(403);
        post(DevTokens.townshipOfficer(JIMI), UNITS, Map.of("name", "镇派出所", "kind", "POLICE")).then().statusCode(403);
        put(DevTokens.countyAdmin(), UNITS + "/" + unit + "/years/2024",
                Map.of("items", List.of("宣传反电信网络诈骗法", "禁毒宣传进校园"), "plannedActivities", 3))
                .then().statusCode(200).body("version", equalTo(2)).body("years[0].year", equalTo(2024))
                .body("years[0].plannedActivities", equalTo(3));
        // unchanged plan: no new version
        put(DevTokens.countyAdmin(), UNITS + "/" + unit + "/years/2024",
                Map.of("items", List.of("宣传反电信网络诈骗法", "禁毒宣传进校园"), "plannedActivities", 3))
                .then().statusCode(200).body("version", equalTo(2));
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("items", List.of(), "plannedActivities", 4)).put(UNITS + "/" + unit + "/years/2024")
                .then().statusCode(412);
        put(DevTokens.countyAdmin(), UNITS + "/" + unit + "/years/2024",
                Map.of("version", 1, "items", List.of(), "plannedActivities", 4)).then().statusCode(409);
        put(DevTokens.countyAdmin(), UNITS + "/" + unit + "/years/1800",
                Map.of("items", List.of(), "plannedActivities", 4)).then().statusCode(400);
        put(DevTokens.countyAdmin(), UNITS + "/" + unit + "/years/abc",
                Map.of("items", List.of(), "plannedActivities", 4)).then().statusCode(400);
        put(DevTokens.countyAdmin(), UNITS + "/" + unit + "/years/2024",
                Map.of("items", List.of(), "plannedActivities", -1)).then().statusCode(400);

        String held1 = createActivity(JIMI, unit, "2024-05-01");
        String held2 = createActivity(CHENGGUAN, unit, "2024-06-01");
        createActivity(JIMI, unit, "2024-07-01"); // stays planned
        String cancelled = createActivity(JIMI, unit, "2024-08-01");
        String otherYear = createActivity(JIMI, unit, "2023-08-01");
        act(ACTIVITIES, held1, "hold", figures("2024-05-01", 50, 50));
        act(ACTIVITIES, held2, "hold", figures("2024-06-02", 60, 60));
        act(ACTIVITIES, cancelled, "cancel", Map.of());
        act(ACTIVITIES, otherYear, "hold", figures("2023-08-01", 60, 60));
        get(DevTokens.townshipOfficer(JIMI), UNITS + "/" + unit + "/years/2024").then().statusCode(200)
                .body("planned", equalTo(true)).body("plannedActivities", equalTo(3)).body("heldActivities", equalTo(2))
                .body("items", hasItem("禁毒宣传进校园"));
        get(DevTokens.auditor(), UNITS + "/" + unit + "/years/2023").then().statusCode(200)
                .body("planned", equalTo(false)).body("plannedActivities", equalTo(0)).body("heldActivities", equalTo(1));

        put(DevTokens.countyAdmin(), UNITS + "/" + unit, Map.of("name", "X县公安局（改）", "kind", "POLICE"))
                .then().statusCode(200).body("version", equalTo(3));
        get(DevTokens.countyAdmin(), UNITS + "?kind=POLICE&name=公安局（改&size=200").then().statusCode(200)
                .body("items.id", hasItem(unit));
        get(DevTokens.countyAdmin(), UNITS + "?kind=NOPE").then().statusCode(400);
        get(DevTokens.countyAdmin(), UNITS + "/" + UUID.randomUUID()).then().statusCode(404);
        get(DevTokens.token("county-admin", null, "519902"), UNITS + "/" + unit).then().statusCode(404);
        // an activity may not name a unit of another county (none visible from there)
        post(DevTokens.token("county-admin", null, "519902"), ACTIVITIES,
                Fixtures.activity(JIMI, unit, "2024-05-01")).then().statusCode(anyOf(equalTo(400), equalTo(403)));
    }

    @Test
    void surveysCheckTheirBoundsAndScope() {
        post(DevTokens.countyAdmin(), SURVEYS, survey(JIMI, 2024, 400, 401, 10)).then().statusCode(400)
                .body("errors.field", hasItem("aware"));
        post(DevTokens.countyAdmin(), SURVEYS, survey(JIMI, 2024, 400, 10, 401)).then().statusCode(400)
                .body("errors.field", hasItem("satisfied"));
        post(DevTokens.countyAdmin(), SURVEYS, survey(JIMI, 2024, -1, 0, 0)).then().statusCode(400);
        post(DevTokens.countyAdmin(), SURVEYS, survey("519901999", 2024, 10, 1, 1)).then().statusCode(400);
        post(DevTokens.countyAdmin(), SURVEYS, survey(JIMI, cn.justice.testing.BureauDay.today().getYear() + 1, 10, 1, 1))
                .then().statusCode(400);
        String id = post(DevTokens.countyAdmin(), SURVEYS, survey(JIMI, 2024, 400, 372, 360)).then().statusCode(201)
                .body("aware", equalTo(372)).extract().path("id");
        String officerOther = DevTokens.townshipOfficer(CHENGGUAN);
        get(officerOther, SURVEYS + "/" + id).then().statusCode(404);
        post(officerOther, SURVEYS, survey(JIMI, 2024, 10, 1, 1)).then().statusCode(403);
        put(DevTokens.townshipOfficer(JIMI), SURVEYS + "/" + id, Map.of("year", 2024, "respondents", 400, "aware", 380,
                "satisfied", 370)).then().statusCode(200).body("version", equalTo(2));
        put(DevTokens.countyAdmin(), SURVEYS + "/" + id, Map.of("year", 2024, "respondents", 300, "aware", 380,
                "satisfied", 10)).then().statusCode(400);
        put(DevTokens.countyAdmin(), SURVEYS + "/" + id, Map.of("version", 1, "year", 2024, "respondents", 400,
                "aware", 380, "satisfied", 10)).then().statusCode(409);
        get(DevTokens.countyAdmin(), SURVEYS + "?year=2024&townshipCode=" + JIMI + "&size=200").then().statusCode(200)
                .body("items.id", hasItem(id));
        get(DevTokens.countyAdmin(), SURVEYS + "?from=2024-01-01&to=2024-12-31&size=200").then().statusCode(200)
                .body("items.year", everyItem(equalTo(2024)));
        get(officerOther, SURVEYS + "/changes?limit=1000").then().statusCode(200)
                .body("items.townshipCode", everyItem(equalTo(CHENGGUAN)));
    }
}
