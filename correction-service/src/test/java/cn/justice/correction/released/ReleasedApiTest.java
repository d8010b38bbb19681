package cn.justice.correction.released;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.justice.correction.Fixtures.AUDIT;
import static cn.justice.correction.Fixtures.CHENGGUAN;
import static cn.justice.correction.Fixtures.JIMI;
import static cn.justice.correction.Fixtures.RELEASED;
import static cn.justice.correction.Fixtures.act;
import static cn.justice.correction.Fixtures.createReleased;
import static cn.justice.correction.Fixtures.get;
import static cn.justice.correction.Fixtures.idNumber;
import static cn.justice.correction.Fixtures.post;
import static cn.justice.correction.Fixtures.put;
import static cn.justice.correction.Fixtures.released;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Released persons (安置帮教): lifecycle, assistance visits, personal data, audit, scope, lists and sync. */
@QuarkusTest
class ReleasedApiTest {

    @Test
    void registeredConnectedPlacedClosedWithAssistanceVisits() {
        String id = createReleased(JIMI, "2025-03-01");
        get(DevTokens.countyAdmin(), RELEASED + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("REGISTERED")).body("name", equalTo("李**")).body("birthDate", nullValue())
                .body("minor", equalTo(false)).body("masked", equalTo(true));
        post(DevTokens.countyAdmin(), RELEASED + "/" + id + "/place", Map.of("on", "2025-03-05", "placement", "EMPLOYED"))
                .then().statusCode(409).contentType("application/problem+json").body("currentStatus", equalTo("REGISTERED"));
        post(DevTokens.countyAdmin(), RELEASED + "/" + id + "/connect", Map.of("on", "2025-02-28")).then().statusCode(400);
        act(RELEASED, id, "connect", Map.of("on", "2025-03-01")).then().body("status", equalTo("CONNECTED"))
                .body("connectedOn", equalTo("2025-03-01")).body("version", equalTo(2));
        act(RELEASED, id, "assist", Map.of("on", "2025-03-10", "note", "走访家属"));
        act(RELEASED, id, "assist", Map.of("on", "2025-04-10")).then().body("assistances.size()", equalTo(2))
                .body("assistances[0].note", equalTo("走访家属")).body("assistances[1].on", equalTo("2025-04-10"))
                .body("status", equalTo("CONNECTED"));
        post(DevTokens.countyAdmin(), RELEASED + "/" + id + "/place", Map.of("on", "2025-05-01", "placement", "ROBBERY"))
                .then().statusCode(400);
        act(RELEASED, id, "place", Map.of("on", "2025-05-01", "placement", "SELF_EMPLOYED")).then()
                .body("status", equalTo("PLACED")).body("placement", equalTo("SELF_EMPLOYED"));
        act(RELEASED, id, "close", Map.of("on", "2025-11-01", "reason", "MOVED_AWAY", "note", "迁往外省")).then()
                .body("status", equalTo("CLOSED")).body("closedOn", equalTo("2025-11-01")).body("version", equalTo(6))
                .body("closeReason", equalTo("MOVED_AWAY")).body("closeNote", equalTo("迁往外省"));
        post(DevTokens.countyAdmin(), RELEASED + "/" + id + "/assist", Map.of("on", "2025-11-02"))
                .then().statusCode(409).body("currentStatus", equalTo("CLOSED"));
    }

