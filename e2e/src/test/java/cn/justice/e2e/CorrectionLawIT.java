package cn.justice.e2e;

import cn.justice.platform.personal.IdNumbers;
import cn.justice.testing.AppProcess;
import cn.justice.testing.BureauDay;
import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaBroker;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.justice.e2e.Stack.admin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * 社区矫正法 (DESIGN §10.1), black-box: the packaged correction-service and gateway, a real Kafka broker and
 * PostgreSQL. A person missing for over a month is revoked the lawful way — the county proposes (提请撤销, 第46条), the
 * court rules — and COR_MISSING and COR_ACTIVE move exactly: the proposal changes neither, the ruling ends both; a
 * 暂予监外执行 person counts in COR_ACTIVE from the handover (交付, 第21条), not from registration; the gateway's
 * reconciliation with the service's /stats stays at 0 differences for the county and the township.
 */
class CorrectionLawIT {
    static final int YEAR = BureauDay.today().getYear();
    static final String TOWN = "519901202";
    static KafkaBroker broker;
    static AppProcess correction;
    static AppProcess gateway;

    @BeforeAll
    static void startStack() {
        broker = KafkaBroker.fresh("e2e-law-kafka").start();
        Map<String, String> common = Stack.common(broker);
        correction = Stack.service("correction-service", "correction_law_e2e", common);
        // the other lines are not running here
        gateway = Stack.gateway("gateway_law_e2e", common, Map.of("correction", correction));
        Stack.callThrough(gateway);
    }

    @AfterAll
    static void stopStack() {
        Stack.stop(gateway, correction, broker);
    }

    static String day(int daysAgo) {
        return BureauDay.today().minusDays(daysAgo).toString();
    }

    static Map<String, Object> person(String category, int judgmentDaysAgo, String birth, String seq) {
        String first17 = "519901" + birth.replace("-", "") + seq;
        Map<String, Object> b = new HashMap<>(Map.of("name", "赵六", "idNumber", first17 + IdNumbers.checkCharacter(first17),
                "gender", "MALE", "birthDate", birth, "townshipCode", TOWN, "category", category, "crime", "盗窃罪",
                "sentence", "有期徒刑一年，缓刑一年", "decisionAuthority", "X县人民法院"));
        LocalDate judgment = BureauDay.today().minusDays(judgmentDaysAgo);
        b.put("judgmentEffectiveOn", judgment.toString());
        b.put("correctionStart", judgment.toString());
        b.put("correctionEnd", judgment.plusYears(1).toString());
        b.put("receivedOn", judgment.plusDays(1).toString());
        return b;
    }

    static String act(String id, String action, Map<String, Object> body, String status) {
        return admin().body(body).post("/api/v1/correction/subjects/" + id + "/" + action).then().statusCode(200)
                .body("status", equalTo(status)).extract().path("status");
    }

    static JsonPath progress(String org) {
        return given().auth().oauth2(DevTokens.countyAdmin()).queryParam("orgCode", org).queryParam("year", YEAR)
                .get("/api/v1/plans/15th-fyp/progress").then().statusCode(200).extract().jsonPath();
    }

    static double indicator(JsonPath p, String code, String field) {
        Object v = p.get("indicators.find { it.code == '" + code + "' }." + field);
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    /** COR_ACTIVE and COR_MISSING of the township and the county, once the gateway has caught up. */
    static void expect(double active, double missing) {
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (String org : List.of(TOWN, "519901")) {
                JsonPath p = progress(org);
                assertThat(indicator(p, "COR_ACTIVE", "actual")).as("COR_ACTIVE " + org).isEqualTo(active);
                assertThat(indicator(p, "COR_MISSING", "actual")).as("COR_MISSING " + org).isEqualTo(missing);
            }
        });
        reconciled();
    }

    /** The gateway and the service's /stats agree (correction's measures), for the county and the township. */
    static void reconciled() {
        for (String org : List.of("519901", TOWN)) {
            JsonPath r = given().auth().oauth2(DevTokens.countyAdmin()).queryParam("orgCode", org)
                    .queryParam("from", YEAR + "-01-01").queryParam("to", YEAR + "-12-31")
                    .get("/api/v1/admin/reconciliation").then().statusCode(200).extract().jsonPath();
            assertThat(r.getList("differences.findAll { it.service == 'correction' }")).as("differences " + org).isEmpty();
            assertThat(r.getList("unchecked.service", String.class)).as("unchecked " + org).doesNotContain("correction");
        }
    }

    @Test
    void aMissingPersonIsRevokedOnTheCountysProposalAndTheIndicatorsMoveExactly() {
        // 缓刑, reported 55 days ago, missing (脱管) 45 days ago: over a month, a ground of 实施办法第46条
        String id = admin().body(person("PROBATION", 60, "1985-06-15", "321")).post("/api/v1/correction/subjects")
                .then().statusCode(201).extract().path("id");
        act(id, "report", Map.of("reportedOn", day(55)), "ACTIVE");
        expect(1, 0);
        act(id, "lost-contact", Map.of("on", day(45), "note", "电话关机"), "MISSING");
        admin().get("/api/v1/correction/subjects/" + id).then().statusCode(200)
                .body("revocationRecommended", equalTo(true)).body("revocationGrounds", equalTo(List.of("MISSING_OVER_MONTH")));
        expect(1, 1);
        // a township officer may not propose (the county body does); the first wave's one-click revoke is a 409
        given().auth().oauth2(DevTokens.townshipOfficer(TOWN)).contentType(ContentType.JSON)
                .body(Map.of("on", day(10), "grounds", List.of("MISSING_OVER_MONTH")))
                .post("/api/v1/correction/subjects/" + id + "/propose-revocation").then().statusCode(403);
        admin().body(Map.of("on", day(0), "court", "X县人民法院", "rulingNo", "(2026)刑更1号"))
                .post("/api/v1/correction/subjects/" + id + "/revoke").then().statusCode(409)
                .body("currentStatus", equalTo("MISSING"));
        act(id, "propose-revocation", Map.of("on", day(10), "grounds", List.of("MISSING_OVER_MONTH")), "REVOCATION_PROPOSED");
        // the proposal closes nothing: still missing, still under correction
        expect(1, 1);
        act(id, "revoke", Map.of("on", day(0), "court", "X县人民法院", "rulingNo", "(2026)刑更1号"), "REVOKED");
        expect(0, 0);

        // 暂予监外执行: in COR_ACTIVE from the handover, on time within 10 days of the decision received
        Map<String, Object> mp = person("MEDICAL_PAROLE", 8, "1970-03-03", "654");
        mp.put("decisionReceivedOn", day(6));
        mp.put("receivedOn", day(6));
        String handed = admin().body(mp).post("/api/v1/correction/subjects").then().statusCode(201).extract().path("id");
        expect(0, 0);
        admin().body(Map.of("reportedOn", day(0), "handedOverBy", "PRISON")).post("/api/v1/correction/subjects/" + handed + "/report")
                .then().statusCode(200).body("reportType", equalTo("HANDED_OVER")).body("intakeOnTime", equalTo(true));
        expect(1, 0);
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(indicator(progress(TOWN), "COR_REPORT_ON_TIME_RATE", "actual")).isEqualTo(100.0));
    }
}
