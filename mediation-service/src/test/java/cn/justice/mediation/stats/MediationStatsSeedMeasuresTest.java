package cn.justice.mediation.stats;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.justice.mediation.RegisterFixtures.MEDIATORS;
import static cn.justice.mediation.RegisterFixtures.act;
import static cn.justice.mediation.RegisterFixtures.createCommittee;
import static cn.justice.mediation.RegisterFixtures.mediator;
import static cn.justice.mediation.RegisterFixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measures DESIGN §10.3 adds for the seed's §二(三) goals, as {@code GET …/stats} counts them (the same rules as
 * the gateway's ContributionRules, so reconciliation finds no difference): disputes_screened (source SCREENING),
 * disputes_degu_law (mechanism DEGU_LAW), disputes_police_linkage (mechanism POLICE_LINKAGE or source
 * POLICE_REFERRAL), all by registeredOn; mediators_full_time (stock); mediator_training_hours (whole hours per
 * training, rounded half up, by the training's date).
 */
@QuarkusTest
class MediationStatsSeedMeasuresTest {
    static final String TOWNSHIP = "519901202";
    static final List<String> MEASURES = List.of("disputes_registered", "disputes_screened", "disputes_degu_law",
            "disputes_police_linkage", "mediators_active", "mediators_full_time", "mediator_training_hours");

    static Map<String, Integer> stats(String org, String from, String to) {
        Map<String, Object> m = given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", org)
                .queryParam("from", from).queryParam("to", to).get("/api/v1/mediation/stats")
                .then().statusCode(200).extract().jsonPath().getMap("measures");
        Map<String, Integer> out = new LinkedHashMap<>();
        MEASURES.forEach(s -> out.put(s, ((Number) m.get(s)).intValue()));
        return out;
    }

    static Map<String, Integer> delta(Map<String, Integer> before, Map<String, Integer> after) {
        Map<String, Integer> d = new LinkedHashMap<>();
        MEASURES.forEach(s -> d.put(s, after.get(s) - before.get(s)));
        return d;
    }

    static Map<String, Integer> expect(int registered, int screened, int degu, int police, int mediators, int fullTime,
                                       int hours) {
        Map<String, Integer> m = new LinkedHashMap<>();
        int[] v = {registered, screened, degu, police, mediators, fullTime, hours};
        for (int i = 0; i < v.length; i++) {
            m.put(MEASURES.get(i), v[i]);
        }
        return m;
    }

    static void dispute(String source, String mechanism, String registeredOn) {
        Map<String, Object> b = new HashMap<>();
        b.put("townshipCode", TOWNSHIP);
        b.put("source", source);
        b.put("category", "NEIGHBOR");
        b.put("summary", "邻里纠纷 " + source + " " + mechanism);
        b.put("registeredOn", registeredOn);
        b.put("parties", List.of(Map.of("name", "张三", "role", "APPLICANT"), Map.of("name", "李四", "role", "RESPONDENT")));
        if (mechanism != null) {
            b.put("mechanism", mechanism);
        }
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).body(b)
                .post("/api/v1/mediation/disputes").then().statusCode(201);
    }

    @Test
    void screenedDeguLawPoliceLinkageFullTimeAndTrainingHoursAreCountedByTheirOwnRules() {
        Map<String, Integer> town2023 = stats(TOWNSHIP, "2023-01-01", "2023-12-31");
        Map<String, Integer> county2023 = stats("519901", "2023-01-01", "2023-12-31");
        Map<String, Integer> townH1 = stats(TOWNSHIP, "2023-01-01", "2023-06-30");

        dispute("SCREENING", null, "2023-03-01");
        dispute("SCREENING", "DEGU_LAW", "2023-08-01");
        dispute("APPLICATION", "DEGU_LAW", "2023-04-01");
        dispute("APPLICATION", "POLICE_LINKAGE", "2023-05-01");
        dispute("POLICE_REFERRAL", null, "2023-09-01");
        dispute("POLICE_REFERRAL", "POLICE_LINKAGE", "2023-10-01"); // once, not twice
        dispute("COURT_REFERRAL", null, "2023-11-01");
        dispute("SCREENING", "DEGU_LAW", "2022-12-31"); // another year

        String committee = createCommittee(TOWNSHIP, "TOWNSHIP", "2021-01-01");
        Map<String, Object> ft = mediator(committee, "专职调解员", "2022-01-01");
        ft.put("kind", "FULL_TIME");
        String fullTime = post(DevTokens.countyAdmin(), MEDIATORS, ft).then().statusCode(201).extract().path("id");
        Map<String, Object> pt = mediator(committee, "兼职调解员", "2022-01-01");
        String partTime = post(DevTokens.countyAdmin(), MEDIATORS, pt).then().statusCode(201).extract().path("id");
        act(MEDIATORS, fullTime, "train", Map.of("date", "2023-03-10", "hours", 4.5, "topic", "人民调解法")); // 5
        act(MEDIATORS, fullTime, "train", Map.of("date", "2023-09-10", "hours", 2.4, "topic", "调解技巧")); // 2
        act(MEDIATORS, partTime, "train", Map.of("date", "2023-05-10", "hours", 8, "topic", "德古调解")); // 8
        act(MEDIATORS, partTime, "train", Map.of("date", "2022-05-10", "hours", 6, "topic", "去年的培训"));
        // a retired mediator's trainings still count; a retired full-time mediator leaves the stock
        Map<String, Object> gone = mediator(committee, "离任调解员", "2022-01-01");
        gone.put("kind", "FULL_TIME");
        String retired = post(DevTokens.countyAdmin(), MEDIATORS, gone).then().statusCode(201).extract().path("id");
        act(MEDIATORS, retired, "train", Map.of("date", "2023-02-01", "hours", 3, "topic", "培训"));
        act(MEDIATORS, retired, "retire", Map.of("retiredOn", "2023-06-30"));

        assertThat(delta(town2023, stats(TOWNSHIP, "2023-01-01", "2023-12-31"))).as("township 2023")
                .isEqualTo(expect(7, 2, 2, 3, 2, 1, 18));
        assertThat(delta(county2023, stats("519901", "2023-01-01", "2023-12-31"))).as("county 2023")
                .isEqualTo(expect(7, 2, 2, 3, 2, 1, 18));
        // first half: retired on its last day, the third mediator is out of both stocks at its end; its hours count
        assertThat(delta(townH1, stats(TOWNSHIP, "2023-01-01", "2023-06-30"))).as("township 2023 H1")
                .isEqualTo(expect(3, 1, 1, 1, 2, 1, 16));
    }
}