    @Test
    void personalDataSameProtectionAsSubjects() {
        String idNo = idNumber(LocalDate.of(2008, 12, 1)); // 16 on release: a minor
        String id = post(DevTokens.countyAdmin(), RELEASED, released(CHENGGUAN, "慕容复", idNo, "2025-02-01"))
                .then().statusCode(201).body("name", equalTo("慕**"))
                .body("idNumber", equalTo(idNo.substring(0, 6) + "********" + idNo.substring(14)))
                .body("minor", equalTo(true)).extract().path("id");
        given().auth().oauth2(DevTokens.auditor()).queryParam("unmask", "true").get(RELEASED + "/" + id).then().statusCode(403);
        given().auth().oauth2(DevTokens.townshipOfficer(CHENGGUAN)).queryParam("unmask", "true").get(RELEASED + "/" + id).then().statusCode(403);
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("unmask", "true").header("X-Purpose", "core check")
                .get(RELEASED + "/" + id).then().statusCode(200).body("name", equalTo("慕容复")).body("idNumber", equalTo(idNo))
                .body("birthDate", equalTo("2008-12-01"));
        get(DevTokens.auditor(), RELEASED + "/" + id).then().statusCode(200);
        Response log = given().auth().oauth2(DevTokens.auditor()).queryParam("recordId", id).get(AUDIT);
        log.then().statusCode(200).body("total", equalTo(2)).body("items[0].action", equalTo("READ"))
                .body("items[0].recordType", equalTo("released-person")).body("items[1].action", equalTo("UNMASK"))
                .body("items[1].purpose", equalTo("core check"));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("idNumber", idNo).get(RELEASED).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(id)).body("items[0].name", equalTo("慕**"));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("minor", "true").queryParam("size", 200).get(RELEASED)
                .then().body("items.id", hasItem(id));
        String bad = idNo.substring(0, 17) + (idNo.charAt(17) == '0' ? '1' : '0');
        post(DevTokens.countyAdmin(), RELEASED, released(CHENGGUAN, "慕容复", bad, "2025-02-01")).then().statusCode(400)
                .body("errors[0].field", equalTo("idNumber"));
    }

    @Test
    void scopeIdempotencyClientIdsAndUpdates() {
        String other = createReleased(CHENGGUAN, "2025-01-15");
        get(DevTokens.townshipOfficer(JIMI), RELEASED + "/" + other).then().statusCode(404);
        post(DevTokens.townshipOfficer(JIMI), RELEASED, released(CHENGGUAN, "周芷若", idNumber(LocalDate.of(1990, 5, 5)), "2025-01-15"))
                .then().statusCode(403);
        post(DevTokens.auditor(), RELEASED, released(JIMI, "周芷若", idNumber(LocalDate.of(1990, 5, 5)), "2025-01-15"))
                .then().statusCode(403);
        post(DevTokens.townshipOfficer(JIMI), RELEASED + "/" + other + "/connect", Map.of("on", "2025-01-15")).then().statusCode(404);

        UUID clientId = UUID.randomUUID();
        Map<String, Object> b = new HashMap<>(released(JIMI, "周芷若", idNumber(LocalDate.of(1990, 5, 5)), "2025-01-15"));
        b.put("id", clientId.toString());
        post(DevTokens.townshipOfficer(JIMI), RELEASED, b).then().statusCode(201);
        post(DevTokens.townshipOfficer(JIMI), RELEASED, b).then().statusCode(200).body("version", equalTo(1));
        b.put("crime", "抢劫罪");
        post(DevTokens.townshipOfficer(JIMI), RELEASED, b).then().statusCode(409);

        String key = "r-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(DevTokens.townshipOfficer(JIMI)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Map.of("on", "2025-01-16")).post(RELEASED + "/" + clientId + "/connect")
                    .then().statusCode(200).body("version", equalTo(2));
        }
        given().auth().oauth2(DevTokens.countyAdmin()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("releasedOn", "2025-01-14")).put(RELEASED + "/" + clientId).then().statusCode(412);
        put(DevTokens.countyAdmin(), RELEASED + "/" + clientId, Map.of("releasedOn", "2025-01-17")).then().statusCode(400)
                .body("errors[0].field", equalTo("releasedOn"));
        put(DevTokens.countyAdmin(), RELEASED + "/" + clientId, Map.of("releasedOn", "2025-01-14", "name", "周芷"))
                .then().statusCode(200).body("releasedOn", equalTo("2025-01-14")).body("name", equalTo("周*"))
                .body("version", equalTo(3)).body("status", equalTo("CONNECTED"));
    }

    @Test
    void listsFilterAndSync() {
        Response start = given().auth().oauth2(DevTokens.integration()).get(RELEASED + "/changes");
        start.then().statusCode(200).body("nextCursor", notNullValue());
        String a = createReleased("519901203", "2023-02-10");
        String b = createReleased("519901203", "2023-03-10");
        act(RELEASED, b, "connect", Map.of("on", "2023-03-10"));
        given().auth().oauth2(DevTokens.integration()).queryParam("since", start.jsonPath().getString("nextCursor"))
                .get(RELEASED + "/changes").then().statusCode(200).body("items.id", equalTo(List.of(a, b)))
                .body("items[1].version", equalTo(2));
        given().auth().oauth2(DevTokens.integration()).queryParam("townshipCode", "519901203")
                .queryParam("from", "2023-01-01").queryParam("to", "2023-12-31").queryParam("status", "CONNECTED")
                .get(RELEASED).then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(b));
        given().auth().oauth2(DevTokens.integration()).queryParam("townshipCode", "519901203")
                .queryParam("from", "2023-01-01").queryParam("to", "2023-12-31").queryParam("sort", "releasedOn,asc")
                .get(RELEASED).then().statusCode(200).body("total", equalTo(2)).body("items[0].id", equalTo(a));
        given().auth().oauth2(DevTokens.integration()).queryParam("status", "FREE").get(RELEASED).then().statusCode(400);
        assertThat(given().auth().oauth2(DevTokens.townshipOfficer(JIMI)).queryParam("size", 200).get(RELEASED)
                .jsonPath().getList("items.townshipCode", String.class)).doesNotContain("519901203");
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).body("[]").post(RELEASED)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("size", 200).get(RELEASED).then()
                .body("items.name", not(hasItem("李四海")));
    }
}
