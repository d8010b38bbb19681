package cn.justice.mediation.stats;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class MediationStatsTest {
    static int registered(String org, String from, String to) {
        return given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", org).queryParam("from", from)
                .queryParam("to", to).get("/api/v1/mediation/stats").then().statusCode(200)
                .body("orgCode", equalTo(org)).extract().path("measures.disputes_registered");
    }

    @Test
    void countsRegisteredDisputesByTheirOwnDateAndOrg() {
        int countyBefore = registered("519901", "2024-01-01", "2024-12-31");
        int townBefore = registered("519901201", "2024-01-01", "2024-12-31");
        for (String date : new String[]{"2024-02-01", "2024-12-31", "2023-12-31"}) {
            given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON)
                    .body(Map.of("townshipCode", "519901201", "source", "SCREENING", "category", "LAND",
                            "summary", "stats " + date, "registeredOn", date,
                            "parties", List.of(Map.of("name", "张三", "role", "APPLICANT"), Map.of("name", "李四", "role", "RESPONDENT"))))
                    .post("/api/v1/mediation/disputes").then().statusCode(201);
        }
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901201").queryParam("from", "2024-01-01")
                .queryParam("to", "2024-12-31").get("/api/v1/mediation/stats").then()
                .body("measures.disputes_registered", equalTo(townBefore + 2))
                .body("measures.disputes_succeeded", equalTo(0));
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901").queryParam("from", "2024-01-01")
                .queryParam("to", "2024-12-31").get("/api/v1/mediation/stats").then()
                .body("measures.disputes_registered", equalTo(countyBefore + 2));
    }

    @Test
    void rejectsBadQueries() {
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "123").queryParam("from", "2024-01-01")
                .queryParam("to", "2024-12-31").get("/api/v1/mediation/stats").then().statusCode(400);
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901").queryParam("from", "2024-12-31")
                .queryParam("to", "2024-01-01").get("/api/v1/mediation/stats").then().statusCode(400);
        given().auth().oauth2(DevTokens.townshipOfficer("519901101")).queryParam("orgCode", "519901")
                .queryParam("from", "2024-01-01").queryParam("to", "2024-12-31").get("/api/v1/mediation/stats")
                .then().statusCode(403);
        // JSON only: the platform's StatsEndpoint declares what it produces (a subclass's class annotation does not reach it)
        given().auth().oauth2(DevTokens.auditor()).accept("application/xml").queryParam("orgCode", "519901")
                .queryParam("from", "2024-01-01").queryParam("to", "2024-12-31").get("/api/v1/mediation/stats")
                .then().statusCode(406);
    }
}
