package cn.justice.ruleoflaw;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document says what the service does: every operation (each documenting its problem responses like the
 * other services' do), every schema and enum. A new service has no before-document: this test lists what was built.
 */
@QuarkusTest
class OpenApiDocumentTest {
    static final String P = "/api/v1/rule-of-law/";
    /** Records and their actions. */
    static final Map<String, List<String>> RECORDS = Map.of(
            "reconsiderations", List.of("accept", "reject", "extend", "decide", "mediate", "settle", "terminate"),
            "document-reviews", List.of("start-review", "issue-opinion", "file"),
            "enforcement-officers", List.of("exam", "train"),
            "enforcement-inspections", List.of(),
            "assessor-selections", List.of(),
            "honours", List.of(),
            "projects", List.of(),
            "assistance-villages", List.of());

    @Test
    void documentsEveryOperation() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(cn.justice.testing.OpenApiChecks.problems(doc)).as("every /api operation fully documented").isEmpty();
        Map<String, Object> paths = doc.getMap("paths");
        for (var r : RECORDS.entrySet()) {
            String base = P + r.getKey();
            assertThat(paths).containsKeys(base, base + "/{id}", base + "/changes");
            assertThat(doc.getMap("paths.'" + base + "'")).containsKeys("get", "post");
            assertThat(doc.getMap("paths.'" + base + "/{id}'")).containsKeys("get", "put");
            assertThat(doc.getList("paths.'" + base + "'.post.parameters.name", String.class)).as(base).contains("Idempotency-Key");
            assertThat(doc.getMap("paths.'" + base + "'.post.responses")).as(base).containsKeys("200", "201");
            assertThat(doc.getList("paths.'" + base + "'.get.parameters.name", String.class)).as(base)
                    .contains("page", "size", "sort");
            for (String a : r.getValue()) {
                String action = base + "/{id}/" + a;
                assertThat(paths).containsKey(action);
                assertThat(doc.getList("paths.'" + action + "'.post.parameters.name", String.class)).as(action)
                        .contains("If-Match", "Idempotency-Key");
                assertThat(doc.getMap("paths.'" + action + "'.post.responses")).as(action)
                        .containsKeys("200", "400", "403", "404", "409", "412", "422");
            }
        }
        // exactly the paths built, nothing else under the prefix
        long own = paths.keySet().stream().filter(k -> k.startsWith(P)).count();
        long expected = RECORDS.values().stream().mapToLong(a -> 3 + a.size()).sum() + 2; // + stats, audit-log
        assertThat(own).as("paths under " + P).isEqualTo(expected);
        assertThat(paths).containsKeys(P + "stats", P + "audit-log");
        assertThat(doc.getList("paths.'" + P + "stats'.get.parameters.name", String.class)).contains("orgCode", "from", "to");
        assertThat(doc.getList("paths.'" + P + "reconsiderations/{id}'.get.parameters.name", String.class))
                .contains("unmask", "X-Purpose");
        assertThat(doc.getList("paths.'" + P + "reconsiderations'.get.parameters.name", String.class))
                .contains("status", "actionType", "procedure", "decision", "overdue", "from", "to", "idNumber");
        assertThat(doc.getList("paths.'" + P + "document-reviews'.get.parameters.name", String.class))
                .contains("status", "opinion", "overdue", "from", "to");

        assertThat(enumOf(doc, "ReconsiderationStatus")).containsExactly("RECEIVED", "ACCEPTED", "REJECTED", "DECIDED",
                "MEDIATED", "SETTLED", "TERMINATED");
        assertThat(enumOf(doc, "ReconsiderationProcedure")).containsExactly("SIMPLE", "ORDINARY");
        assertThat(enumOf(doc, "ReconsiderationDecision")).containsExactly("MAINTAIN", "REVOKE", "CHANGE", "CONFIRM_ILLEGAL",
                "ORDER_PERFORMANCE", "CONFIRM_INVALID", "DISMISS");
        assertThat(enumOf(doc, "ReconsiderationActionType")).containsExactly("PENALTY", "COMPULSION", "LICENSING",
                "RESOURCE_RIGHTS", "EXPROPRIATION", "WORK_INJURY", "INACTION", "INFORMATION_DISCLOSURE", "OTHER");
        assertThat(enumOf(doc, "DocumentReviewStatus")).containsExactly("RECEIVED", "UNDER_REVIEW", "OPINION_ISSUED", "FILED");
        assertThat(enumOf(doc, "DocumentReviewOpinion")).containsExactly("LAWFUL", "AMEND", "UNLAWFUL");
        assertThat(enumOf(doc, "AssessorKind")).containsExactly("JUROR", "SUPERVISOR");
        assertThat(enumOf(doc, "HonourLevel")).containsExactly("NATIONAL", "PROVINCE", "COUNTY");
        assertThat(enumOf(doc, "ProjectKind")).containsExactly("COMMAND_CENTER", "JUSTICE_OFFICE", "VIDEO_CONFERENCE",
                "PUBLIC_LEGAL_SERVICE_CENTER", "OTHER");

        Map<String, Object> schemas = doc.getMap("components.schemas");
        assertThat(schemas).containsKeys("Reconsideration", "ReconsiderationCreate", "ReconsiderationUpdate",
                "ReconsiderationPage", "ReconsiderationApplicant", "ReconsiderationApplicantInput", "ReconsiderationAccept",
                "ReconsiderationReject", "ReconsiderationExtend", "ReconsiderationDecide", "ReconsiderationClose",
                "DocumentReview", "DocumentReviewCreate", "DocumentReviewUpdate", "DocumentReviewPage", "DocumentReviewStart",
                "DocumentReviewOpinionIssue", "DocumentReviewFile",
                "EnforcementOfficer", "OfficerCreate", "OfficerUpdate", "EnforcementOfficerPage", "OfficerExam", "OfficerTraining",
                "EnforcementInspection", "InspectionCreate", "InspectionUpdate", "EnforcementInspectionPage",
                "AssessorSelection", "SelectionCreate", "SelectionUpdate", "AssessorSelectionPage",
                "Honour", "HonourCreate", "HonourUpdate", "HonourPage",
                "Project", "ProjectCreate", "ProjectUpdate", "ProjectPage",
                "AssistanceVillage", "AssistanceVillageCreate", "AssistanceVillageUpdate", "AssistanceVillagePage");
        assertThat(doc.getMap("components.schemas.EnforcementOfficer.properties")).containsKeys("exams", "trainings",
                "trainingHours");
        assertThat(doc.getMap("components.schemas.Reconsideration.properties")).containsKeys("applicant", "masked",
                "applicationDeadline", "acceptanceDueOn", "acceptanceOnTime", "decisionDueOn", "extensionDays",
                "closedOnTime", "overdue");
        assertThat(doc.getMap("components.schemas.DocumentReview.properties")).containsKeys("dueOn", "overdue",
                "reviewedOnTime", "registrationNo", "documentNo", "publishedOn");
        assertThat(doc.getString("paths.'" + P + "reconsiderations'.post.description")).contains("行政复议法第20条");
        assertThat(doc.getString("paths.'" + P + "reconsiderations/{id}/extend'.post.description")).contains("第62条");
        given().get("/q/health/live").then().statusCode(200);
    }

    /**
     * The document before the list endpoints moved onto the record scaffold (RecordApi.list) is committed; every
     * difference since is a line of openapi/differences-since-record-scaffold.txt.
     */
    @Test
    void everyDifferenceSinceTheRecordScaffoldListed() {
        assertThat(cn.justice.testing.openapi.OpenApiDifferences.unlistedSince("/openapi/before-record-scaffold.json",
                "/openapi/differences-since-record-scaffold.txt")).isEmpty();
    }

    private static List<String> enumOf(JsonPath doc, String schema) {
        return doc.getList("components.schemas." + schema + ".enum", String.class);
    }
}
