package cn.justice.gateway.plan;

import cn.justice.platform.events.CloudEvent;
import cn.justice.platform.events.CloudEventCodec;
import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaTestResource;
import cn.justice.testing.TopicWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** Targets set by the county, their history, series by period, CSV export, and stock-at-start terms. */
@QuarkusTest
class PlanTargetsAndSeriesTest {
    static void committee(UUID id, long version, String township, String establishedOn, String dissolvedOn, boolean standardized) {
        ObjectNode data = CloudEventCodec.mapper().createObjectNode().put("committeeId", id.toString()).put("version", version)
                .put("countyCode", "519901").put("townshipCode", township).put("type", "VILLAGE")
                .put("status", dissolvedOn == null ? "ACTIVE" : "DISSOLVED").put("standardized", standardized)
                .put("establishedOn", establishedOn).put("assessedOn", standardized ? establishedOn : null)
                .put("dissolvedOn", dissolvedOn);
        CloudEvent e = new CloudEvent("1.0", UUID.randomUUID(), "mediation.committee.registered", "/mediation-service",
                id.toString(), Instant.now(), "application/json", "519901", township, version, data);
        TopicWriter.send(KafkaTestResource.broker().bootstrapServers(), "justice.mediation.v1", e.subject(), CloudEventCodec.toJson(e));
    }

    @Test
    void targetsAreSetByCountyAdminOnlyAndKeptWithTheirHistory() {
        given().auth().oauth2(DevTokens.auditor()).contentType(ContentType.JSON).body(Map.of("targets", Map.of("2027", 97)))
                .put("/api/v1/plans/15th-fyp/indicators/MED_SUCCESS_RATE/targets").then().statusCode(403);
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).body(Map.of("targets", Map.of("2031", 97)))
                .put("/api/v1/plans/15th-fyp/indicators/MED_SUCCESS_RATE/targets").then().statusCode(400);
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).body(Map.of("targets", Map.of("2027", 120)))
                .put("/api/v1/plans/15th-fyp/indicators/MED_SUCCESS_RATE/targets").then().statusCode(400);
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).body(Map.of("targets", Map.of("2027", 97)))
                .put("/api/v1/plans/15th-fyp/indicators/NOPE/targets").then().statusCode(404);
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).body(Map.of("targets", Map.of("2027", 97)))
                .put("/api/v1/plans/15th-fyp/indicators/MED_SUCCESS_RATE/targets").then().statusCode(200)
                .body("targets.'2027'", equalTo(97)).body("targets.'2026'", equalTo(95)).body("targetsDefault", equalTo(false));
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901").queryParam("year", 2027)
                .get("/api/v1/plans/15th-fyp/progress").then().statusCode(200)
                .body("indicators.find { it.code == 'MED_SUCCESS_RATE' }.target", equalTo(97));
        given().auth().oauth2(DevTokens.auditor()).get("/api/v1/plans/15th-fyp/indicators/MED_SUCCESS_RATE/target-changes")
                .then().statusCode(200).body("", hasSize(1)).body("[0].oldTarget", equalTo(95)).body("[0].newTarget", equalTo(97))
                .body("[0].changedBy", startsWith("test-county-admin"));
    }

    @Test
    void seriesAndCsv() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        committee(a, 1, "519901201", "2026-02-10", null, true);
        committee(b, 1, "519901201", "2026-05-10", null, false);
        committee(b, 2, "519901201", "2026-05-10", "2026-08-31", false);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901201").queryParam("from", "2026-01-01")
                        .queryParam("to", "2026-12-31").queryParam("granularity", "QUARTER")
                        .get("/api/v1/indicators/MED_STANDARDIZED_RATE/series").then().statusCode(200)
                        .body("points.period", equalTo(java.util.List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")))
                        .body("points.denominator", equalTo(java.util.List.of(1, 2, 1, 1)))
                        .body("points.numerator", equalTo(java.util.List.of(1, 1, 1, 1))));
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901201").queryParam("from", "2026-01-01")
                .queryParam("to", "2026-12-31").queryParam("granularity", "DAILY")
                .get("/api/v1/indicators/MED_STANDARDIZED_RATE/series").then().statusCode(400);
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901").queryParam("from", "2000-01-01")
                .queryParam("to", "2026-12-31").queryParam("granularity", "MONTH")
                .get("/api/v1/indicators/MED_DISPUTES/series").then().statusCode(400);
        String csv = given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901201").queryParam("year", 2026)
                .get("/api/v1/plans/15th-fyp/progress.csv").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        assertThat(csv).startsWith("\uFEFF指标代码,指标名称,单位,实际值");
        // one row per indicator of the plan (DESIGN §7's 18, §10.3's new ones, §13's five), after the header
        int indicators = given().auth().oauth2(DevTokens.auditor()).get("/api/v1/plans/15th-fyp").then().statusCode(200)
                .extract().jsonPath().getList("indicators").size();
        assertThat(indicators).isGreaterThanOrEqualTo(27);
        assertThat(csv.lines()).hasSize(indicators + 1);
        assertThat(csv).contains("LA_TIMELY_ASSIGNMENT_RATE,3日内指派比例,%,,0,0,100,>=,,暂无数据,");
        assertThat(csv).contains("MED_STANDARDIZED_RATE,规范化调委会比例,%,100.00,1,1,90");
        // the rule-of-law line's (DESIGN §13) rows too, with no data for a township
        assertThat(csv).contains("ROL_EXAM_PASS_RATE,行政执法证考试合格率,%,,0,0,90,>=,,暂无数据,")
                .contains("ROL_RECONSIDERATION_CORRECTION_RATE,行政复议纠错率,%,,0,0,15,<=,,暂无数据,");
        byte[] xlsx = given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901201").queryParam("year", 2026)
                .get("/api/v1/plans/15th-fyp/progress.xlsx").then().statusCode(200)
                .contentType(ProgressXlsx.MEDIA_TYPE).extract().asByteArray();
        String sheet = null;
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(sheet).contains("<t>指标代码</t>").contains("<t>规范化调委会比例</t>").contains("<v>100.00</v>")
                .contains("<row r=\"" + (indicators + 1) + "\">").doesNotContain("<row r=\"" + (indicators + 2) + "\">");
    }
}
