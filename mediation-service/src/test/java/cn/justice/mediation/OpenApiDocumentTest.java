package cn.justice.mediation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document says what the service does: operations, enums, problem responses, security. */
@QuarkusTest
class OpenApiDocumentTest {
    @Test
    void documentsDisputesExactly() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Object> post = doc.getMap("paths.'/api/v1/mediation/disputes'.post");
        assertThat(post).containsKey("summary");
        Map<String, Object> responses = doc.getMap("paths.'/api/v1/mediation/disputes'.post.responses");
        assertThat(responses).containsKeys("200", "201", "400", "401", "403", "409", "413", "415", "422", "500");
        assertThat(doc.getString("paths.'/api/v1/mediation/disputes'.post.responses.'400'.content.'application/problem+json'.schema.'$ref'"))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(doc.getMap("paths.'/api/v1/mediation/disputes/{id}'.get.responses")).containsKey("404");
        assertThat(doc.getList("paths.'/api/v1/mediation/disputes'.post.security", Map.class))
                .anySatisfy(req -> assertThat(req).containsKey("bearerAuth"));
        assertThat(doc.getString("components.securitySchemes.bearerAuth.scheme")).isEqualTo("bearer");
        List<String> sources = doc.getList("components.schemas.DisputeSource.enum", String.class);
        assertThat(sources).containsExactly("SCREENING", "APPLICATION", "POLICE_REFERRAL", "COURT_REFERRAL",
                "PETITION_REFERRAL", "OTHER");
        List<String> params = doc.getList("paths.'/api/v1/mediation/disputes'.post.parameters.name", String.class);
        assertThat(params).contains("Idempotency-Key");
        assertThat(cn.justice.testing.OpenApiChecks.problems(doc)).as("every /api operation fully documented").isEmpty();
        for (String path : List.of("/api/v1/mediation/disputes/{id}/accept", "/api/v1/mediation/disputes/{id}/succeed",
                "/api/v1/mediation/committees/{id}/assess", "/api/v1/mediation/mediators/{id}/train")) {
            List<String> headers = doc.getList("paths.'" + path + "'.post.parameters.name", String.class);
            assertThat(headers).as(path).contains("If-Match", "Idempotency-Key");
        }
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }

    /**
     * The record scaffold (platform RecordResource/RecordApi) documents the same operations as the hand-written
     * resources did: the document before it is committed, and every difference since then is a line of
     * openapi/differences-since-record-scaffold.txt (none from the scaffold itself; the second wave's additions
     * each named there).
     */
    @Test
    void everyDifferenceSinceTheRecordScaffoldListed() {
        assertThat(cn.justice.testing.openapi.OpenApiDifferences.unlistedSince("/openapi/before-record-scaffold.json",
                "/openapi/differences-since-record-scaffold.txt")).isEmpty();
    }
}
