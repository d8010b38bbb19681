package cn.justice.legalaid;

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
    static final String P = "/api/v1/legal-aid/";

    @Test
    void documentsEveryOperation() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(cn.justice.testing.OpenApiChecks.problems(doc)).as("every /api operation fully documented").isEmpty();
        Map<String, Object> paths = doc.getMap("paths");
        List<String> actions = List.of("review", "request-materials", "materials-received", "grant", "deny", "assign",
                "close", "withdraw");
        for (String a : actions) {
            assertThat(paths).containsKey(P + "applications/{id}/" + a);
            assertThat(doc.getList("paths.'" + P + "applications/{id}/" + a + "'.post.parameters.name", String.class))
                    .as(a).contains("If-Match", "Idempotency-Key");
        }
        assertThat(paths).containsKeys(P + "applications", P + "applications/{id}", P + "applications/changes",
                P + "applications/eligibility-rules",
                P + "consultations", P + "consultations/{id}", P + "consultations/changes",
                P + "workstations", P + "workstations/{id}", P + "workstations/{id}/close", P + "workstations/changes",
                P + "notarizations", P + "notarizations/{id}", P + "notarizations/changes",
                P + "village-advisors", P + "village-advisors/{id}", P + "village-advisors/{id}/end",
                P + "village-advisors/changes", P + "village-advisors/coverage", P + "stats", P + "audit-log",
                P + "duty-lawyer-services", P + "duty-lawyer-services/{id}", P + "duty-lawyer-services/changes");
        for (String r : List.of("applications", "consultations", "workstations", "notarizations", "village-advisors",
                "duty-lawyer-services")) {
            assertThat(doc.getList("paths.'" + P + r + "'.post.parameters.name", String.class)).as(r).contains("Idempotency-Key");
            assertThat(doc.getMap("paths.'" + P + r + "'.post.responses")).as(r).containsKeys("200", "201");
        }
        assertThat(doc.getList("components.schemas.LegalAidApplicationStatus.enum", String.class)).containsExactly(
                "RECEIVED", "UNDER_REVIEW", "MATERIALS_REQUESTED", "GRANTED", "DENIED", "WITHDRAWN", "ASSIGNED", "CLOSED",
                "TERMINATED", "OBJECTED");
        assertThat(doc.getList("components.schemas.LegalAidChannel.enum", String.class)).containsExactly(
                "WALK_IN", "HOTLINE_12348", "ONLINE", "WORKSTATION", "DETENTION_FORWARDED", "AUTHORITY_NOTICE");
        assertThat(doc.getList("components.schemas.EconomicHardship.enum", String.class)).containsExactly(
                "NOT_CLAIMED", "CLAIMED", "VERIFIED", "EXEMPT", "PLEDGED");
        assertThat(doc.getList("components.schemas.LegalAidMatter.enum", String.class)).contains(
                "STATE_COMPENSATION", "LABOR_RELATION_PAY", "ENVIRONMENTAL_DAMAGES", "HEROES_RIGHTS", "CRIMINAL", "OTHER");
        assertThat(doc.getList("components.schemas.CaseOutcome.enum", String.class)).containsExactly(
                "WON", "PARTLY_WON", "LOST", "SETTLED", "MEDIATED", "TERMINATED");
        assertThat(doc.getList("components.schemas.NotarizationKind.enum", String.class)).containsExactly(
                "CIVIL", "ECONOMIC", "FOREIGN_RELATED", "OTHER");
        assertThat(doc.getList("components.schemas.DutyLawyerPlace.enum", String.class)).containsExactly(
                "DETENTION_CENTER", "COURT", "PROCURATORATE");
        assertThat(doc.getList("components.schemas.DutyLawyerServiceKind.enum", String.class)).containsExactly(
                "ADVICE", "PLEA_WITNESS", "OTHER");
        assertThat(doc.getList("components.schemas.LegalAidHardshipExemption.enum", String.class)).containsExactly(
                "HEROIC_ACT", "ABUSE_VICTIM");
        assertThat(doc.getList("paths.'" + P + "duty-lawyer-services'.get.parameters.name", String.class)).contains(
                "townshipCode", "countyWide", "place", "kind", "from", "to", "page", "size", "sort");
        assertThat(doc.getString("components.schemas.LegalAidApplication.properties.eligible.description"))
                .contains("第25条", "第42条");
        assertThat(doc.getList("paths.'" + P + "applications/{id}'.get.parameters.name", String.class))
                .contains("unmask", "X-Purpose");
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
