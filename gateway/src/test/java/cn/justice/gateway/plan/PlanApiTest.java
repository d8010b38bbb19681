package cn.justice.gateway.plan;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class PlanApiTest {
    @Test
    void listsPlansAndOrgUnits() {
        given().auth().oauth2(DevTokens.auditor()).get("/api/v1/plans").then().statusCode(200)
                .body("id", hasItems("14th-fyp", "15th-fyp"));
        given().auth().oauth2(DevTokens.auditor()).get("/api/v1/plans/14th-fyp").then().statusCode(200)
                .body("fromYear", equalTo(2021)).body("toYear", equalTo(2025))
                .body("indicators.code", hasItems("MED_DISPUTES", "MED_SUCCESS_RATE"));
        given().auth().oauth2(DevTokens.integration()).get("/api/v1/org-units").then().statusCode(200)
                .body("[0].code", equalTo("519901")).body("[0].level", equalTo("COUNTY"))
                .body("find { it.code == '519901101' }.name", equalTo("吉米镇"))
                .body("find { it.code == '519901101' }.parentCode", equalTo("519901"));
    }

    @Test
    void progressQueriesAreValidatedAndScoped() {
        given().auth().oauth2(DevTokens.auditor()).get("/api/v1/plans/13th-fyp/progress").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901").queryParam("year", 2019)
                .get("/api/v1/plans/14th-fyp/progress").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "999999")
                .get("/api/v1/plans/15th-fyp/progress").then().statusCode(400).body("errors[0].field", equalTo("orgCode"));
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901").queryParam("year", "abc")
                .get("/api/v1/plans/15th-fyp/progress").then().statusCode(400);
        given().auth().oauth2(DevTokens.townshipOfficer("519901101")).queryParam("orgCode", "519901100")
                .get("/api/v1/plans/15th-fyp/progress").then().statusCode(403);
        given().auth().oauth2(DevTokens.townshipOfficer("519901101")).queryParam("year", 2026)
                .get("/api/v1/plans/15th-fyp/progress").then().statusCode(200).body("orgCode", equalTo("519901101"));
        given().get("/api/v1/plans").then().statusCode(401).contentType("application/problem+json");
    }
}
