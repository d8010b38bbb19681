package cn.justice.mediation.dispute;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** The disputes API against a real database and broker: create, read, list, sync, idempotency, scope, problems. */
@QuarkusTest
class DisputeApiTest {
    static final String PATH = "/api/v1/mediation/disputes";
    static final String JIMI = "519901101";
    static final String CHENGGUAN = "519901100";

    static Map<String, Object> body(String township, String summary) {
        return Map.of("townshipCode", township, "source", "SCREENING", "category", "NEIGHBOR",
                "summary", summary, "registeredOn", "2026-03-02", "parties", List.of(Map.of("name", "张三", "role", "APPLICANT"), Map.of("name", "李四", "role", "RESPONDENT")));
    }

    static Response post(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(PATH);
    }

    @Test
    void registersAndReadsBack() {
        String id = post(DevTokens.countyAdmin(), body(JIMI, "宅基地界址纠纷"))
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", "\"1\"")
                .body("status", equalTo("REGISTERED"))
                .body("version", equalTo(1))
                .body("countyCode", equalTo("519901"))
                .body("overdue", equalTo(false))
                .extract().path("id");
        given().auth().oauth2(DevTokens.auditor()).get(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("summary", equalTo("宅基地界址纠纷")).body("townshipCode", equalTo(JIMI));
    }

