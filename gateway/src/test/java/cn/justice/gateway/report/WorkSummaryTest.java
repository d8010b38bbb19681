package cn.justice.gateway.report;

import cn.justice.platform.events.CloudEvent;
import cn.justice.platform.events.CloudEventCodec;
import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaTestResource;
import cn.justice.testing.TopicWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The work summary quotes the read model's figures, says 暂无数据 in words, and leaves no placeholder. */
@QuarkusTest
class WorkSummaryTest {
    static final Pattern PLACEHOLDER = Pattern.compile("(?<![县省])X(?=[件个人场份条名次%万])|\\{|\\}");

    static void dispute(String status) {
        UUID id = UUID.randomUUID();
        ObjectNode data = CloudEventCodec.mapper().createObjectNode().put("status", status).put("registeredOn", "2024-03-01")
                .put("acceptedOn", "2024-03-02").put("closedOn", "2024-03-20");
        TopicWriter.send(KafkaTestResource.broker().bootstrapServers(), "justice.mediation.v1", id.toString(),
                CloudEventCodec.toJson(new CloudEvent("1.0", UUID.randomUUID(), "mediation.dispute." + status.toLowerCase(),
                        "/mediation-service", id.toString(), Instant.now(), "application/json", "519901", "519901100", 4L, data)));
    }

    static String report(String accept, String format) {
        var spec = given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901100")
                .queryParam("from", "2024-01-01").queryParam("to", "2024-12-31");
        if (format != null) {
            spec.queryParam("format", format);
        }
        if (accept != null) {
            spec.accept(accept);
        }
        return spec.get("/api/v1/reports/work-summary").then().statusCode(200).extract().asString();
    }

    @Test
    void writesTheFiguresOfThePeriodAndSaysWhatHasNoData() {
        dispute("SUCCEEDED");
        dispute("SUCCEEDED");
        dispute("FAILED");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(report(null, null)).contains("期间共登记矛盾纠纷3件，其中排查矛盾纠纷0件；受理调解3件，调解成功2件，调解不成1件。"));
        String md = report(null, null);
        assertThat(md).startsWith("# 城关镇司法局工作总结（2024-01-01至2024-12-31）");
        assertThat(md).contains("平台暂无社区矫正数据").contains("暂无数据");
        assertThat(md).contains("| 调解成功率 | 66.67% | 95% | 未达进度 |");
        assertThat(PLACEHOLDER.matcher(md).find()).as("no placeholder left:\n" + md).isFalse();

