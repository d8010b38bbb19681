package cn.justice.gateway.openapi;

import cn.justice.testing.OpenApiChecks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** With no service up, /q/openapi is the gateway's own document, complete; YAML by default, JSON on request. */
@QuarkusTest
class GatewayOpenApiTest {
    @Test
    void servesTheGatewayDocumentCompleteAndInBothFormats() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
        assertThat(doc.getMap("paths")).containsKeys("/api/v1/plans", "/api/v1/plans/{planId}/progress",
                "/api/v1/indicators/{code}/series", "/api/v1/org-units", "/api/v1/admin/reconciliation",
                "/api/v1/plans/{planId}/indicators/{code}/targets", "/api/v1/plans/{planId}/progress.csv",
                "/api/v1/work-queue");
        // the work queue's kinds: an enum, each described with its Chinese title
        assertThat(doc.getList("components.schemas.WorkKind.enum", String.class))
                .containsExactlyElementsOf(java.util.Arrays.stream(cn.justice.gateway.workqueue.WorkKind.values()).map(Enum::name).toList());
        for (cn.justice.gateway.workqueue.WorkKind k : cn.justice.gateway.workqueue.WorkKind.values()) {
            assertThat(doc.getString("components.schemas.WorkKind.description")).contains(k.name() + " " + k.title());
        }
        assertThat(doc.getList("paths.'/api/v1/work-queue'.get.parameters.name", String.class))
                .contains("orgCode", "within", "kind", "page", "size");
        assertThat(doc.getMap("paths.'/api/v1/work-queue'.get.responses")).containsKeys("200", "400", "401", "403");
        assertThat(OpenApiChecks.problems(doc)).isEmpty();
        String yaml = given().get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(yaml).contains("openapi:").contains("/api/v1/plans:");
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
