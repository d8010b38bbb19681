package cn.justice.e2e;

import cn.justice.testing.AppProcess;
import cn.justice.testing.BureauDay;
import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaBroker;
import cn.justice.testing.TopicReader;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.justice.e2e.Stack.admin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 法律援助法 end to end (DESIGN §10.2), black-box: the packaged legal-aid-service and gateway, a real Kafka broker
 * and PostgreSQL. Materials requested and never supplied: a day past their dueOn the service's own sweep (on its
 * clock, the bureau's day) deems the application withdrawn (第43条, WITHDRAWN / DEEMED, event on the topic); the
 * withdrawn application is received but never decided, so LA_TIMELY_DECISION_RATE counts only the two decided ones;
 * LA_TIMELY_ASSIGNMENT_RATE (one of the two grants assigned within 3 days), the duty lawyers' services (第30条) and
 * the subsidy paid on closing (第52条) follow; the gateway's reconciliation with the service's …/stats finds 0
 * differences.
 */
class LegalAidLawIT {
    static final String TOWN = "519901101";
    static final String APPLICATIONS = "/api/v1/legal-aid/applications";
    /** The decision day of the two grants: 4 days ago, so that one assignment today is a day late. */
    static final LocalDate X = BureauDay.today().minusDays(4);
    static KafkaBroker broker;
    static AppProcess legalAid;
    static AppProcess gateway;

    @BeforeAll
    static void startStack() {
        broker = KafkaBroker.fresh("e2e-law-kafka").start();
        Map<String, String> common = Stack.common(broker);
        legalAid = Stack.service("legal-aid-service", "legal_aid_law_e2e", common,
                // the sweep as deployed, only more often (first run 30 s after start, on the service's clock)
                "justice.legal-aid.materials-sweep.every", "2s");
        // the other lines are not part of this test: nothing listens there (reconciliation: unchecked)
        gateway = Stack.gateway("gateway_law_e2e", common, Map.of("legal-aid", legalAid));
        Stack.callThrough(gateway);
    }

    @AfterAll
    static void stopStack() {
        Stack.stop(gateway, legalAid, broker);
    }

    static Map<String, Object> application(LocalDate receivedOn, String idTail) {
        String first17 = "519901" + "19880615" + idTail;
        return Map.of("applicant", Map.of("name", "赵小六", "idNumber",
                        first17 + cn.justice.platform.personal.IdNumbers.checkCharacter(first17), "groups", List.of("MIGRANT_WORKER")),
                "channel", "WALK_IN", "townshipCode", TOWN, "caseType", "LABOR_ARBITRATION", "matter", "LABOR_RELATION_PAY",
                "economicHardship", "CLAIMED", "receivedOn", receivedOn.toString());
    }

    static String act(String id, String action, Map<String, Object> body) {
        admin().body(body).post(APPLICATIONS + "/" + id + "/" + action).then().statusCode(200);
        return id;
    }

    static String granted(String idTail) {
        String id = admin().body(application(X, idTail)).post(APPLICATIONS).then().statusCode(201).extract().path("id");
        act(id, "review", Map.of("on", X.toString()));
        return act(id, "grant", Map.of("decidedOn", X.toString()));
    }

    static Map<String, Object> lawyer() {
        return Map.of("kind", "LAWYER", "name", "孙律师", "org", "X县正义律师事务所", "yearsOfPractice", 4);
    }

    static JsonPath progress(String org) {
        String plan = X.getYear() <= 2025 ? "14th-fyp" : "15th-fyp";
        return given().auth().oauth2(DevTokens.countyAdmin()).queryParam("orgCode", org).queryParam("year", X.getYear())
                .get("/api/v1/plans/" + plan + "/progress").then().statusCode(200).extract().jsonPath();
    }

