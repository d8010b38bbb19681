package cn.justice.mediation.mediator;

import cn.justice.testing.BureauDay;
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

import static cn.justice.mediation.RegisterFixtures.CHENGGUAN;
import static cn.justice.mediation.RegisterFixtures.COMMITTEES;
import static cn.justice.mediation.RegisterFixtures.JIMI;
import static cn.justice.mediation.RegisterFixtures.MEDIATORS;
import static cn.justice.mediation.RegisterFixtures.act;
import static cn.justice.mediation.RegisterFixtures.createCommittee;
import static cn.justice.mediation.RegisterFixtures.createMediator;
import static cn.justice.mediation.RegisterFixtures.mediator;
import static cn.justice.mediation.RegisterFixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** The mediators API (人民调解员) against a real database: appoint, read, edit, train, retire, lists, sync, scope. */
@QuarkusTest
class MediatorApiTest {
    static Response put(String token, String id, String ifMatch, Object body) {
        var req = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            req.header("If-Match", ifMatch);
        }
        return req.put(MEDIATORS + "/" + id);
    }

    static Map<String, Object> edit(Long version, String name, String kind, boolean traditional, String termEndsOn) {
        Map<String, Object> b = new HashMap<>();
        if (version != null) {
            b.put("version", version);
        }
        b.put("name", name);
        b.put("kind", kind);
        b.put("traditional", traditional);
        if (termEndsOn != null) {
            b.put("termEndsOn", termEndsOn);
        }
        return b;
    }

    static Map<String, Object> training(String date, Object hours) {
        return Map.of("date", date, "hours", hours, "topic", "人民调解法");
    }

    @Test
    void appointsWithTheCommitteesTownshipAndShowsTheFullNameOnlyOnTheRecord() {
        String committee = createCommittee("519901202", "TOWNSHIP", "2018-01-01");
        Map<String, Object> b = mediator(committee, "阿木拉且", "2023-03-01");
        b.put("kind", "FULL_TIME");
        b.put("traditional", true);
        b.put("termEndsOn", "2026-02-28");
        String id = post(DevTokens.countyAdmin(), MEDIATORS, b).then().statusCode(201)
                .header("Location", startsWith("http")).header("ETag", "\"1\"")
                .body("name", equalTo("阿木拉且")).body("townshipCode", equalTo("519901202"))
                .body("committeeId", equalTo(committee)).body("status", equalTo("ACTIVE"))
                .body("traditional", equalTo(true)).body("kind", equalTo("FULL_TIME"))
                .body("trainings", empty()).body("trainingHoursThisYear", equalTo(0.0f))
                .body("termExpired", equalTo(true)) // term ended 2026-02-28, still ACTIVE
                .extract().path("id");
        given().auth().oauth2(DevTokens.auditor()).get(MEDIATORS + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("阿木拉且")).body("appointedOn", equalTo("2023-03-01"));
        given().auth().oauth2(DevTokens.auditor()).queryParam("committeeId", committee).get(MEDIATORS).then()
                .statusCode(200).body("items.id", contains(id)).body("items[0].name", equalTo("阿***"));
        // traditional defaults to false
        post(DevTokens.countyAdmin(), MEDIATORS, mediator(committee, "张三", "2023-03-01")).then().statusCode(201)
                .body("traditional", equalTo(false)).body("termExpired", equalTo(false));
    }

    @Test
    void clientSuppliedIdRepeatsAre200AndClashesAre409() {
        String committee = createCommittee(JIMI, "TOWNSHIP", "2018-01-01");
        UUID id = UUID.randomUUID();
        Map<String, Object> b = mediator(committee, "李四", "2024-01-01");
        b.put("id", id.toString());
        post(DevTokens.townshipOfficer(JIMI), MEDIATORS, b).then().statusCode(201).body("id", equalTo(id.toString()));
        post(DevTokens.townshipOfficer(JIMI), MEDIATORS, b).then().statusCode(200).body("version", equalTo(1))
                .body("name", equalTo("李四"));
        b.put("kind", "FULL_TIME");
        post(DevTokens.townshipOfficer(JIMI), MEDIATORS, b).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void idempotencyKeyReplaysTheFirstResponseAndRejectsAnotherBody() {
        String committee = createCommittee(JIMI, "TOWNSHIP", "2018-01-01");
        String key = "m-" + UUID.randomUUID();
        Map<String, Object> b = mediator(committee, "王五", "2024-01-01");
        Response first = given().auth().oauth2(DevTokens.integration()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(b).post(MEDIATORS);
        first.then().statusCode(201);
        Response again = given().auth().oauth2(DevTokens.integration()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(b).post(MEDIATORS);
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("committeeId", committee).get(MEDIATORS)
                .then().body("total", equalTo(1));
        b.put("name", "赵六");
        given().auth().oauth2(DevTokens.integration()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(b).post(MEDIATORS).then().statusCode(422);

        // a repeated train records one training
        String id = first.jsonPath().getString("id");
        String tkey = "t-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(DevTokens.countyAdmin()).header("Idempotency-Key", tkey).contentType(ContentType.JSON)
                    .body(training("2024-05-01", 3)).post(MEDIATORS + "/" + id + "/train")
                    .then().statusCode(200).body("trainings", hasSize(1)).body("version", equalTo(2));
        }
    }

    @Test
    void badInputIsA400NamingTheField() {
        String admin = DevTokens.countyAdmin();
        String committee = createCommittee(JIMI, "TOWNSHIP", "2018-01-01");
        Map<String, Object> b = mediator(committee, "x", "2024-01-01");
        b.put("kind", "VOLUNTEER");
        post(admin, MEDIATORS, b).then().statusCode(400).body("errors[0].field", equalTo("kind"));
        post(admin, MEDIATORS, mediator(UUID.randomUUID().toString(), "x", "2024-01-01")).then().statusCode(400)
                .body("errors[0].field", equalTo("committeeId"));
        post(admin, MEDIATORS, mediator("not-a-uuid", "x", "2024-01-01")).then().statusCode(400)
                .body("errors[0].field", equalTo("committeeId"));
        post(admin, MEDIATORS, mediator(committee, "x", "2017-12-31")).then().statusCode(400)
                .body("errors[0].field", equalTo("appointedOn"));
        post(admin, MEDIATORS, mediator(committee, "x", "2999-01-01")).then().statusCode(400)
                .body("errors[0].field", equalTo("appointedOn"));
        b = mediator(committee, "x", "2024-01-01");
        b.put("termEndsOn", "2023-12-31");
        post(admin, MEDIATORS, b).then().statusCode(400).body("errors[0].field", equalTo("termEndsOn"));
        post(admin, MEDIATORS, mediator(committee, " ", "2024-01-01")).then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        post(admin, MEDIATORS, Map.of("name", "x")).then().statusCode(400)
                .body("errors.field", hasItem("committeeId")).body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("appointedOn"));
        // another county's committee does not exist for this caller
        post(DevTokens.token("county-admin", null, "519902"), MEDIATORS, mediator(committee, "x", "2024-01-01"))
                .then().statusCode(400).body("errors[0].field", equalTo("committeeId"));
        given().auth().oauth2(admin).queryParam("committeeId", "nope").get(MEDIATORS).then().statusCode(400)
                .body("errors[0].field", equalTo("committeeId"));
        given().auth().oauth2(admin).queryParam("kind", "VOLUNTEER").get(MEDIATORS).then().statusCode(400);
        given().auth().oauth2(admin).queryParam("traditional", "yes").get(MEDIATORS).then().statusCode(400);
        given().auth().oauth2(admin).get(MEDIATORS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void trainingsAppendAndCountThisYearsHours() {
        String committee = createCommittee(JIMI, "TOWNSHIP", "2018-01-01");
        String id = createMediator(committee, "吉克阿呷", "2023-01-01");
        String path = MEDIATORS + "/" + id + "/train";
        String thisYear = BureauDay.today().withDayOfMonth(1).toString();
        post(DevTokens.countyAdmin(), path, training(thisYear, 0)).then().statusCode(400)
                .body("errors[0].field", equalTo("hours"));
        post(DevTokens.countyAdmin(), path, training(thisYear, 24.5)).then().statusCode(400)
                .body("errors[0].field", equalTo("hours"));
        post(DevTokens.countyAdmin(), path, training(thisYear, "two")).then().statusCode(400)
                .body("errors[0].field", equalTo("hours"));
        post(DevTokens.countyAdmin(), path, Map.of("date", thisYear, "hours", 2)).then().statusCode(400)
                .body("errors[0].field", equalTo("topic"));
        post(DevTokens.countyAdmin(), path, training("2022-12-31", 2)).then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
        act(MEDIATORS, id, "train", training("2024-06-01", 8)).then().body("version", equalTo(2))
                .body("trainingHoursThisYear", equalTo(0.0f));
        act(MEDIATORS, id, "train", training(thisYear, 2.5)).then().body("version", equalTo(3)).header("ETag", "\"3\"")
                .body("trainings", hasSize(2)).body("trainings[1].date", equalTo(thisYear))
                .body("trainings[1].hours", equalTo(2.5f)).body("trainings[0].topic", equalTo("人民调解法"))
                .body("trainingHoursThisYear", equalTo(2.5f));
        act(MEDIATORS, id, "train", training(thisYear, 24)).then().body("trainingHoursThisYear", equalTo(26.5f));
        given().auth().oauth2(DevTokens.auditor()).get(MEDIATORS + "/" + id).then()
                .body("trainings.hours", contains(8.0f, 2.5f, 24.0f)).body("version", equalTo(4));
    }

    @Test
    void retireEndsServiceAndActionsInTheWrongStateAre409WithCurrentStatus() {
        String committee = createCommittee(JIMI, "TOWNSHIP", "2018-01-01");
        String id = createMediator(committee, "曲比阿果", "2022-01-01");
        post(DevTokens.countyAdmin(), MEDIATORS + "/" + id + "/retire", Map.of("retiredOn", "2021-12-31"))
                .then().statusCode(400).body("errors[0].field", equalTo("retiredOn"));
        post(DevTokens.countyAdmin(), MEDIATORS + "/" + id + "/retire", Map.of()).then().statusCode(400)
                .body("errors[0].field", equalTo("retiredOn"));
        act(MEDIATORS, id, "retire", Map.of("retiredOn", "2025-06-30")).then()
                .body("status", equalTo("RETIRED")).body("retiredOn", equalTo("2025-06-30")).body("version", equalTo(2));
        post(DevTokens.countyAdmin(), MEDIATORS + "/" + id + "/retire", Map.of("retiredOn", "2025-07-01"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://justice.local/problems/invalid-state"))
                .body("currentStatus", equalTo("RETIRED"));
        post(DevTokens.countyAdmin(), MEDIATORS + "/" + id + "/train", training("2025-07-01", 2))
                .then().statusCode(409).body("currentStatus", equalTo("RETIRED"));
        // corrections are still possible
        put(DevTokens.countyAdmin(), id, "\"2\"", edit(null, "曲比阿果", "FULL_TIME", false, null)).then().statusCode(200)
                .body("kind", equalTo("FULL_TIME")).body("status", equalTo("RETIRED")).body("version", equalTo(3));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("committeeId", committee)
                .queryParam("status", "RETIRED").get(MEDIATORS).then().body("items.id", contains(id));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("committeeId", committee)
                .queryParam("status", "ACTIVE").get(MEDIATORS).then().body("items", empty());
    }

    @Test
    void putChangesEditableFieldsWithOptimisticConcurrency() {
        String committee = createCommittee(JIMI, "TOWNSHIP", "2018-01-01");
        String id = createMediator(committee, "沙马", "2022-01-01");
        put(DevTokens.townshipOfficer(JIMI), id, "\"1\"", edit(null, "沙马拉格", "FULL_TIME", true, "2027-12-31"))
                .then().statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2))
                .body("name", equalTo("沙马拉格")).body("traditional", equalTo(true))
                .body("termEndsOn", equalTo("2027-12-31")).body("appointedOn", equalTo("2022-01-01"));
        put(DevTokens.townshipOfficer(JIMI), id, "\"1\"", edit(null, "stale", "PART_TIME", false, null))
                .then().statusCode(412).body("currentVersion", equalTo(2));
        put(DevTokens.townshipOfficer(JIMI), id, null, edit(1L, "stale", "PART_TIME", false, null))
                .then().statusCode(409).body("type", equalTo("https://justice.local/problems/version-conflict"));
        put(DevTokens.townshipOfficer(JIMI), id, null, edit(2L, "沙马拉格", "FULL_TIME", true, "2027-12-31"))
                .then().statusCode(200).body("version", equalTo(2));
        put(DevTokens.townshipOfficer(JIMI), id, null, edit(2L, "沙马拉格", "FULL_TIME", true, "2021-12-31"))
                .then().statusCode(400).body("errors[0].field", equalTo("termEndsOn"));
        put(DevTokens.townshipOfficer(JIMI), id, null, Map.of("name", "x", "kind", "FULL_TIME"))
                .then().statusCode(400).body("errors[0].field", equalTo("traditional"));
        given().auth().oauth2(DevTokens.townshipOfficer(JIMI)).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(training("2024-01-01", 2)).post(MEDIATORS + "/" + id + "/train").then().statusCode(412);
    }

    @Test
    void townshipOfficerIsConfinedToItsTownship() {
        String otherCommittee = createCommittee(CHENGGUAN, "TOWNSHIP", "2018-01-01");
        String ownCommittee = createCommittee(JIMI, "TOWNSHIP", "2018-01-01");
        String other = createMediator(otherCommittee, "城关调解员", "2022-01-01");
        String jimi = DevTokens.townshipOfficer(JIMI);
        String own = post(jimi, MEDIATORS, mediator(ownCommittee, "吉米调解员", "2022-01-01")).then().statusCode(201)
                .extract().path("id");

        post(jimi, MEDIATORS, mediator(otherCommittee, "not mine", "2022-01-01")).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(jimi).get(MEDIATORS + "/" + other).then().statusCode(404);
        put(jimi, other, null, edit(null, "x", "PART_TIME", false, null)).then().statusCode(404);
        post(jimi, MEDIATORS + "/" + other + "/train", training("2024-01-01", 2)).then().statusCode(404);
        post(jimi, MEDIATORS + "/" + other + "/retire", Map.of("retiredOn", "2024-01-01")).then().statusCode(404);
        given().auth().oauth2(jimi).get(MEDIATORS + "/" + own).then().statusCode(200);

        List<String> townships = given().auth().oauth2(jimi).queryParam("townshipCode", CHENGGUAN).queryParam("size", 200)
                .get(MEDIATORS).then().statusCode(200).extract().jsonPath().getList("items.townshipCode", String.class);
        assertThat(townships).isNotEmpty().containsOnly(JIMI);
        given().auth().oauth2(jimi).queryParam("committeeId", otherCommittee).get(MEDIATORS).then().statusCode(200)
                .body("total", equalTo(0));
        List<String> synced = given().auth().oauth2(jimi).queryParam("limit", 1000).get(MEDIATORS + "/changes")
                .then().statusCode(200).extract().jsonPath().getList("items.townshipCode", String.class);
        assertThat(synced).isNotEmpty().containsOnly(JIMI);
    }

    @Test
    void listsFilterAndMaskEveryName() {
        String committee = createCommittee("519901203", "TOWNSHIP", "2018-01-01");
        String a = createMediator(committee, "阿苏", "2020-01-01");
        Map<String, Object> degu = mediator(committee, "吉伍木呷", "2021-01-01");
        degu.put("traditional", true);
        degu.put("kind", "FULL_TIME");
        String b = post(DevTokens.countyAdmin(), MEDIATORS, degu).then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.integration()).queryParam("committeeId", committee).queryParam("sort", "appointedOn,asc")
                .get(MEDIATORS).then().statusCode(200).body("total", equalTo(2)).body("items.id", contains(a, b))
                .body("items.name", contains("阿*", "吉***"));
        given().auth().oauth2(DevTokens.integration()).queryParam("committeeId", committee).queryParam("traditional", true)
                .queryParam("kind", "FULL_TIME").queryParam("townshipCode", "519901203").queryParam("status", "ACTIVE")
                .queryParam("from", "2021-01-01").queryParam("to", "2021-12-31")
                .get(MEDIATORS).then().statusCode(200).body("items.id", contains(b));
        given().auth().oauth2(DevTokens.integration()).queryParam("committeeId", committee).queryParam("traditional", false)
                .get(MEDIATORS).then().body("items.id", contains(a));
    }

    @Test
    void syncFeedReturnsChangesInOrderWithVersionsAndMaskedNames() {
        String committee = createCommittee(JIMI, "TOWNSHIP", "2018-01-01");
        String cursor = given().auth().oauth2(DevTokens.countyAdmin()).queryParam("limit", 1000)
                .get(MEDIATORS + "/changes").then().statusCode(200).extract().path("nextCursor");
        String a = createMediator(committee, "阿果", "2022-01-01");
        act(MEDIATORS, a, "train", training("2024-01-01", 2));
        String b = createMediator(committee, "阿支", "2022-01-01");
        // each changed record once, in its latest state, ordered by its latest change
        Response next = given().auth().oauth2(DevTokens.countyAdmin()).queryParam("since", cursor).get(MEDIATORS + "/changes");
        next.then().statusCode(200).body("items.id", contains(a, b)).body("items.version", contains(2, 1))
                .body("items.name", contains("阿*", "阿*")).body("items[0].trainings", hasSize(1));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("since", next.jsonPath().getString("nextCursor"))
                .get(MEDIATORS + "/changes").then().body("items", empty());
    }

    @Test
    void roles() {
        String committee = createCommittee(JIMI, "TOWNSHIP", "2018-01-01");
        String id = createMediator(committee, "阿依", "2022-01-01");
        given().get(MEDIATORS).then().statusCode(401);
        post(DevTokens.auditor(), MEDIATORS, mediator(committee, "x", "2022-01-01")).then().statusCode(403);
        post(DevTokens.auditor(), MEDIATORS + "/" + id + "/retire", Map.of("retiredOn", "2024-01-01")).then().statusCode(403);
        put(DevTokens.auditor(), id, null, edit(null, "x", "PART_TIME", false, null)).then().statusCode(403);
        given().auth().oauth2(DevTokens.auditor()).get(MEDIATORS + "/" + id).then().statusCode(200);
        given().auth().oauth2(DevTokens.auditor()).get(COMMITTEES + "/" + committee).then().statusCode(200);
    }
}
