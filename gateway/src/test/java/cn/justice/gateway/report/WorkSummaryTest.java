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
                assertThat(report(null, null)).contains("期间共排查矛盾纠纷3件，受理3件，调解成功2件，调解不成1件。"));
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
}