    static double indicator(JsonPath p, String code, String field) {
        Object v = p.get("indicators.find { it.code == '" + code + "' }." + field);
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    @Test
    void theSweepDeemsAnUnansweredRequestWithdrawnAndTheIndicatorsFollow() {
        // A: materials requested on X, due X + 1; never supplied
        String a = admin().body(application(X, "123")).post(APPLICATIONS).then().statusCode(201).extract().path("id");
        act(a, "review", Map.of("on", X.toString()));
        admin().body(Map.of("items", List.of("劳动合同或工资欠条", "经济困难状况说明表"), "on", X.toString(),
                        "dueOn", X.plusDays(1).toString()))
                .post(APPLICATIONS + "/" + a + "/request-materials").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("MATERIALS_REQUESTED"));
        // B: granted on X, assigned on X + 2 (in time); closed today with the subsidy
        String b = granted("234");
        act(b, "assign", Map.of("provider", lawyer(), "assignedOn", X.plusDays(2).toString()));
        act(b, "close", Map.of("outcome", "WON", "closedOn", BureauDay.today().toString(), "subsidyAmount", 1200.50));
        // C: granted on X, assigned today, a day past its assignmentDueOn (X + 3)
        String c = granted("345");
        admin().body(Map.of("provider", lawyer(), "assignedOn", BureauDay.today().toString()))
                .post(APPLICATIONS + "/" + c + "/assign").then().statusCode(200)
                .body("assignedWithinDeadline", org.hamcrest.Matchers.equalTo(false));
        // the duty lawyers: the county's detention centre (county-wide) and the township's court desk
        admin().body(Map.of("date", X.toString(), "place", "DETENTION_CENTER", "kind", "PLEA_WITNESS", "count", 7))
                .post("/api/v1/legal-aid/duty-lawyer-services").then().statusCode(201);
        admin().body(Map.of("date", X.toString(), "townshipCode", TOWN, "place", "COURT", "kind", "ADVICE", "count", 3))
                .post("/api/v1/legal-aid/duty-lawyer-services").then().statusCode(201);

        // 第43条: the sweep withdraws A (视为撤回) the day after its due date
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().auth().oauth2(DevTokens.auditor()).get(APPLICATIONS + "/" + a).then().statusCode(200)
                        .body("status", org.hamcrest.Matchers.equalTo("WITHDRAWN")));
        given().auth().oauth2(DevTokens.auditor()).get(APPLICATIONS + "/" + a).then()
                .body("withdrawalReason", org.hamcrest.Matchers.equalTo("DEEMED"))
                .body("withdrawnOn", org.hamcrest.Matchers.equalTo(X.plusDays(2).toString()))
                .body("decision", org.hamcrest.Matchers.nullValue());
        List<TopicReader.Message> events = TopicReader.forKey(broker.bootstrapServers(), "justice.legal-aid.v1", a, 4,
                Duration.ofSeconds(20));
        assertThat(events.get(3).value().get("type").asText()).isEqualTo("legal-aid.application.withdrawn");
        assertThat(events.get(3).value().get("data").get("withdrawalReason").asText()).isEqualTo("DEEMED");

        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonPath p = progress(TOWN);
            // the withdrawn application is not decided: the two decisions, both within 7 days
            assertThat(indicator(p, "LA_TIMELY_DECISION_RATE", "numerator")).isEqualTo(2.0);
            assertThat(indicator(p, "LA_TIMELY_DECISION_RATE", "denominator")).isEqualTo(2.0);
            assertThat(indicator(p, "LA_TIMELY_DECISION_RATE", "actual")).isEqualTo(100.0);
            assertThat(indicator(p, "LA_ELIGIBLE_ACCEPTANCE_RATE", "actual")).isEqualTo(100.0);
            // 第43条: one of the two grants assigned within 3 days
            assertThat(indicator(p, "LA_TIMELY_ASSIGNMENT_RATE", "numerator")).isEqualTo(1.0);
            assertThat(indicator(p, "LA_TIMELY_ASSIGNMENT_RATE", "denominator")).isEqualTo(2.0);
            assertThat(indicator(p, "LA_TIMELY_ASSIGNMENT_RATE", "actual")).isEqualTo(50.0);
        });

        // the service's own figures: three received, two decided, the withdrawn one among neither decided nor granted
        JsonPath stats = given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", TOWN)
                .queryParam("from", X.getYear() + "-01-01").queryParam("to", X.getYear() + "-12-31")
                .get("/api/v1/legal-aid/stats").then().statusCode(200).extract().jsonPath();
        assertThat(stats.getInt("measures.applications_received")).isEqualTo(3);
        assertThat(stats.getInt("measures.applications_decided")).isEqualTo(2);
        assertThat(stats.getInt("measures.assigned_within_deadline")).isEqualTo(1);
        assertThat(stats.getInt("measures.duty_lawyer_services")).isEqualTo(3);

        // reconciliation: the gateway's rollups agree with …/stats, for the township and for the county
        String from = X.getYear() + "-01-01";
        String to = BureauDay.today().getYear() + "-12-31";
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (String org : List.of(TOWN, "519901")) {
                JsonPath r = given().auth().oauth2(DevTokens.countyAdmin()).queryParam("orgCode", org)
                        .queryParam("from", from).queryParam("to", to).get("/api/v1/admin/reconciliation")
                        .then().statusCode(200).extract().jsonPath();
                assertThat(r.getList("differences")).as("differences of " + org).isEmpty();
                assertThat(r.getList("unchecked.service", String.class)).doesNotContain("legal-aid");
                // the legal-aid measures the read model keeps, the three of 法律援助法 among them
                assertThat(r.getInt("measuresCompared")).isEqualTo(15);
            }
        });
        JsonPath county = given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901")
                .queryParam("from", from).queryParam("to", to).get("/api/v1/legal-aid/stats").then().statusCode(200)
                .extract().jsonPath();
        assertThat(county.getInt("measures.duty_lawyer_services")).isEqualTo(10);
        assertThat(county.getInt("measures.subsidies_paid")).isEqualTo(1201);

        // the report's 法律服务 sentence with these figures
        String report = given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", TOWN)
                .queryParam("from", X.getYear() + "-01-01").queryParam("to", X.getYear() + "-12-31")
                .get("/api/v1/reports/work-summary").then().statusCode(200).extract().asString();
        assertThat(report).contains("给予援助的2件中3日内指派承办人员1件，及时指派率50.0%。")
                .contains("值班律师在看守所、人民法院、人民检察院提供法律帮助3人次。");
    }
}
