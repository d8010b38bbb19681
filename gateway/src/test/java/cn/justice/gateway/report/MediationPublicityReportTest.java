package cn.justice.gateway.report;

import cn.justice.platform.events.CloudEvent;
import cn.justice.platform.events.CloudEventCodec;
import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaTestResource;
import cn.justice.testing.TopicWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The report's mediation and publicity sentences (seed §二(三) 排查 vs 受理调解, 德古+法律, 人民调解+治安调解,
 * 专职人民调解员, 调解员培训; §二(一) 谁执法谁普法, 以案释法) and the indicators MED_FULL_TIME_MEDIATORS,
 * MED_TRAINING_HOURS and PUB_UNITS_FULFILMENT_RATE, with the figures of events put on the real topics. Township
 * 519901202 and the year 2022 are used by no other gateway test.
 */
@QuarkusTest
class MediationPublicityReportTest {
    static final String TOWN = "519901202";

    static ObjectNode node() {
        return CloudEventCodec.mapper().createObjectNode();
    }

    static void event(String topic, String type, String township, ObjectNode data) {
        UUID id = UUID.randomUUID();
        TopicWriter.send(KafkaTestResource.broker().bootstrapServers(), topic, id.toString(),
                CloudEventCodec.toJson(new CloudEvent("1.0", UUID.randomUUID(), type, "/test", id.toString(), Instant.now(),
                        "application/json", "519901", township, 2L, data)));
    }

    static void dispute(String status, String source, String mechanism, boolean closed) {
        ObjectNode d = node().put("status", status).put("source", source).put("mechanism", mechanism)
                .put("registeredOn", "2022-04-01");
        if (!"REGISTERED".equals(status)) {
            d.put("acceptedOn", "2022-04-02");
        }
        if (closed) {
            d.put("closedOn", "2022-04-20");
        }
        event("justice.mediation.v1", "mediation.dispute." + status.toLowerCase(), TOWN, d);
    }

    static void mediator(String kind, String... trainings) {
        ObjectNode d = node().put("kind", kind).put("status", "ACTIVE").put("appointedOn", "2021-01-15")
                .putNull("retiredOn");
        ArrayNode t = d.putArray("trainings");
        for (String s : trainings) {
            String[] p = s.split("=");
            t.addObject().put("date", p[0]).put("hours", new BigDecimal(p[1]));
        }
        event("justice.mediation.v1", "mediation.mediator.trained", TOWN, d);
    }

    static void unit(int... yearPlannedItems) {
        ObjectNode d = node().put("kind", "POLICE");
        ArrayNode years = d.putArray("years");
        for (int i = 0; i < yearPlannedItems.length; i += 3) {
            years.addObject().put("year", yearPlannedItems[i]).put("plannedActivities", yearPlannedItems[i + 1])
                    .put("itemCount", yearPlannedItems[i + 2]);
        }
        event("justice.publicity.v1", "publicity.responsible-unit.year-planned", null, d);
    }

    static void activity(String status, String format, String heldOn) {
        event("justice.publicity.v1", "publicity.activity." + status.toLowerCase(), "519901101", node()
                .put("status", status).put("format", format).put("organizerUnitId", UUID.randomUUID().toString())
                .put("heldOn", heldOn).put("townshipCode", "519901101").put("venue", "VILLAGE")
                .put("participants", 40).put("materialsDistributed", 60));
    }

    static String report(String org) {
        return given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", org)
                .queryParam("from", "2022-01-01").queryParam("to", "2022-12-31")
                .get("/api/v1/reports/work-summary").then().statusCode(200).extract().asString();
    }

    static JsonPath progress(String org) {
        return given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", org).queryParam("year", 2022)
                .get("/api/v1/plans/14th-fyp/progress").then().statusCode(200).extract().jsonPath();
    }

    static Object indicator(JsonPath p, String code, String field) {
        return p.get("indicators.find { it.code == '" + code + "' }." + field);
    }

