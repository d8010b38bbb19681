package cn.justice.correction;

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
    private static final String P = "/api/v1/correction";
    private static final List<String> SUBJECT_ACTIONS = List.of("report", "check-in", "lost-contact", "classify",
            "admonish", "warn", "leave", "monitoring/start", "monitoring/stop", "reoffend", "terminate", "revoke", "decease",
            "propose-revocation", "revocation-rejected", "propose-sanction", "leave-return", "transfer", "transfer-out",
            "health-report");
    private static final List<String> RELEASED_ACTIONS = List.of("connect", "place", "assist", "reoffend", "close");

    @Test
    void documentsEveryOperation() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(cn.justice.testing.OpenApiChecks.problems(doc)).as("every /api operation fully documented").isEmpty();
        Map<String, Object> paths = doc.getMap("paths");
        assertThat(paths).containsKeys(P + "/subjects", P + "/subjects/{id}", P + "/subjects/changes",
                P + "/released-persons", P + "/released-persons/{id}", P + "/released-persons/changes",
                P + "/audit-log", P + "/stats");
        for (String a : SUBJECT_ACTIONS) {
            String path = P + "/subjects/{id}/" + a;
            assertThat(paths).containsKey(path);
            assertThat(doc.getList("paths.'" + path + "'.post.parameters.name", String.class)).as(path)
                    .contains("If-Match", "Idempotency-Key");
        }
        for (String a : RELEASED_ACTIONS) {
            String path = P + "/released-persons/{id}/" + a;
            assertThat(doc.getList("paths.'" + path + "'.post.parameters.name", String.class)).as(path)
                    .contains("If-Match", "Idempotency-Key");
        }
        for (String path : List.of(P + "/subjects", P + "/released-persons")) {
            assertThat(doc.getList("paths.'" + path + "'.post.parameters.name", String.class)).as(path).contains("Idempotency-Key");
            assertThat(doc.getMap("paths.'" + path + "'.post.responses")).as(path).containsKeys("200", "201");
            assertThat(doc.getList("paths.'" + path + "'.get.parameters.name", String.class)).as(path)
                    .contains("townshipCode", "status", "from", "to", "idNumber", "page", "size", "sort");
        }
        assertThat(doc.getList("paths.'" + P + "/subjects'.get.parameters.name", String.class)).contains("category",
                "supervisionLevel", "reportOverdue", "missing", "monitoringExpired", "revocationRecommended", "minor",
                "courtRulingOverdue", "leaveReturnOverdue", "monitoringExpiring", "checkInOverdue", "healthReportOverdue");
        assertThat(doc.getList("paths.'" + P + "/subjects/{id}'.get.parameters.name", String.class)).contains("unmask", "X-Purpose");
        assertThat(doc.getList("components.schemas.SubjectStatus.enum", String.class)).containsExactly(
                "PENDING_REPORT", "ACTIVE", "MISSING", "REVOCATION_PROPOSED", "TERMINATED", "REVOKED", "DECEASED",
                "TRANSFERRED_OUT");
        assertThat(doc.getList("components.schemas.ReportType.enum", String.class)).containsExactly("ON_TIME", "LATE", "HANDED_OVER");
        assertThat(doc.getList("components.schemas.RevocationGround.enum", String.class)).containsExactly(
                "PROHIBITION_VIOLATED", "NOT_REPORTED", "MISSING_OVER_MONTH", "PUNISHED_NOT_CORRECTED", "TWO_WARNINGS",
                "REOFFENDED", "OTHER_SERIOUS");
        assertThat(doc.getList("components.schemas.MonitoringGround.enum", String.class)).containsExactly(
                "PROHIBITION_VIOLATED", "LEFT_AREA_UNAPPROVED", "WARNED_FOR_NOT_REPORTING", "PUNISHED", "REVOCATION_PENDING");
        assertThat(doc.getList("components.schemas.SanctionKind.enum", String.class)).containsExactly("ADMONISH", "WARN");
        assertThat(doc.getList("components.schemas.SubjectMonitoringStart.required", String.class)).contains("ground");
        assertThat(doc.getList("components.schemas.SubjectProposeRevocation.required", String.class)).contains("on", "grounds");
        assertThat(doc.getList("components.schemas.SubjectCategory.enum", String.class)).containsExactly(
                "CONTROL", "PROBATION", "PAROLE", "MEDICAL_PAROLE");
        assertThat(doc.getList("components.schemas.SupervisionLevel.enum", String.class)).containsExactly(
                "STRICT", "ORDINARY", "LENIENT");
        assertThat(doc.getList("components.schemas.ReleasedPersonStatus.enum", String.class)).containsExactly(
                "REGISTERED", "CONNECTED", "PLACED", "CLOSED");
        assertThat(doc.getList("components.schemas.ReleasedPersonCloseReason.enum", String.class)).containsExactly(
                "PERIOD_ENDED", "DECEASED", "REIMPRISONED", "MOVED_AWAY", "OTHER");
        assertThat(doc.getList("components.schemas.ReleasedPersonClose.required", String.class)).containsExactlyInAnyOrder("on", "reason");
        assertThat(doc.getList("paths.'" + P + "/released-persons'.get.parameters.name", String.class)).contains(
                "keyPerson", "supportPeriodEnding", "connectionLate", "placement", "minor");
        assertThat(doc.getList("components.schemas.Placement.enum", String.class)).containsExactly(
                "EMPLOYED", "SELF_EMPLOYED", "FARMING", "SUPPORTED", "OTHER");
        assertThat(doc.getList("components.schemas.Gender.enum", String.class)).containsExactly("MALE", "FEMALE");
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
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