    @Test
    void idempotencyKeyReplaysTheFirstResponseAndRejectsAnotherBody() {
        String key = "k-" + UUID.randomUUID();
        Map<String, Object> b = body(JIMI, "idem " + key);
        Response first = given().auth().oauth2(DevTokens.countyAdmin()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(b).post(PATH);
        first.then().statusCode(201);
        Response again = given().auth().oauth2(DevTokens.countyAdmin()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(b).post(PATH);
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(again.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        // the work was done once: exactly one dispute carries this summary
        long created = given().auth().oauth2(DevTokens.countyAdmin()).queryParam("size", 200).get(PATH)
                .jsonPath().getList("items.summary", String.class).stream().filter(("idem " + key)::equals).count();
        assertThat(created).isEqualTo(1);

        given().auth().oauth2(DevTokens.countyAdmin()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body(JIMI, "another body")).post(PATH)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://justice.local/problems/idempotency-key-reused"));
    }

    @Test
    void clientSuppliedIdRepeatsAre200AndClashesAre409() {
        UUID id = UUID.randomUUID();
        Map<String, Object> b = new java.util.HashMap<>(body(JIMI, "offline " + id));
        b.put("id", id.toString());
        post(DevTokens.townshipOfficer(JIMI), b).then().statusCode(201).body("id", equalTo(id.toString()));
        post(DevTokens.townshipOfficer(JIMI), b).then().statusCode(200).body("id", equalTo(id.toString())).body("version", equalTo(1));
        b.put("summary", "changed");
        post(DevTokens.townshipOfficer(JIMI), b).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void townshipOfficerIsConfinedToItsTownship() {
        String other = post(DevTokens.countyAdmin(), body(CHENGGUAN, "城关 only")).then().statusCode(201).extract().path("id");
        String own = post(DevTokens.townshipOfficer(JIMI), body(JIMI, "吉米 own")).then().statusCode(201).extract().path("id");

        post(DevTokens.townshipOfficer(JIMI), body(CHENGGUAN, "not mine")).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(DevTokens.townshipOfficer(JIMI)).get(PATH + "/" + other)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.townshipOfficer(JIMI)).get(PATH + "/" + own).then().statusCode(200);

        List<String> townships = given().auth().oauth2(DevTokens.townshipOfficer(JIMI))
                .queryParam("townshipCode", CHENGGUAN).queryParam("size", 200).get(PATH)
                .then().statusCode(200).extract().jsonPath().getList("items.townshipCode", String.class);
        assertThat(townships).isNotEmpty().containsOnly(JIMI);
        // another county's admin sees none of it
        given().auth().oauth2(DevTokens.token("county-admin", null, "519902")).get(PATH + "/" + own).then().statusCode(404);
    }

    @Test
    void listsPageAndFilter() {
        for (int i = 0; i < 3; i++) {
            post(DevTokens.countyAdmin(), Map.of("townshipCode", "519901203", "source", "COURT_REFERRAL",
                    "category", "LABOR", "summary", "劳动 " + i, "registeredOn", "2025-0" + (i + 1) + "-15", "parties", List.of(Map.of("name", "张三", "role", "APPLICANT"), Map.of("name", "李四", "role", "RESPONDENT")))).then().statusCode(201);
        }
        given().auth().oauth2(DevTokens.integration())
                .queryParam("townshipCode", "519901203").queryParam("category", "LABOR")
                .queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .queryParam("sort", "registeredOn,asc").queryParam("size", 2)
                .get(PATH).then().statusCode(200)
                .body("total", equalTo(3)).body("size", equalTo(2)).body("page", equalTo(0))
                .body("items.size()", equalTo(2))
                .body("items[0].registeredOn", equalTo("2025-01-15"))
                .body("items[1].registeredOn", equalTo("2025-02-15"));
    }

    @Test
    void syncFeedReturnsChangesAfterTheCursorInOrder() {
        Response start = given().auth().oauth2(DevTokens.countyAdmin()).queryParam("limit", 1000).get(PATH + "/changes");
        start.then().statusCode(200).body("nextCursor", notNullValue());
        String cursor = start.jsonPath().getString("nextCursor");
        String a = post(DevTokens.countyAdmin(), body(JIMI, "sync a")).then().statusCode(201).extract().path("id");
        String b = post(DevTokens.countyAdmin(), body(JIMI, "sync b")).then().statusCode(201).extract().path("id");
        Response next = given().auth().oauth2(DevTokens.countyAdmin()).queryParam("since", cursor).get(PATH + "/changes");
        next.then().statusCode(200).body("items.id", equalTo(List.of(a, b))).body("items[0].version", equalTo(1));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("since", next.jsonPath().getString("nextCursor"))
                .get(PATH + "/changes").then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("since", "garbage!").get(PATH + "/changes")
                .then().statusCode(400).body("errors[0].field", equalTo("since"));
    }

    @Test
    void badInputIsA4xxProblemNeverA500() {
        String admin = DevTokens.countyAdmin();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"townshipCode\":").post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://justice.local/problems/malformed-body"));
        post(admin, Map.of("townshipCode", JIMI, "source", "GOSSIP", "category", "NEIGHBOR", "summary", "x",
                "registeredOn", "2026-01-01", "parties", List.of(Map.of("name", "张三", "role", "APPLICANT"), Map.of("name", "李四", "role", "RESPONDENT"))))
                .then().statusCode(400).body("errors[0].field", equalTo("source"));
        post(admin, Map.of("townshipCode", JIMI, "source", "SCREENING", "category", "NEIGHBOR", "summary", "x",
                "registeredOn", "2026-01-01", "amountInvolved", "lots", "parties", List.of(Map.of("name", "张三", "role", "APPLICANT"), Map.of("name", "李四", "role", "RESPONDENT"))))
                .then().statusCode(400).body("errors[0].field", equalTo("amountInvolved"));
        post(admin, Map.of("townshipCode", "519901999", "source", "SCREENING", "category", "NEIGHBOR", "summary", "x",
                "registeredOn", "2026-01-01", "parties", List.of(Map.of("name", "张三", "role", "APPLICANT"), Map.of("name", "李四", "role", "RESPONDENT"))))
                .then().statusCode(400).body("errors.field", hasItem("townshipCode"));
        post(admin, Map.of("townshipCode", JIMI, "villageCode", "519901100201", "source", "SCREENING",
                "category", "NEIGHBOR", "summary", "x", "registeredOn", "2026-01-01", "parties", List.of(Map.of("name", "张三", "role", "APPLICANT"), Map.of("name", "李四", "role", "RESPONDENT"))))
                .then().statusCode(400).body("errors.field", hasItem("villageCode"));
        post(admin, Map.of("townshipCode", JIMI)).then().statusCode(400)
                .body("errors.field", hasItem("summary")).body("errors.field", hasItem("registeredOn"));
        given().auth().oauth2(admin).contentType(ContentType.TEXT).body("x").post(PATH).then().statusCode(415)
                .contentType("application/problem+json");
        given().auth().oauth2(admin).accept(ContentType.XML).get(PATH).then().statusCode(406);
        given().auth().oauth2(admin).delete(PATH).then().statusCode(405).contentType("application/problem+json");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"summary\":\"" + "x".repeat(1_100_000) + "\"}")
                .post(PATH).then().statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(admin).queryParam("size", 500).get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().auth().oauth2(admin).queryParam("sort", "summary;drop table dispute").get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().auth().oauth2(admin).queryParam("from", "2026-13-01").get(PATH).then().statusCode(400);
        given().auth().oauth2(admin).get(PATH + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void authenticationAndRoles() {
        given().get(PATH).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2("not.a.token").get(PATH).then().statusCode(401);
        post(DevTokens.auditor(), body(JIMI, "auditors only read")).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(DevTokens.auditor()).get(PATH).then().statusCode(200);
    }
}
