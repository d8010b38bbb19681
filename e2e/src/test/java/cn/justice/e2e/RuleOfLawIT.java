package cn.justice.e2e;

import cn.justice.testing.AppProcess;
import cn.justice.testing.BureauDay;
import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaBroker;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.justice.e2e.Stack.admin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The fifth line (法治政府建设, DESIGN §13) behind the gateway, black-box: the five packaged services, the gateway, a real
 * broker and PostgreSQL. A reconsideration received, accepted and decided through the gateway, a document review and
 * an officer's exam and training move the ROL_* indicators; the reconciliation with every service's {@code …/stats}
 * (the rule-of-law one included) finds 0 differences; the merged OpenAPI document has the fifth service's operations;
 * with rule-of-law-service killed its prefix answers 503 problem+json while the four others still answer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuleOfLawIT {
    static final String COUNTY = "519901";
    static final String TOWN = "519901101";
    static final LocalDate TODAY = BureauDay.today();
    static final int YEAR = TODAY.getYear();
    static final String PLAN = YEAR <= 2025 ? "14th-fyp" : "15th-fyp";
    static KafkaBroker broker;
    /** service name (as in the gateway's routes) → the running service */
    static final Map<String, AppProcess> services = new LinkedHashMap<>();
    static AppProcess gateway;

    @BeforeAll
    static void startStack() {
        broker = KafkaBroker.fresh("e2e-rol-kafka").start();
        Map<String, String> common = Stack.common(broker, "quarkus.datasource.jdbc.max-size", "8");
        for (String name : Stack.LINES) {
            services.put(name, Stack.service(name + "-service", name.replace('-', '_') + "_rol_e2e", common));
        }
        gateway = Stack.gateway("gateway_rol_e2e", common, services);
        Stack.callThrough(gateway);
    }

    @AfterAll
    static void stopStack() {
        List<AutoCloseable> all = new java.util.ArrayList<>();
        all.add(gateway);
        all.addAll(services.values());
        all.add(broker);
        Stack.stop(all.toArray(AutoCloseable[]::new));
    }

    static String create(String path, Map<String, Object> body) {
        return admin().body(body).post("/api/v1/rule-of-law/" + path).then().statusCode(201).extract().path("id");
    }

    static void act(String path, String id, String action, Map<String, Object> body) {
        admin().body(body).post("/api/v1/rule-of-law/" + path + "/" + id + "/" + action).then().statusCode(200);
    }

    static JsonPath progress(String org) {
        return given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", org).queryParam("year", YEAR)
                .get("/api/v1/plans/" + PLAN + "/progress").then().statusCode(200).extract().jsonPath();
    }

    static Number value(JsonPath p, String code, String field) {
        return p.get("indicators.find { it.code == '" + code + "' }." + field);
    }

    static JsonPath reconciliation(String org) {
        return given().auth().oauth2(DevTokens.countyAdmin()).queryParam("orgCode", org)
                .queryParam("from", YEAR + "-01-01").queryParam("to", YEAR + "-12-31")
                .get("/api/v1/admin/reconciliation").then().statusCode(200).extract().jsonPath();
    }

    @Test
    @Order(1)
    void recordsThroughTheGatewayMoveTheRolIndicatorsAndReconcile() {
        JsonPath before = progress(COUNTY);
        assertThat(value(before, "ROL_RECONSIDERATION_CORRECTION_RATE", "denominator").intValue()).isZero();

        // 行政复议: received, accepted (普通程序), decided REVOKE (纠错) — on time; a second one rejected
        Map<String, Object> application = new HashMap<>(Map.of(
                "applicant", Map.of("name", "欧阳明月", "idNumber", "519901198503121235", "phone", "13812341234"),
                "respondentAgency", "X县自然资源局", "actionType", "PENALTY",
                "knewOn", TODAY.minusDays(10).toString(), "appliedOn", TODAY.toString()));
        String revoked = create("reconsiderations", application);
        act("reconsiderations", revoked, "accept", Map.of("procedure", "ORDINARY"));
        act("reconsiderations", revoked, "decide", Map.of("decision", "REVOKE"));
        String rejected = create("reconsiderations", application);
        act("reconsiderations", rejected, "reject", Map.of("reason", "不属于行政复议范围"));
        // 合法性审查: an opinion asking for amendments, within the 15 working days
        String review = create("document-reviews", Map.of("title", "X县城乡居民临时救助办法", "draftingUnit", "X县民政局",
                "receivedOn", TODAY.toString()));
        act("document-reviews", review, "start-review", Map.of());
        act("document-reviews", review, "issue-opinion", Map.of("opinion", "AMEND", "opinionNo", "X司审〔" + YEAR + "〕1号"));
        // 行政执法人员 of a township: two sittings (one passed) and a training
        String officer = create("enforcement-officers", Map.of("name", "李明", "agency", "X县市场监督管理局", "townshipCode", TOWN));
        act("enforcement-officers", officer, "exam", Map.of("date", TODAY.toString(), "passed", false));
        act("enforcement-officers", officer, "exam", Map.of("date", TODAY.toString(), "passed", true));
        act("enforcement-officers", officer, "train", Map.of("date", TODAY.toString(), "hours", 16));

        // an indicator whose first event has not arrived yet has no value (null): keep waiting, as for a wrong one
        await().atMost(Duration.ofSeconds(20)).ignoreException(NullPointerException.class).untilAsserted(() -> {
            JsonPath p = progress(COUNTY);
            assertThat(value(p, "ROL_RECONSIDERATION_CORRECTION_RATE", "numerator").intValue()).isEqualTo(1);
            assertThat(value(p, "ROL_RECONSIDERATION_CORRECTION_RATE", "denominator").intValue()).isEqualTo(1);
            assertThat(value(p, "ROL_RECONSIDERATION_ON_TIME_RATE", "actual").doubleValue()).isEqualTo(100.0);
            assertThat(value(p, "ROL_REVIEW_ON_TIME_RATE", "actual").doubleValue()).isEqualTo(100.0);
            assertThat(value(p, "ROL_EXAM_PASS_RATE", "actual").doubleValue()).isEqualTo(50.0);
            assertThat(value(p, "ROL_TRAINING_HOURS", "actual").intValue()).isEqualTo(16);
        });
        assertThat(value(progress(TOWN), "ROL_TRAINING_HOURS", "actual").intValue()).isEqualTo(16);

        // the read model agrees with every service's source of truth, the rule-of-law service's included
        for (String org : List.of(COUNTY, TOWN)) {
            JsonPath r = reconciliation(org);
            assertThat(r.getList("differences")).as("differences of " + org).isEmpty();
            assertThat(r.getList("unchecked")).as("unchecked of " + org).isEmpty();
        }
        JsonPath stats = given().auth().oauth2(DevTokens.countyAdmin()).queryParam("orgCode", COUNTY)
                .queryParam("from", YEAR + "-01-01").queryParam("to", YEAR + "-12-31")
                .get("/api/v1/rule-of-law/stats").then().statusCode(200).extract().jsonPath();
        assertThat(stats.getInt("measures.reconsiderations_received")).isEqualTo(2);
        assertThat(stats.getInt("measures.reconsiderations_corrected")).isEqualTo(1);

        // the work report's 依法行政 section quotes the figures
        String md = given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", COUNTY)
                .queryParam("from", YEAR + "-01-01").queryParam("to", YEAR + "-12-31")
                .get("/api/v1/reports/work-summary").then().statusCode(200).extract().asString();
        assertThat(md).contains("共收到行政复议申请2起，受理行政复议申请1起，依法审结案件1起")
                .contains("期间共审查规范性文件1件").doesNotContain("尚未纳入本平台记录").doesNotContain("欧阳");

        // the merged document has the fifth service's operations
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(doc.getMap("paths")).containsKeys("/api/v1/rule-of-law/reconsiderations",
                "/api/v1/rule-of-law/reconsiderations/{id}/decide", "/api/v1/rule-of-law/stats");
    }

    @Test
    @Order(2)
    void aKilledRuleOfLawServiceGives503WhileTheOtherFourAnswer() {
        services.get("rule-of-law").kill();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(DevTokens.countyAdmin()).get("/api/v1/rule-of-law/reconsiderations").then().statusCode(503)
                    .contentType("application/problem+json").body("service", equalTo("rule-of-law"))
                    .body("status", equalTo(503));
        }
        for (String path : List.of("/api/v1/mediation/disputes", "/api/v1/correction/subjects",
                "/api/v1/legal-aid/applications", "/api/v1/publicity/activities")) {
            given().auth().oauth2(DevTokens.countyAdmin()).get(path).then().statusCode(200);
        }
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", COUNTY).queryParam("year", YEAR)
                .get("/api/v1/plans/" + PLAN + "/progress").then().statusCode(200);
        // reconciliation says which service it could not ask, and still compares the others
        JsonPath r = reconciliation(COUNTY);
        assertThat(r.getList("unchecked.service", String.class)).containsExactly("rule-of-law");
        assertThat(r.getList("differences")).isEmpty();
    }
}