        String html = report("text/html", null);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>城关镇司法局工作总结").contains("<table>")
                .contains("<td>调解成功率</td>");
        assertThat(report(null, "html")).startsWith("<!DOCTYPE html>");
        given().auth().oauth2(DevTokens.auditor()).queryParam("from", "2024-01-01").queryParam("to", "2024-12-31")
                .queryParam("format", "pdf").get("/api/v1/reports/work-summary").then().statusCode(400);
        given().auth().oauth2(DevTokens.townshipOfficer("519901101")).queryParam("orgCode", "519901100")
                .queryParam("from", "2024-01-01").queryParam("to", "2024-12-31")
                .get("/api/v1/reports/work-summary").then().statusCode(403);
    }

    static void event(String topic, String type, String township, ObjectNode data) {
        UUID id = UUID.randomUUID();
        TopicWriter.send(KafkaTestResource.broker().bootstrapServers(), topic, id.toString(),
                CloudEventCodec.toJson(new CloudEvent("1.0", UUID.randomUUID(), type, "/test", id.toString(), Instant.now(),
                        "application/json", "519901", township, 3L, data)));
    }

    /** Correction and legal-aid figures of a period are written out from the read model too. */
    @Test
    void writesTheCorrectionAndLegalAidFigures() {
        String town = "519901203";
        var json = CloudEventCodec.mapper();
        event("justice.correction.v1", "correction.subject.reported", town, json.createObjectNode().put("status", "ACTIVE")
                .put("receivedOn", "2023-02-01").put("reportedOn", "2023-02-05").put("reportType", "ON_TIME"));
        event("justice.correction.v1", "correction.subject.reported", town, json.createObjectNode().put("status", "ACTIVE")
                .put("receivedOn", "2023-03-01").put("reportedOn", "2023-03-20").put("reportType", "LATE"));
        event("justice.correction.v1", "correction.released-person.connected", town, json.createObjectNode()
                .put("status", "CONNECTED").put("releasedOn", "2023-04-01").put("connectedOn", "2023-04-03"));
        event("justice.legal-aid.v1", "legal-aid.application.granted", town, json.createObjectNode().put("status", "GRANTED")
                .put("receivedOn", "2023-05-01").put("decidedOn", "2023-05-04").put("decision", "GRANTED")
                .put("eligible", true).put("decidedWithinDeadline", true));
        event("justice.legal-aid.v1", "legal-aid.workstation.opened", town, json.createObjectNode()
                .put("townshipCode", town).put("openedOn", "2022-01-01"));
        String expected = "社区矫正：期间新接收社区矫正对象2人，解除矫正0人，期末在矫2人，无一例重新犯罪。按时报到1人（报到2人）";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(report2023(town)).contains(expected)
                .contains("期末共有法律援助工作站1个，覆盖1个乡镇。"));
        String md = report2023(town);
        assertThat(md).contains("安置帮教：期间新登记刑满释放人员1人，其中已衔接1人（按时衔接1人）、已安置0人。")
                .contains("法律援助中心收到援助申请1件，给予援助1件，结案0件；作出决定1件，其中7日内作出1件；符合援助条件的1件中给予援助1件。")
                .contains("平台暂无村居法律顾问数据").contains("平台暂无公证数据");
        assertThat(PLACEHOLDER.matcher(md).find()).as("no placeholder left:\n" + md).isFalse();
    }

    static String report2023(String town) {
        return given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", town)
                .queryParam("from", "2023-01-01").queryParam("to", "2023-12-31")
                .get("/api/v1/reports/work-summary").then().statusCode(200).extract().asString();
    }

    static ObjectNode application(String status, String decidedOn, boolean assignedInTime, String closedOn, String subsidy) {
        ObjectNode d = CloudEventCodec.mapper().createObjectNode().put("status", status).put("receivedOn", decidedOn)
                .put("decidedOn", decidedOn).put("decision", "GRANTED").put("eligible", true)
                .put("decidedWithinDeadline", true).put("assignedWithinDeadline", assignedInTime);
        if (closedOn != null) {
            d.put("closedOn", closedOn).put("subsidyAmount", new java.math.BigDecimal(subsidy));
        }
        return d;
    }

    /**
     * 法律服务 (DESIGN §10.2): the timely assignment rate (法律援助法第43条), the subsidies paid (第52条, 万元) and the
     * duty lawyers' services (第30条) are written from the figures.
     */
    @Test
    void writesTimelyAssignmentSubsidiesAndDutyLawyers() {
        String town = "519901200";
        String topic = "justice.legal-aid.v1";
        event(topic, "legal-aid.application.assigned", town, application("ASSIGNED", "2021-04-02", true, null, null));
        event(topic, "legal-aid.application.assigned", town, application("ASSIGNED", "2021-05-10", false, null, null));
        event(topic, "legal-aid.application.closed", town, application("CLOSED", "2021-03-01", true, "2021-09-30", "8000.00"));
        event(topic, "legal-aid.application.closed", town, application("CLOSED", "2021-06-01", true, "2021-10-15", "4500.50"));
        var json = CloudEventCodec.mapper();
        event(topic, "legal-aid.duty-lawyer-service.recorded", town, json.createObjectNode().put("townshipCode", town)
                .put("date", "2021-02-01").put("place", "DETENTION_CENTER").put("kind", "ADVICE").put("count", 7));
        event(topic, "legal-aid.duty-lawyer-service.recorded", town, json.createObjectNode().put("townshipCode", town)
                .put("date", "2021-07-01").put("place", "COURT").put("kind", "PLEA_WITNESS").put("count", 5));
        String expected = "给予援助的4件中3日内指派承办人员3件，及时指派率75.0%。结案支付法律援助补贴1.25万元。"
                + "值班律师在看守所、人民法院、人民检察院提供法律帮助12人次。";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(reportOf(town, "2021")).contains(expected));
        String md = reportOf(town, "2021");
        assertThat(md).contains("法律援助中心收到援助申请4件，给予援助4件，结案2件；");
        assertThat(PLACEHOLDER.matcher(md).find()).as("no placeholder left:\n" + md).isFalse();
        // the first half: the four grants, no subsidy recorded yet (none up to its end: said in words), 7 services
        String h1 = given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", town)
                .queryParam("from", "2021-01-01").queryParam("to", "2021-06-30")
                .get("/api/v1/reports/work-summary").then().statusCode(200).extract().asString();
        assertThat(h1).contains("给予援助的4件中3日内指派承办人员3件，及时指派率75.0%。")
                .contains("平台暂无法律援助补贴数据。").contains("提供法律帮助7人次。");
        // another township without any of it says so in words
        assertThat(reportOf("519901201", "2021")).contains("平台暂无法律援助补贴数据。").contains("平台暂无值班律师数据。");
    }

    static String reportOf(String town, String year) {
        return given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", town)
                .queryParam("from", year + "-01-01").queryParam("to", year + "-12-31")
                .get("/api/v1/reports/work-summary").then().statusCode(200).extract().asString();
    }

    @Test
    void moneyIsWrittenInYuanOrWanYuanAndRatesWithOneDecimal() {
        assertThat(new ReportFigures.Figure(8_500, true).yuan()).isEqualTo("8,500元");
        assertThat(new ReportFigures.Figure(9_999, true).yuan()).isEqualTo("9,999元");
        assertThat(new ReportFigures.Figure(10_000, true).yuan()).isEqualTo("1.00万元");
        assertThat(new ReportFigures.Figure(125_050, true).yuan()).isEqualTo("12.51万元");
        assertThat(new ReportFigures.Figure(0, true).yuan()).isEqualTo("0元");
        assertThat(ReportFigures.percent(2, 3)).isEqualTo("66.7%");
        assertThat(ReportFigures.percent(3, 4)).isEqualTo("75.0%");
        assertThat(ReportFigures.percent(0, 0)).isEqualTo("暂无数据");
    }
}
