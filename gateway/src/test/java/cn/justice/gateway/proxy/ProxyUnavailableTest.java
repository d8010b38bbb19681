package cn.justice.gateway.proxy;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * In this test no service runs (the %test profile points every route at a closed port): the proxy answers 503
 * problem+json, opens the circuit after repeated failures, and the gateway's own API keeps working.
 */
@QuarkusTest
class ProxyUnavailableTest {
    @Test
    void downServiceGives503ProblemAndOthersAreUnaffected() {
        for (int i = 0; i < 7; i++) {
            given().auth().oauth2(DevTokens.countyAdmin()).get("/api/v1/correction/subjects").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("service", equalTo("correction"))
                    .body("instance", equalTo("/api/v1/correction/subjects"));
        }
        // the fifth service (DESIGN §13) is routed the same way, with its own breaker
        given().auth().oauth2(DevTokens.countyAdmin()).get("/api/v1/rule-of-law/reconsiderations").then().statusCode(503)
                .contentType("application/problem+json").body("service", equalTo("rule-of-law"))
                .body("instance", equalTo("/api/v1/rule-of-law/reconsiderations"));
        given().auth().oauth2(DevTokens.countyAdmin()).get("/api/v1/plans").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
