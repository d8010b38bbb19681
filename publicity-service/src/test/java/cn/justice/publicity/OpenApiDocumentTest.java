package cn.justice.publicity;

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
    void documentsEveryOperation() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(cn.justice.testing.OpenApiChecks.problems(doc)).as("every /api operation fully documented").isEmpty();
        Map<String, Object> paths = doc.getMap("paths");
        assertThat(paths).containsKeys("/api/v1/publicity/activities", "/api/v1/publicity/activities/{id}",
                "/api/v1/publicity/activities/{id}/hold", "/api/v1/publicity/activities/{id}/correct",
                "/api/v1/publicity/activities/{id}/cancel", "/api/v1/publicity/activities/changes",
                "/api/v1/publicity/sms-campaigns", "/api/v1/publicity/sms-campaigns/{id}",
                "/api/v1/publicity/sms-campaigns/changes", "/api/v1/publicity/responsible-units",
                "/api/v1/publicity/responsible-units/{id}", "/api/v1/publicity/responsible-units/{id}/years/{year}",
                "/api/v1/publicity/responsible-units/changes", "/api/v1/publicity/surveys",
                "/api/v1/publicity/surveys/{id}", "/api/v1/publicity/surveys/changes", "/api/v1/publicity/stats");
        assertThat(doc.getList("components.schemas.ActivityVenue.enum", String.class)).containsExactly(
                "ORGAN", "VILLAGE", "COMMUNITY", "SCHOOL", "ENTERPRISE", "UNIT", "RELIGIOUS_VENUE");
        assertThat(doc.getList("components.schemas.PublicityTheme.enum", String.class)).containsExactly(
                "CONSTITUTION", "CIVIL_CODE", "ANTI_FRAUD", "ANTI_DRUG", "MINORS", "RURAL", "SAFETY",
                "PARTY_REGULATIONS", "OTHER");
        assertThat(doc.getList("components.schemas.ResponsibleUnitKind.enum", String.class)).containsExactly(
                "COURT", "PROCURATORATE", "POLICE", "JUSTICE", "ADMIN_AGENCY", "SCHOOL", "ENTERPRISE", "OTHER");
        for (String path : List.of("/api/v1/publicity/activities/{id}/hold", "/api/v1/publicity/activities/{id}/correct",
                "/api/v1/publicity/activities/{id}/cancel")) {
            assertThat(doc.getList("paths.'" + path + "'.post.parameters.name", String.class)).as(path)
                    .contains("If-Match", "Idempotency-Key");
        }
        for (String path : List.of("/api/v1/publicity/activities", "/api/v1/publicity/sms-campaigns",
                "/api/v1/publicity/responsible-units", "/api/v1/publicity/surveys")) {
            assertThat(doc.getList("paths.'" + path + "'.post.parameters.name", String.class)).as(path)
                    .contains("Idempotency-Key");
            assertThat(doc.getMap("paths.'" + path + "'.post.responses")).as(path).containsKeys("200", "201");
        }
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
