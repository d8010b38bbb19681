package cn.justice.publicity.activity;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static cn.justice.publicity.Fixtures.ACTIVITIES;
import static cn.justice.publicity.Fixtures.CHENGGUAN;
import static cn.justice.publicity.Fixtures.JIMI;
import static cn.justice.publicity.Fixtures.act;
import static cn.justice.publicity.Fixtures.activity;
import static cn.justice.publicity.Fixtures.createActivity;
import static cn.justice.publicity.Fixtures.createUnit;
import static cn.justice.publicity.Fixtures.figures;
import static cn.justice.publicity.Fixtures.get;
import static cn.justice.publicity.Fixtures.post;
import static cn.justice.publicity.Fixtures.put;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ActivityApiTest {
    String unit;

    @BeforeEach
    void unit() {
        unit = createUnit("X县司法局 " + System.nanoTime(), "JUSTICE");
    }

    @Test
    void planGetAndHold() {
        var body = activity(JIMI, unit, "2025-11-20");
        body.put("villageCode", "519901101201");
        String id = post(DevTokens.countyAdmin(), ACTIVITIES, body).then().statusCode(201)
                .header("ETag", "\"1\"").header("Location", org.hamcrest.Matchers.containsString("/activities/"))
                .body("status", equalTo("PLANNED")).body("participants", nullValue())
                .body("venue", equalTo("SCHOOL")).body("countyCode", equalTo("519901"))
                .extract().path("id");
        get(DevTokens.auditor(), ACTIVITIES + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("宪法宣传周进校园")).body("targetGroups", hasItem("YOUTH"));
        act(ACTIVITIES, id, "hold", figures("2025-11-21", 120, 300)).then()
                .body("status", equalTo("HELD")).body("heldOn", equalTo("2025-11-21"))
                .body("participants", equalTo(120)).body("materialsDistributed", equalTo(300)).body("version", equalTo(2));
        act(ACTIVITIES, id, "correct", figures("2025-11-21", 100, 300)).then()
                .body("participants", equalTo(100)).body("correctionCount", equalTo(1)).body("version", equalTo(3));
    }

    @Test
    void validationFailuresAre400Problems() {
        var unknownEnum = activity(JIMI, unit, "2025-11-20");
        unknownEnum.put("venue", "MOON");
        post(DevTokens.countyAdmin(), ACTIVITIES, unknownEnum).then().statusCode(400)
                .contentType("application/problem+json");
        var badTownship = activity("519901999", unit, "2025-11-20");
        post(DevTokens.countyAdmin(), ACTIVITIES, badTownship).then().statusCode(400)
                .body("errors.field", hasItem("townshipCode"));
        var shortTownship = activity("5199", unit, "2025-11-20");
        post(DevTokens.countyAdmin(), ACTIVITIES, shortTownship).then().statusCode(400);
        var villageElsewhere = activity(JIMI, unit, "2025-11-20");
        villageElsewhere.put("villageCode", "519901100201");
        post(DevTokens.countyAdmin(), ACTIVITIES, villageElsewhere).then().statusCode(400)
                .body("errors.field", hasItem("villageCode"));
        var unknownUnit = activity(JIMI, UUID.randomUUID().toString(), "2025-11-20");
        post(DevTokens.countyAdmin(), ACTIVITIES, unknownUnit).then().statusCode(400)
                .body("errors.field", hasItem("organizerUnitId"));
        var missing = activity(JIMI, unit, "2025-11-20");
        missing.remove("title");
        post(DevTokens.countyAdmin(), ACTIVITIES, missing).then().statusCode(400);
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).body("{\"title\":")
                .post(ACTIVITIES).then().statusCode(400).contentType("application/problem+json");

        String id = createActivity(JIMI, unit, "2025-11-20");
        post(DevTokens.countyAdmin(), ACTIVITIES + "/" + id + "/hold", figures("2025-11-20", -1, 0)).then().statusCode(400);
        post(DevTokens.countyAdmin(), ACTIVITIES + "/" + id + "/hold",
                figures(cn.justice.testing.BureauDay.today().plusDays(2).toString(), 1, 0)).then().statusCode(400)
                .body("errors.field", hasItem("heldOn"));
        get(DevTokens.countyAdmin(), ACTIVITIES + "?venue=MOON").then().statusCode(400);
        get(DevTokens.countyAdmin(), ACTIVITIES + "?from=2025-13-01").then().statusCode(400);
        get(DevTokens.countyAdmin(), ACTIVITIES + "?size=201").then().statusCode(400);
        get(DevTokens.countyAdmin(), ACTIVITIES + "?townshipCode=519901999").then().statusCode(400);
    }

    @Test
    void actionsInTheWrongStateAre409WithCurrentStatus() {
        String id = createActivity(JIMI, unit, "2025-11-20");
        post(DevTokens.countyAdmin(), ACTIVITIES + "/" + id + "/correct", figures("2025-11-20", 1, 1)).then()
                .statusCode(409).body("currentStatus", equalTo("PLANNED"));
        act(ACTIVITIES, id, "hold", figures("2025-11-20", 10, 10));
        post(DevTokens.countyAdmin(), ACTIVITIES + "/" + id + "/hold", figures("2025-11-20", 1, 1)).then()
                .statusCode(409).body("currentStatus", equalTo("HELD"));
        post(DevTokens.countyAdmin(), ACTIVITIES + "/" + id + "/cancel", Map.of()).then()
                .statusCode(409).body("currentStatus", equalTo("HELD"));

        String other = createActivity(JIMI, unit, "2025-11-25");
        act(ACTIVITIES, other, "cancel", Map.of("reason", "暴雨")).then().body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("暴雨"));
        post(DevTokens.countyAdmin(), ACTIVITIES + "/" + other + "/hold", figures("2025-11-20", 1, 1)).then()
                .statusCode(409).body("currentStatus", equalTo("CANCELLED"));
        var edit = activity(JIMI, unit, "2025-11-25");
        put(DevTokens.countyAdmin(), ACTIVITIES + "/" + other, edit).then().statusCode(409)
                .body("currentStatus", equalTo("CANCELLED"));
    }

    @Test
    void putChangesEditableFieldsWithOptimisticConcurrency() {
        String id = createActivity(JIMI, unit, "2025-11-20");
        var edit = activity(JIMI, unit, "2025-11-22");
        edit.put("title", "民法典进校园");
        edit.put("theme", "CIVIL_CODE");
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(edit).put(ACTIVITIES + "/" + id).then().statusCode(412);
        edit.put("version", 5);
        put(DevTokens.countyAdmin(), ACTIVITIES + "/" + id, edit).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("version-conflict"));
        edit.put("version", 1);
        put(DevTokens.countyAdmin(), ACTIVITIES + "/" + id, edit).then().statusCode(200)
                .body("version", equalTo(2)).body("theme", equalTo("CIVIL_CODE")).body("heldOn", equalTo("2025-11-22"));
        // unchanged: same version
        edit.remove("version");
        put(DevTokens.countyAdmin(), ACTIVITIES + "/" + id, edit).then().statusCode(200).body("version", equalTo(2));
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(figures("2025-11-22", 5, 5)).post(ACTIVITIES + "/" + id + "/hold").then().statusCode(412);
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(figures("2025-11-22", 5, 5)).post(ACTIVITIES + "/" + id + "/hold").then().statusCode(200);
        // a HELD activity's date changes with correct, not PUT
        edit.put("heldOn", "2025-11-23");
        put(DevTokens.countyAdmin(), ACTIVITIES + "/" + id, edit).then().statusCode(409);
    }

    @Test
    void clientIdsAndIdempotencyKeys() {
        var body = activity(JIMI, unit, "2025-11-20");
        String id = UUID.randomUUID().toString();
        body.put("id", id);
        post(DevTokens.countyAdmin(), ACTIVITIES, body).then().statusCode(201).body("id", equalTo(id));
        post(DevTokens.countyAdmin(), ACTIVITIES, body).then().statusCode(200).body("id", equalTo(id));
        body.put("title", "other");
        post(DevTokens.countyAdmin(), ACTIVITIES, body).then().statusCode(409);

        String key = UUID.randomUUID().toString();
        var b2 = activity(JIMI, unit, "2025-11-20");
        String first = given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(b2).post(ACTIVITIES).then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(b2).post(ACTIVITIES).then().statusCode(201).body("id", equalTo(first));
        b2.put("title", "changed");
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(b2).post(ACTIVITIES).then().statusCode(422);

        String holdKey = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).header("Idempotency-Key", holdKey)
                    .body(figures("2025-11-20", 9, 9)).post(ACTIVITIES + "/" + first + "/hold").then().statusCode(200)
                    .body("version", equalTo(2));
        }
    }

    @Test
    void townshipScopeAndRoles() {
        String jimi = createActivity(JIMI, unit, "2025-11-20");
        String chengguan = createActivity(CHENGGUAN, unit, "2025-11-20");
        String officer = DevTokens.townshipOfficer(JIMI);
        get(officer, ACTIVITIES + "/" + jimi).then().statusCode(200);
        get(officer, ACTIVITIES + "/" + chengguan).then().statusCode(404);
        post(officer, ACTIVITIES + "/" + chengguan + "/hold", figures("2025-11-20", 1, 1)).then().statusCode(404);
        post(officer, ACTIVITIES, activity(CHENGGUAN, unit, "2025-11-20")).then().statusCode(403);
        post(officer, ACTIVITIES, activity(JIMI, unit, "2025-11-20")).then().statusCode(201);
        get(officer, ACTIVITIES + "?size=200&townshipCode=" + CHENGGUAN).then().statusCode(200)
                .body("items.townshipCode", everyItem(equalTo(JIMI)));
        get(officer, ACTIVITIES + "/changes").then().statusCode(200)
                .body("items.townshipCode", everyItem(equalTo(JIMI)));
        post(DevTokens.auditor(), ACTIVITIES, activity(JIMI, unit, "2025-11-20")).then().statusCode(403);
        post(DevTokens.integration(), ACTIVITIES, activity(JIMI, unit, "2025-11-20")).then().statusCode(201);
        given().get(ACTIVITIES).then().statusCode(401);
        String elsewhere = DevTokens.token("county-admin", null, "519902");
        get(elsewhere, ACTIVITIES + "/" + jimi).then().statusCode(404);
    }

    @Test
    void listFiltersAndChangesFeed() {
        String a = createActivity(JIMI, unit, "2019-03-05");
        String b = createActivity(JIMI, unit, "2019-03-06");
        act(ACTIVITIES, b, "hold", figures("2019-03-07", 10, 10));
        get(DevTokens.countyAdmin(), ACTIVITIES + "?from=2019-03-01&to=2019-03-31&organizerUnitId=" + unit
                + "&sort=heldOn,asc").then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].id", equalTo(a)).body("items[1].id", equalTo(b));
        get(DevTokens.countyAdmin(), ACTIVITIES + "?status=HELD&venue=SCHOOL&theme=CONSTITUTION&organizerUnitId=" + unit)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(b));
        get(DevTokens.countyAdmin(), ACTIVITIES + "?sort=nope").then().statusCode(400);

        String cursor = get(DevTokens.countyAdmin(), ACTIVITIES + "/changes?limit=1000").then().statusCode(200)
                .extract().path("nextCursor");
        act(ACTIVITIES, a, "cancel", Map.of());
        get(DevTokens.countyAdmin(), ACTIVITIES + "/changes?since=" + cursor).then().statusCode(200)
                .body("items.id", hasItem(a)).body("items.find { it.id == '" + a + "' }.version", equalTo(2));
    }
}
