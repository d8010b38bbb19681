package cn.justice.gateway.readmodel;

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
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rule-of-law events (DESIGN §13) on the real {@code justice.rule-of-law.v1} topic, in the envelope the service's
 * outbox writes ({@code CloudEvent.of} + {@code CloudEventCodec}, source {@code /rule-of-law-service}, no
 * {@code townshipcode} for county records, {@code data} with the nulls of the service's event records), move the
 * ROL_* indicators; a newer version replaces the aggregate's contribution; the work report quotes the figures.
 */
@QuarkusTest
class RuleOfLawPipelineTest {
    static final String TOPIC = "justice.rule-of-law.v1";
    static final String COUNTY = "519901";
    static final String TOWN = "519901101";
    static final int YEAR = 2027;

    static void send(String type, UUID id, long version, String township, ObjectNode data) {
        data.put("version", version).put("countyCode", COUNTY);
        CloudEvent e = CloudEvent.of(type, "/rule-of-law-service", id, version, COUNTY, township, data);
        TopicWriter.send(KafkaTestResource.broker().bootstrapServers(), TOPIC, e.subject(), CloudEventCodec.toJson(e));
    }

    static ObjectNode node() {
        return CloudEventCodec.mapper().createObjectNode();
    }

    /** ReconsiderationEventData of an accepted (ORDINARY, 60 days) application, closed or not. */
    static ObjectNode reconsideration(UUID id, String status, String decision, boolean corrected, String closedOn,
                                      Boolean onTime) {
        ObjectNode d = node().put("reconsiderationId", id.toString()).put("actionType", "PENALTY").put("status", status)
                .put("knewOn", YEAR + "-02-01").put("appliedOn", YEAR + "-02-10").put("acceptanceDueOn", YEAR + "-02-17")
                .put("acceptedOn", YEAR + "-02-14").putNull("rejectedOn").put("acceptanceOnTime", true)
                .put("procedure", "ORDINARY").put("decisionDueOn", YEAR + "-04-15").putNull("extensionDays")
                .put("decision", decision).put("corrected", corrected).put("closedOn", closedOn);
        return onTime == null ? d.putNull("closedOnTime") : d.put("closedOnTime", onTime);
    }

    static ObjectNode review(UUID id, String opinion, String issuedOn, boolean onTime) {
        return node().put("documentReviewId", id.toString()).put("status", "OPINION_ISSUED").put("receivedOn", YEAR + "-05-04")
                .put("dueOn", YEAR + "-05-25").put("opinion", opinion).put("opinionIssuedOn", issuedOn)
                .put("reviewedOnTime", onTime).putNull("publishedOn").putNull("filedOn");
    }

    static ObjectNode officer(UUID id, boolean[] exams, int... trainingHours) {
        ObjectNode d = node().put("enforcementOfficerId", id.toString()).put("townshipCode", TOWN);
        ArrayNode e = d.putArray("exams");
        for (boolean passed : exams) {
            e.add(node().put("date", YEAR + "-06-15").put("passed", passed));
        }
        ArrayNode t = d.putArray("trainings");
        for (int h : trainingHours) {
            t.add(node().put("date", YEAR + "-03-20").put("hours", h));
        }
        return d;
    }

    static JsonPath progress(String org) {
        return given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", org).queryParam("year", YEAR)
                .get("/api/v1/plans/15th-fyp/progress").then().statusCode(200).extract().jsonPath();
    }

    static Number field(JsonPath p, String code, String field) {
        return p.get("indicators.find { it.code == '" + code + "' }." + field);
    }

    @Test
    void ruleOfLawEventsMoveTheRolIndicatorsAndTheReport() {
        assertThat(field(progress(COUNTY), "ROL_RECONSIDERATION_ON_TIME_RATE", "denominator").intValue()).isZero();

        // three reconsiderations: one revoked on time, one maintained late, one still open
        UUID revoked = UUID.randomUUID();
        UUID maintained = UUID.randomUUID();
        UUID open = UUID.randomUUID();
        send("rule-of-law.reconsideration.received", revoked, 1, null, reconsideration(revoked, "RECEIVED", null, false, null, null)
                .putNull("acceptedOn").putNull("procedure").putNull("decisionDueOn").putNull("acceptanceOnTime"));
        send("rule-of-law.reconsideration.accepted", revoked, 2, null, reconsideration(revoked, "ACCEPTED", null, false, null, null));
        send("rule-of-law.reconsideration.decided", revoked, 3, null,
                reconsideration(revoked, "DECIDED", "REVOKE", true, YEAR + "-04-01", true));
        send("rule-of-law.reconsideration.decided", maintained, 3, null,
                reconsideration(maintained, "DECIDED", "MAINTAIN", false, YEAR + "-05-01", false));
        send("rule-of-law.reconsideration.accepted", open, 2, null, reconsideration(open, "ACCEPTED", null, false, null, null));
        // two reviews, one late; one officer sat twice (failed, passed) and trained 12 + 8 hours
        UUID r1 = UUID.randomUUID();
        UUID r2 = UUID.randomUUID();
        send("rule-of-law.document-review.opinion-issued", r1, 3, null, review(r1, "AMEND", YEAR + "-05-20", true));
        send("rule-of-law.document-review.opinion-issued", r2, 3, null, review(r2, "LAWFUL", YEAR + "-06-01", false));
        UUID o = UUID.randomUUID();
        send("rule-of-law.enforcement-officer.examined", o, 2, TOWN, officer(o, new boolean[]{false, true}, 12));
        send("rule-of-law.enforcement-officer.trained", o, 3, TOWN, officer(o, new boolean[]{false, true}, 12, 8));
        // registers the report names
        UUID honour = UUID.randomUUID();
        send("rule-of-law.honour.recorded", honour, 1, null, node().put("honourId", honour.toString()).put("level", "PROVINCE")
                .put("year", YEAR));
        UUID project = UUID.randomUUID();
        send("rule-of-law.project.updated", project, 2, null, node().put("projectId", project.toString()).putNull("townshipCode")
                .put("kind", "COMMAND_CENTER").put("investment", new BigDecimal("150.00")).put("completedOn", YEAR + "-09-30"));
        UUID village = UUID.randomUUID();
        send("rule-of-law.assistance-village.recorded", village, 1, TOWN, node().put("assistanceVillageId", village.toString())
                .put("townshipCode", TOWN).put("villageCode", "519901101201").put("year", YEAR).put("cadres", 2)
                .put("funds", new BigDecimal("12.50")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath p = progress(COUNTY);
            assertThat(field(p, "ROL_RECONSIDERATION_ON_TIME_RATE", "numerator").intValue()).isEqualTo(1);
            assertThat(field(p, "ROL_RECONSIDERATION_ON_TIME_RATE", "denominator").intValue()).isEqualTo(2);
            assertThat(field(p, "ROL_RECONSIDERATION_CORRECTION_RATE", "actual").doubleValue()).isEqualTo(50.0);
            assertThat(field(p, "ROL_REVIEW_ON_TIME_RATE", "actual").doubleValue()).isEqualTo(50.0);
            assertThat(field(p, "ROL_EXAM_PASS_RATE", "actual").doubleValue()).isEqualTo(50.0);
            assertThat(field(p, "ROL_TRAINING_HOURS", "actual").intValue()).isEqualTo(20);
        });
        JsonPath county = progress(COUNTY);
        assertThat(county.getString("indicators.find { it.code == 'ROL_RECONSIDERATION_CORRECTION_RATE' }.status"))
                .as("50 % corrected against a ceiling of 15 %").isNotIn("ACHIEVED", "NO_DATA");
        // the officer's figures count in their township too; the county records do not
        JsonPath town = progress(TOWN);
        assertThat(field(town, "ROL_TRAINING_HOURS", "actual").intValue()).isEqualTo(20);
        assertThat(field(town, "ROL_RECONSIDERATION_ON_TIME_RATE", "denominator").intValue()).isZero();

        // a correction: the late decision was in fact on time (a newer version replaces the contribution); a stale
        // version arriving afterwards changes nothing
        send("rule-of-law.reconsideration.updated", maintained, 4, null,
                reconsideration(maintained, "DECIDED", "MAINTAIN", false, YEAR + "-04-10", true));
        send("rule-of-law.reconsideration.accepted", maintained, 2, null,
                reconsideration(maintained, "ACCEPTED", null, false, null, null));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(field(progress(COUNTY), "ROL_RECONSIDERATION_ON_TIME_RATE", "actual").doubleValue()).isEqualTo(100.0));
        assertThat(field(progress(COUNTY), "ROL_RECONSIDERATION_ON_TIME_RATE", "denominator").intValue()).isEqualTo(2);

        String md = given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", COUNTY)
                .queryParam("from", YEAR + "-01-01").queryParam("to", YEAR + "-12-31")
                .get("/api/v1/reports/work-summary").then().statusCode(200).extract().asString();
        assertThat(md).doesNotContain("尚未纳入本平台记录")
                .contains("共收到行政复议申请3起，受理行政复议申请3起，依法审结案件2起，其中按期审结2起，按期审结率100.0%；"
                        + "依法撤销、变更、确认违法或责令履行1起，纠错率50.0%。")
                .contains("期间共审查规范性文件2件，其中在15个工作日内出具审查意见1件，按期审查率50.0%；对审查中发现问题的1件")
                .contains("组织执法人员参加行政执法证考试2人次，合格1人次，考试合格率50.0%。")
                .contains("组织行政执法人员培训累计20学时。")
                .contains("共获得各类荣誉1项，其中国家级0项、省级1项、县级0项。")
                .contains("期间建成项目1个，共投入150.00万元，其中司法行政指挥中心1个（投入150.00万元）")
                .contains("期间共向1个帮扶村选派驻村干部2人次（按年计），投入帮扶资金12.50万元。")
                .contains("平台暂无人民陪审员、人民监督员选任数据。");
        String townReport = given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", TOWN)
                .queryParam("from", YEAR + "-01-01").queryParam("to", YEAR + "-12-31")
                .get("/api/v1/reports/work-summary").then().statusCode(200).extract().asString();
        assertThat(townReport).contains("平台暂无行政复议数据。").contains("组织行政执法人员培训累计20学时。");
    }
}
