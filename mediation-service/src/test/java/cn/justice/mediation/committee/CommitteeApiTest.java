package cn.justice.mediation.committee;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.justice.mediation.RegisterFixtures.CHENGGUAN;
import static cn.justice.mediation.RegisterFixtures.COMMITTEES;
import static cn.justice.mediation.RegisterFixtures.JIMI;
import static cn.justice.mediation.RegisterFixtures.act;
import static cn.justice.mediation.RegisterFixtures.allCriteria;
import static cn.justice.mediation.RegisterFixtures.committee;
import static cn.justice.mediation.RegisterFixtures.createCommittee;
import static cn.justice.mediation.RegisterFixtures.createMediator;
import static cn.justice.mediation.RegisterFixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The committees API (调委会) against a real database: create, read, edit, assess, dissolve, lists, sync, scope. */
@QuarkusTest
class CommitteeApiTest {
    static Response put(String token, String id, String ifMatch, Object body) {
        var req = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            req.header("If-Match", ifMatch);
        }
        return req.put(COMMITTEES + "/" + id);
    }

    static Map<String, Object> edit(Long version, String name, int memberCount) {
        Map<String, Object> b = new HashMap<>();
        if (version != null) {
            b.put("version", version);
        }
        b.put("name", name);
        b.put("type", "TOWNSHIP");
        b.put("establishedOn", "2019-06-01");
        b.put("filedOn", "2019-07-15");
        b.put("memberCount", memberCount);
        return b;
    }

    @Test
    void registersAndReadsBack() {
        Map<String, Object> b = committee(JIMI, "吉米镇吉米村人民调解委员会", "VILLAGE", "2019-06-01");
        b.put("villageCode", "519901101201");
        b.put("filedOn", "2019-07-15");
        String id = post(DevTokens.countyAdmin(), COMMITTEES, b).then().statusCode(201)
                .header("Location", startsWith("http")).header("ETag", "\"1\"")
                .body("status", equalTo("ACTIVE")).body("standardized", equalTo(false))
                .body("assessment", nullValue()).body("version", equalTo(1))
                .body("countyCode", equalTo("519901")).body("villageCode", equalTo("519901101201"))
                .extract().path("id");
        given().auth().oauth2(DevTokens.auditor()).get(COMMITTEES + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("吉米镇吉米村人民调解委员会")).body("type", equalTo("VILLAGE"))
                .body("establishedOn", equalTo("2019-06-01")).body("filedOn", equalTo("2019-07-15"))
                .body("memberCount", equalTo(5)).body("townshipCode", equalTo(JIMI));
    }

    @Test
    void clientSuppliedIdRepeatsAre200AndClashesAre409() {
        UUID id = UUID.randomUUID();
        Map<String, Object> b = committee(JIMI, "offline " + id, "TOWNSHIP", "2020-01-01");
        b.put("id", id.toString());
        post(DevTokens.townshipOfficer(JIMI), COMMITTEES, b).then().statusCode(201).body("id", equalTo(id.toString()));
        post(DevTokens.townshipOfficer(JIMI), COMMITTEES, b).then().statusCode(200).body("id", equalTo(id.toString()))
                .body("version", equalTo(1));
        b.put("memberCount", 9);
        post(DevTokens.townshipOfficer(JIMI), COMMITTEES, b).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void idempotencyKeyReplaysTheFirstResponseAndRejectsAnotherBody() {
        String key = "c-" + UUID.randomUUID();
        Map<String, Object> b = committee(JIMI, "idem " + key, "PROFESSIONAL", "2021-01-01");
        Response first = given().auth().oauth2(DevTokens.integration()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(b).post(COMMITTEES);
        first.then().statusCode(201);
        Response again = given().auth().oauth2(DevTokens.integration()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(b).post(COMMITTEES);
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        long created = given().auth().oauth2(DevTokens.countyAdmin()).queryParam("size", 200)
                .queryParam("type", "PROFESSIONAL").get(COMMITTEES)
                .jsonPath().getList("items.name", String.class).stream().filter(("idem " + key)::equals).count();
        assertThat(created).isEqualTo(1);
        b.put("name", "another");
        given().auth().oauth2(DevTokens.integration()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(b).post(COMMITTEES)
                .then().statusCode(422).body("type", equalTo("https://justice.local/problems/idempotency-key-reused"));

        // actions too: a repeated dissolve answers the first response instead of a 409
        String id = createCommittee(JIMI, "OTHER", "2021-01-01");
        String dkey = "d-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(DevTokens.countyAdmin()).header("Idempotency-Key", dkey).contentType(ContentType.JSON)
                    .body(Map.of("dissolvedOn", "2024-01-01")).post(COMMITTEES + "/" + id + "/dissolve")
                    .then().statusCode(200).body("status", equalTo("DISSOLVED")).body("version", equalTo(2));
        }
    }

    @Test
    void badInputIsA400NamingTheField() {
        String admin = DevTokens.countyAdmin();
        Map<String, Object> b = committee(JIMI, "x", "GUILD", "2020-01-01");
        post(admin, COMMITTEES, b).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"));
        b = committee("519901999", "x", "TOWNSHIP", "2020-01-01");
        post(admin, COMMITTEES, b).then().statusCode(400).body("errors.field", hasItem("townshipCode"));
        b = committee(JIMI, "x", "VILLAGE", "2020-01-01");
        b.put("villageCode", "519901100201"); // a village of 城关镇, not of 吉米镇
        post(admin, COMMITTEES, b).then().statusCode(400).body("errors.field", hasItem("villageCode"));
        b.put("villageCode", "519901101999");
        post(admin, COMMITTEES, b).then().statusCode(400).body("errors.field", hasItem("villageCode"));
        b.remove("villageCode"); // a village committee names its village
        post(admin, COMMITTEES, b).then().statusCode(400).body("errors.field", hasItem("villageCode"));
        b = committee(JIMI, "x", "TOWNSHIP", "2020-01-01");
        b.put("memberCount", -1);
        post(admin, COMMITTEES, b).then().statusCode(400).body("errors.field", hasItem("memberCount"));
        b.put("memberCount", "many");
        post(admin, COMMITTEES, b).then().statusCode(400).body("errors.field", hasItem("memberCount"));
        b = committee(JIMI, "x", "TOWNSHIP", "2020-01-01");
        b.put("filedOn", "2019-12-31");
        post(admin, COMMITTEES, b).then().statusCode(400).body("errors.field", hasItem("filedOn"));
        post(admin, COMMITTEES, committee(JIMI, "x", "TOWNSHIP", "2999-01-01")).then().statusCode(400)
                .body("errors.field", hasItem("establishedOn"));
        post(admin, COMMITTEES, Map.of("townshipCode", JIMI)).then().statusCode(400)
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("type"))
                .body("errors.field", hasItem("establishedOn")).body("errors.field", hasItem("memberCount"));
        given().auth().oauth2(admin).queryParam("type", "GUILD").get(COMMITTEES).then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().auth().oauth2(admin).queryParam("standardized", "maybe").get(COMMITTEES).then().statusCode(400)
                .body("errors[0].field", equalTo("standardized"));
        given().auth().oauth2(admin).queryParam("townshipCode", "519901999").get(COMMITTEES).then().statusCode(400);
        given().auth().oauth2(admin).queryParam("sort", "name;drop table committee").get(COMMITTEES).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().auth().oauth2(admin).get(COMMITTEES + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theChecklistIsServed() {
        given().auth().oauth2(DevTokens.townshipOfficer(JIMI)).get(COMMITTEES + "/standardization-criteria")
                .then().statusCode(200)
                .body("code", contains("NAME_PLATE", "PREMISES", "RULES_DISPLAYED", "MIN_THREE_MEMBERS",
                        "CASE_FILES_COMPLETE", "FILED_WITH_BUREAU"))
                .body("find { it.code == 'PREMISES' }.nameZh", equalTo("有固定场所"))
                .body("find { it.code == 'PREMISES' }.nameEn", equalTo("Fixed premises for mediation"));
    }

    @Test
    void assessmentSetsStandardizedFromTheWholeChecklist() {
        String id = createCommittee(JIMI, "TOWNSHIP", "2020-01-01");
        String path = COMMITTEES + "/" + id + "/assess";
        act(COMMITTEES, id, "assess", Map.of("assessedOn", "2024-05-01", "criteria", allCriteria(true)))
                .then().header("ETag", "\"2\"").body("version", equalTo(2)).body("standardized", equalTo(true))
                .body("assessment.assessedOn", equalTo("2024-05-01"))
                .body("assessment.criteria.NAME_PLATE", equalTo(true)).body("assessment.unmet", empty());
        Map<String, Object> some = allCriteria(true);
        some.remove("FILED_WITH_BUREAU"); // missing counts as unmet
        some.put("CASE_FILES_COMPLETE", false);
        act(COMMITTEES, id, "assess", Map.of("assessedOn", "2025-05-01", "criteria", some))
                .then().body("version", equalTo(3)).body("standardized", equalTo(false))
                .body("assessment.criteria.FILED_WITH_BUREAU", equalTo(false))
                .body("assessment.unmet", contains("CASE_FILES_COMPLETE", "FILED_WITH_BUREAU"));

        Map<String, Object> unknown = allCriteria(true);
        unknown.put("FREE_TEA", true);
        post(DevTokens.countyAdmin(), path, Map.of("assessedOn", "2025-06-01", "criteria", unknown))
                .then().statusCode(400).body("errors[0].field", equalTo("criteria.FREE_TEA"));
        post(DevTokens.countyAdmin(), path, Map.of("assessedOn", "2025-06-01", "criteria", Map.of("PREMISES", "sometimes")))
                .then().statusCode(400).body("errors[0].field", startsWith("criteria"));
        post(DevTokens.countyAdmin(), path, Map.of("assessedOn", "2019-12-31", "criteria", allCriteria(true)))
                .then().statusCode(400).body("errors[0].field", equalTo("assessedOn"));
        // an older assessment does not replace the latest one
        post(DevTokens.countyAdmin(), path, Map.of("assessedOn", "2024-12-31", "criteria", allCriteria(true)))
                .then().statusCode(400).body("errors[0].field", equalTo("assessedOn"));
        post(DevTokens.countyAdmin(), path, Map.of("criteria", allCriteria(true)))
                .then().statusCode(400).body("errors.field", hasItem("assessedOn"));
        given().auth().oauth2(DevTokens.countyAdmin()).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("assessedOn", "2025-06-01", "criteria", allCriteria(true))).post(path)
                .then().statusCode(412).body("currentVersion", equalTo(3));
        given().auth().oauth2(DevTokens.countyAdmin()).header("If-Match", "\"3\"").contentType(ContentType.JSON)
                .body(Map.of("assessedOn", "2025-06-01", "criteria", allCriteria(true))).post(path)
                .then().statusCode(200).body("standardized", equalTo(true)).body("version", equalTo(4));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("standardized", true).queryParam("townshipCode", JIMI)
                .queryParam("size", 200).get(COMMITTEES).then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void dissolveEndsTheCommitteeAndActionsInTheWrongStateAre409WithCurrentStatus() {
        String id = createCommittee(JIMI, "POLICE_STATION", "2020-01-01");
        String mediator = createMediator(id, "阿木拉且", "2021-01-01");
        post(DevTokens.countyAdmin(), COMMITTEES + "/" + id + "/dissolve", Map.of("dissolvedOn", "2019-12-31"))
                .then().statusCode(400).body("errors[0].field", equalTo("dissolvedOn"));
        act(COMMITTEES, id, "dissolve", Map.of("dissolvedOn", "2024-12-31", "reason", "并入城关镇调委会"))
                .then().body("status", equalTo("DISSOLVED")).body("dissolvedOn", equalTo("2024-12-31"))
                .body("dissolveReason", equalTo("并入城关镇调委会")).body("version", equalTo(2));

        post(DevTokens.countyAdmin(), COMMITTEES + "/" + id + "/dissolve", Map.of("dissolvedOn", "2025-01-01"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://justice.local/problems/invalid-state"))
                .body("currentStatus", equalTo("DISSOLVED"));
        post(DevTokens.countyAdmin(), COMMITTEES + "/" + id + "/assess",
                Map.of("assessedOn", "2025-01-01", "criteria", allCriteria(true)))
                .then().statusCode(409).body("currentStatus", equalTo("DISSOLVED"));
        // its mediator keeps serving until retired; a dissolved committee appoints nobody
        given().auth().oauth2(DevTokens.auditor()).get("/api/v1/mediation/mediators/" + mediator).then()
                .body("status", equalTo("ACTIVE"));
        post(DevTokens.countyAdmin(), "/api/v1/mediation/mediators",
                cn.justice.mediation.RegisterFixtures.mediator(id, "李四", "2024-01-01"))
                .then().statusCode(409).body("rule", equalTo("committee-not-active"));
        // its record can still be corrected
        put(DevTokens.countyAdmin(), id, "\"2\"", edit(null, "更正名称", 4)).then().statusCode(200)
                .body("status", equalTo("DISSOLVED")).body("memberCount", equalTo(4)).body("version", equalTo(3));
        put(DevTokens.countyAdmin(), id, null, Map.of("name", "x", "type", "TOWNSHIP", "establishedOn", "2025-01-01",
                "memberCount", 3)).then().statusCode(400).body("errors[0].field", equalTo("establishedOn"));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("status", "DISSOLVED").queryParam("size", 200)
                .get(COMMITTEES).then().statusCode(200).body("items.id", hasItem(id))
                .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("DISSOLVED")));
    }

    @Test
    void putChangesEditableFieldsWithOptimisticConcurrency() {
        String id = createCommittee(JIMI, "TOWNSHIP", "2019-06-01");
        put(DevTokens.townshipOfficer(JIMI), id, "\"1\"", edit(null, "吉米镇人民调解委员会", 7)).then().statusCode(200)
                .header("ETag", "\"2\"").body("version", equalTo(2)).body("name", equalTo("吉米镇人民调解委员会"))
                .body("memberCount", equalTo(7)).body("filedOn", equalTo("2019-07-15"));
        put(DevTokens.townshipOfficer(JIMI), id, "\"1\"", edit(null, "stale", 8)).then().statusCode(412)
                .contentType("application/problem+json").body("currentVersion", equalTo(2));
        put(DevTokens.townshipOfficer(JIMI), id, null, edit(1L, "stale", 8)).then().statusCode(409)
                .body("type", equalTo("https://justice.local/problems/version-conflict"));
        // the same values again change nothing: same version
        put(DevTokens.townshipOfficer(JIMI), id, null, edit(2L, "吉米镇人民调解委员会", 7)).then().statusCode(200)
                .body("version", equalTo(2));
        put(DevTokens.townshipOfficer(JIMI), id, null, edit(2L, "吉米镇人民调解委员会", -1)).then().statusCode(400)
                .body("errors[0].field", equalTo("memberCount"));
        Map<String, Object> village = edit(2L, "吉米镇人民调解委员会", 7);
        village.put("type", "VILLAGE");
        put(DevTokens.townshipOfficer(JIMI), id, null, village).then().statusCode(400)
                .body("errors[0].field", equalTo("villageCode"));
        village.put("villageCode", "519901100201");
        put(DevTokens.townshipOfficer(JIMI), id, null, village).then().statusCode(400)
                .body("errors[0].field", equalTo("villageCode"));
        put(DevTokens.countyAdmin(), UUID.randomUUID().toString(), null, edit(null, "x", 1)).then().statusCode(404);
        given().auth().oauth2(DevTokens.auditor()).get(COMMITTEES + "/" + id).then().header("ETag", "\"2\"");
    }

    @Test
    void townshipOfficerIsConfinedToItsTownship() {
        String other = createCommittee(CHENGGUAN, "TOWNSHIP", "2020-01-01");
        String own = post(DevTokens.townshipOfficer(JIMI), COMMITTEES, committee(JIMI, "own", "TOWNSHIP", "2020-01-01"))
                .then().statusCode(201).extract().path("id");
        String jimi = DevTokens.townshipOfficer(JIMI);

        post(jimi, COMMITTEES, committee(CHENGGUAN, "not mine", "TOWNSHIP", "2020-01-01")).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(jimi).get(COMMITTEES + "/" + other).then().statusCode(404);
        put(jimi, other, null, edit(null, "x", 1)).then().statusCode(404);
        post(jimi, COMMITTEES + "/" + other + "/assess", Map.of("assessedOn", "2024-01-01", "criteria", allCriteria(true)))
                .then().statusCode(404);
        post(jimi, COMMITTEES + "/" + other + "/dissolve", Map.of("dissolvedOn", "2024-01-01")).then().statusCode(404);
        given().auth().oauth2(jimi).get(COMMITTEES + "/" + own).then().statusCode(200);

        List<String> townships = given().auth().oauth2(jimi).queryParam("townshipCode", CHENGGUAN).queryParam("size", 200)
                .get(COMMITTEES).then().statusCode(200).extract().jsonPath().getList("items.townshipCode", String.class);
        assertThat(townships).isNotEmpty().containsOnly(JIMI);
        List<String> synced = given().auth().oauth2(jimi).queryParam("limit", 1000).get(COMMITTEES + "/changes")
                .then().statusCode(200).extract().jsonPath().getList("items.townshipCode", String.class);
        assertThat(synced).isNotEmpty().containsOnly(JIMI);
        // another county's admin sees none of it
        given().auth().oauth2(DevTokens.token("county-admin", null, "519902")).get(COMMITTEES + "/" + own)
                .then().statusCode(404);
    }

    @Test
    void listsPageFilterAndSort() {
        String t = "519901203";
        String a = createCommittee(t, "COURT", "2018-01-10");
        String b = createCommittee(t, "COURT", "2018-02-10");
        createCommittee(t, "COURT", "2018-03-10");
        createCommittee(t, "OTHER", "2018-02-20");
        given().auth().oauth2(DevTokens.integration()).queryParam("townshipCode", t).queryParam("type", "COURT")
                .queryParam("status", "ACTIVE").queryParam("standardized", false)
                .queryParam("from", "2018-01-01").queryParam("to", "2018-12-31")
                .queryParam("sort", "establishedOn,asc").queryParam("size", 2)
                .get(COMMITTEES).then().statusCode(200)
                .body("total", equalTo(3)).body("size", equalTo(2)).body("page", equalTo(0))
                .body("items.id", contains(a, b))
                .body("items[0].establishedOn", equalTo("2018-01-10"));
    }

    @Test
    void syncFeedReturnsChangesAfterTheCursorInOrderWithVersions() {
        String cursor = given().auth().oauth2(DevTokens.countyAdmin()).queryParam("limit", 1000)
                .get(COMMITTEES + "/changes").then().statusCode(200).extract().path("nextCursor");
        String a = createCommittee(JIMI, "TOWNSHIP", "2020-01-01");
        String b = createCommittee(JIMI, "TOWNSHIP", "2020-01-01");
        act(COMMITTEES, a, "assess", Map.of("assessedOn", "2024-01-01", "criteria", allCriteria(true)));
        Response next = given().auth().oauth2(DevTokens.countyAdmin()).queryParam("since", cursor).get(COMMITTEES + "/changes");
        // the feed carries each changed record once, in its latest state, ordered by its latest change
        next.then().statusCode(200).body("items.id", contains(b, a)).body("items.version", contains(1, 2))
                .body("items[1].standardized", equalTo(true));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("since", next.jsonPath().getString("nextCursor"))
                .get(COMMITTEES + "/changes").then().statusCode(200).body("items", empty());
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("since", "garbage!").get(COMMITTEES + "/changes")
                .then().statusCode(400).body("errors[0].field", equalTo("since"));
    }

    @Test
    void rolesAndAuthentication() {
        String id = createCommittee(JIMI, "TOWNSHIP", "2020-01-01");
        given().get(COMMITTEES).then().statusCode(401).contentType("application/problem+json");
        post(DevTokens.auditor(), COMMITTEES, committee(JIMI, "auditors only read", "TOWNSHIP", "2020-01-01"))
                .then().statusCode(403);
        put(DevTokens.auditor(), id, null, edit(null, "x", 1)).then().statusCode(403);
        post(DevTokens.auditor(), COMMITTEES + "/" + id + "/dissolve", Map.of("dissolvedOn", "2024-01-01"))
                .then().statusCode(403);
        given().auth().oauth2(DevTokens.auditor()).get(COMMITTEES + "/" + id).then().statusCode(200);
        given().auth().oauth2(DevTokens.integration()).get(COMMITTEES).then().statusCode(200);
        post(DevTokens.integration(), COMMITTEES + "/" + id + "/assess",
                Map.of("assessedOn", "2024-01-01", "criteria", Map.of())).then().statusCode(200)
                .body("standardized", equalTo(false)).body("assessment.unmet.size()", equalTo(6));
    }
}
