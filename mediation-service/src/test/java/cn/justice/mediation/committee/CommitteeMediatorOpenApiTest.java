package cn.justice.mediation.committee;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document describes the committee and mediator registers as they behave. */
@QuarkusTest
class CommitteeMediatorOpenApiTest {
    @Test
    void everyOperationIsDocumentedWithEnumsAndProblems() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<String> ours = paths.keySet().stream()
                .filter(p -> p.startsWith("/api/v1/mediation/committees") || p.startsWith("/api/v1/mediation/mediators"))
                .toList();
        assertThat(ours).contains("/api/v1/mediation/committees", "/api/v1/mediation/committees/{id}",
                "/api/v1/mediation/committees/{id}/assess", "/api/v1/mediation/committees/{id}/dissolve",
                "/api/v1/mediation/committees/changes", "/api/v1/mediation/committees/standardization-criteria",
                "/api/v1/mediation/mediators", "/api/v1/mediation/mediators/{id}",
                "/api/v1/mediation/mediators/{id}/retire", "/api/v1/mediation/mediators/{id}/train",
                "/api/v1/mediation/mediators/changes");
        for (String p : ours) {
            for (String method : paths.get(p).keySet()) {
                assertThat(doc.getString("paths.'" + p + "'." + method + ".summary")).as(method + " " + p).isNotBlank();
            }
        }
        assertThat(doc.getList("components.schemas.CommitteeType.enum", String.class)).containsExactly(
                "VILLAGE", "COMMUNITY", "TOWNSHIP", "PROFESSIONAL", "POLICE_STATION", "COURT", "OTHER");
        assertThat(doc.getList("components.schemas.CommitteeStatus.enum", String.class)).containsExactly("ACTIVE", "DISSOLVED");
        assertThat(doc.getList("components.schemas.MediatorKind.enum", String.class)).containsExactly("FULL_TIME", "PART_TIME");
        assertThat(doc.getList("components.schemas.MediatorStatus.enum", String.class)).containsExactly("ACTIVE", "RETIRED");
        for (String action : new String[]{"/api/v1/mediation/committees/{id}/assess", "/api/v1/mediation/mediators/{id}/train"}) {
            assertThat(doc.getMap("paths.'" + action + "'.post.responses")).containsKeys("200", "400", "404", "409", "412", "422");
            assertThat(doc.getList("paths.'" + action + "'.post.parameters.name", String.class))
                    .contains("Idempotency-Key", "If-Match");
        }
        assertThat(doc.getMap("paths.'/api/v1/mediation/committees/{id}'.put.responses")).containsKeys("200", "409", "412");
        // request bodies carry examples; the assess criteria are a map of code → boolean
        assertThat(doc.getMap("components.schemas.CommitteeAssess.properties.criteria.examples[0]"))
                .containsEntry("NAME_PLATE", true).containsEntry("CASE_FILES_COMPLETE", false);
        assertThat(doc.getString("components.schemas.CommitteeAssess.properties.criteria.additionalProperties.type"))
                .isEqualTo("boolean");
        assertThat(doc.getList("components.schemas.MediatorTrain.properties.hours.examples")).isNotEmpty();
    }
}
