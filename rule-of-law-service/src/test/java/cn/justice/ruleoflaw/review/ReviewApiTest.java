package cn.justice.ruleoflaw.review;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.justice.ruleoflaw.Fixtures.JIMI;
import static cn.justice.ruleoflaw.Fixtures.REVIEWS;
import static cn.justice.ruleoflaw.Fixtures.act;
import static cn.justice.ruleoflaw.Fixtures.get;
import static cn.justice.ruleoflaw.Fixtures.post;
import static cn.justice.ruleoflaw.Fixtures.put;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ReviewApiTest {
    static Map<String, Object> review(String receivedOn) {
        return Map.of("title", "X县城乡居民临时救助办法", "draftingUnit", "X县民政局", "receivedOn", receivedOn);
    }

    static String receive(String receivedOn) {
        return post(DevTokens.countyAdmin(), REVIEWS, review(receivedOn)).then().statusCode(201).extract().path("id");
    }

    @Test
    void reviewedAcrossNationalDayAndFiled() {
        // the configured 2025 calendar: 国庆 10-1 … 10-8, 调休 9-28 and 10-11
        String id = post(DevTokens.countyAdmin(), REVIEWS, review("2025-09-26")).then().statusCode(201)
                .body("status", equalTo("RECEIVED"))
                .body("dueOn", equalTo("2025-10-23"))
                .body("overdue", equalTo(true))
                .extract().path("id");
        act(REVIEWS, id, "start-review", Map.of("on", "2025-09-28")).then().body("status", equalTo("UNDER_REVIEW"));
        act(REVIEWS, id, "issue-opinion", Map.of("opinion", "AMEND", "opinionNo", "X司审〔2025〕12号", "issuedOn", "2025-10-23"))
                .then().body("status", equalTo("OPINION_ISSUED")).body("reviewedOnTime", equalTo(true))
                .body("overdue", equalTo(false));
        act(REVIEWS, id, "file", Map.of("registrationNo", "XDFG-2025-003", "documentNo", "X府规〔2025〕3号",
                "publishedOn", "2025-11-01", "filedOn", "2025-11-10")).then()
                .body("status", equalTo("FILED"))
                .body("registrationNo", equalTo("XDFG-2025-003"))
                .body("documentNo", equalTo("X府规〔2025〕3号"))
                .body("publishedOn", equalTo("2025-11-01"));
        put(DevTokens.countyAdmin(), REVIEWS + "/" + id, review("2025-09-26")).then().statusCode(409)
                .body("currentStatus", equalTo("FILED"));
    }

    @Test
    void lateOpinionWrongStateAndUnlawfulNotFiled() {
        String id = receive("2025-03-03");
        post(DevTokens.countyAdmin(), REVIEWS + "/" + id + "/file", Map.of("registrationNo", "a", "documentNo", "b",
                "publishedOn", "2025-04-01")).then().statusCode(409).contentType("application/problem+json")
                .body("currentStatus", equalTo("RECEIVED"));
        act(REVIEWS, id, "issue-opinion", Map.of("opinion", "UNLAWFUL", "opinionNo", "X司审〔2025〕3号", "issuedOn", "2025-03-25"))
                .then().body("dueOn", equalTo("2025-03-24")).body("reviewedOnTime", equalTo(false));
        post(DevTokens.countyAdmin(), REVIEWS + "/" + id + "/file", Map.of("registrationNo", "a", "documentNo", "b",
                "publishedOn", "2025-04-01")).then().statusCode(409).body("rule", equalTo("unlawful-not-filed"));
    }

    @Test
    void countyRecordsTownshipOfficersReadButDoNotWrite() {
        String township = DevTokens.townshipOfficer(JIMI);
        post(township, REVIEWS, review("2025-03-03")).then().statusCode(403).contentType("application/problem+json");
        String id = receive("2025-03-03");
        get(township, REVIEWS + "/" + id).then().statusCode(200);
        get(township, REVIEWS).then().statusCode(200).body("items.id", hasItem(id));
        post(township, REVIEWS + "/" + id + "/start-review", Map.of()).then().statusCode(403);
        put(township, REVIEWS + "/" + id, review("2025-03-04")).then().statusCode(403);
        post(DevTokens.auditor(), REVIEWS + "/" + id + "/start-review", Map.of()).then().statusCode(403);
        get(DevTokens.townshipOfficer(JIMI), REVIEWS + "/changes").then().statusCode(200);
    }

    @Test
    void badInputAndOverdueFilter() {
        post(DevTokens.countyAdmin(), REVIEWS, Map.of("title", "", "draftingUnit", "X县民政局", "receivedOn", "2025-03-03"))
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("title"));
        post(DevTokens.countyAdmin(), REVIEWS, Map.of("title", "t", "draftingUnit", "d", "receivedOn", "2025-13-03"))
                .then().statusCode(400).contentType("application/problem+json");
        String id = receive("2025-03-03");
        post(DevTokens.countyAdmin(), REVIEWS + "/" + id + "/issue-opinion", Map.of("opinion", "NOPE", "opinionNo", "n"))
                .then().statusCode(400).contentType("application/problem+json");
        String open = receive("2025-03-03");
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("overdue", "true").queryParam("size", 200).get(REVIEWS)
                .then().statusCode(200).body("items.id", hasItem(open));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("overdue", "false").queryParam("size", 200).get(REVIEWS)
                .then().statusCode(200).body("items.id", not(hasItem(open)));
    }
}