    @Test
    void mediationSentencesSayScreenedAndAcceptedApartWithTheMechanismsAndTheMediators() {
        event("justice.mediation.v1", "mediation.committee.registered", TOWN, node().put("type", "TOWNSHIP")
                .put("establishedOn", "2020-06-01"));
        mediator("FULL_TIME", "2022-03-01=4.5", "2022-06-01=3.0", "2021-11-01=2.0");
        mediator("PART_TIME", "2022-05-01=6.0");
        dispute("SUCCEEDED", "SCREENING", "DEGU_LAW", true);
        dispute("FAILED", "SCREENING", null, true);
        dispute("ACCEPTED", "APPLICATION", "POLICE_LINKAGE", false);
        dispute("REGISTERED", "POLICE_REFERRAL", null, false);
        dispute("AGREEMENT_INVALID", "APPLICATION", null, true); // 人民调解法第33条: not a success any more

        String disputes = "期间共登记矛盾纠纷5件，其中排查矛盾纠纷2件；受理调解4件，调解成功1件，调解不成1件。"
                + "运用“德古+法律”机制调解矛盾纠纷1件，通过“人民调解+治安调解”联动机制调解矛盾纠纷2件。";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(report(TOWN)).contains(disputes)
                .contains("期间开展人民调解员培训，累计培训14小时。"));
        String md = report(TOWN);
        assertThat(md).contains("共有各类人民调解委员会1个").contains("人民调解员2名，其中专职人民调解员1名。")
                .doesNotContain("期间共排查矛盾纠纷");
        // units are county records: a township has no 谁执法谁普法 plan
        assertThat(md).contains("平台暂无“谁执法、谁普法”责任单位普法计划数据。").contains("平台暂无以案释法活动数据。");
        assertThat(WorkSummaryTest.PLACEHOLDER.matcher(md).find()).as("no placeholder left:\n" + md).isFalse();

        JsonPath p = progress(TOWN);
        assertThat(indicator(p, "MED_FULL_TIME_MEDIATORS", "actual")).isEqualTo(1);
        assertThat(indicator(p, "MED_FULL_TIME_MEDIATORS", "unit")).isEqualTo("名");
        assertThat(indicator(p, "MED_TRAINING_HOURS", "numerator")).isEqualTo(14);
        assertThat(indicator(p, "MED_TRAINING_HOURS", "denominator")).isNull();
        assertThat(indicator(p, "MED_TRAINING_HOURS", "target")).isEqualTo(300);
        assertThat(indicator(p, "MED_SUCCESS_RATE", "numerator")).isEqualTo(1);
        assertThat(indicator(p, "MED_SUCCESS_RATE", "denominator")).isEqualTo(2);
        assertThat(indicator(p, "PUB_UNITS_FULFILMENT_RATE", "status")).isEqualTo("NO_DATA");
    }

    @Test
    void publicitySentencesQuoteTheResponsibleUnitsAndTheCaseExplanations() {
        unit(2022, 3, 2, 2023, 5, 4);
        unit(2022, 1, 1);
        activity("HELD", "CASE_EXPLANATION", "2022-05-10");
        activity("HELD", "LECTURE", "2022-06-10");
        activity("HELD", "STALL", "2022-09-10");
        activity("PLANNED", "CASE_EXPLANATION", "2022-11-10");
        activity("HELD", "CASE_EXPLANATION", "2023-02-10"); // another year

        String units = "严格落实“谁执法、谁普法”普法责任制，各普法责任单位列入普法责任清单3项，计划开展普法活动4场次，实际开展3场次。";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(report("519901")).contains(units)
                .contains("开展以案释法活动1场次。"));
        String md = report("519901");
        assertThat(md).contains("期间共开展各类法治宣传活动3场次");

        JsonPath p = progress("519901");
        assertThat(indicator(p, "PUB_UNITS_FULFILMENT_RATE", "numerator")).isEqualTo(3);
        assertThat(indicator(p, "PUB_UNITS_FULFILMENT_RATE", "denominator")).isEqualTo(4);
        assertThat(((Number) indicator(p, "PUB_UNITS_FULFILMENT_RATE", "actual")).doubleValue()).isEqualTo(75.0);
        assertThat(indicator(p, "PUB_UNITS_FULFILMENT_RATE", "unit")).isEqualTo("%");
        assertThat(indicator(p, "PUB_UNITS_FULFILMENT_RATE", "target")).isEqualTo(100);
    }
}
