package cn.justice.correction.stats;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static cn.justice.correction.Fixtures.JIMI;
import static cn.justice.correction.Fixtures.RELEASED;
import static cn.justice.correction.Fixtures.SHADAI;
import static cn.justice.correction.Fixtures.STATS;
import static cn.justice.correction.Fixtures.SUBJECTS;
import static cn.justice.correction.Fixtures.act;
import static cn.justice.correction.Fixtures.createReleased;
import static cn.justice.correction.Fixtures.createSubject;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stats endpoint on a known data set: five persons under correction and four released persons of 沙岱乡, all in
 * 2019–2020 (no other test writes those years), with the exact figures worked out by hand in the comments.
 */
@QuarkusTest
class CorrectionStatsTest {
    private static boolean loaded;

    /** Loaded once, by the first test (RestAssured knows the test port only inside a test, not in @BeforeAll). */
    @BeforeEach
    synchronized void dataSet() {
        if (loaded) {
            return;
        }
        loaded = true;
        // S1: reported on time 2019-01-15, monitored [2019-02-01, 2019-05-01) renewed to [2019-05-01, 2019-08-01),
        //     terminated on expiry 2020-01-09
        String s1 = createSubject(SHADAI, "2019-01-10");
        act(SUBJECTS, s1, "report", Map.of("reportedOn", "2019-01-15"));
        act(SUBJECTS, s1, "monitoring/start", Map.of("from", "2019-02-01", "to", "2019-04-30", "deviceId", "D1",
                "approvedBy", "县局", "reason", "严管", "ground", "PROHIBITION_VIOLATED"));
        act(SUBJECTS, s1, "monitoring/start", Map.of("from", "2019-04-25", "to", "2019-07-31", "deviceId", "D1",
                "approvedBy", "县局", "reason", "续期", "ground", "PROHIBITION_VIOLATED"));
        act(SUBJECTS, s1, "terminate", Map.of("on", "2020-01-09", "reason", "EXPIRED", "certificateNo", "JC-S1"));
        // S2: reported late 2019-03-20 (due 03-11), missing [2019-06-01, 2019-06-20) and from 2019-12-01 on,
        //     re-offended 2020-02-02 (still missing, still under correction)
        String s2 = createSubject(SHADAI, "2019-03-01");
        act(SUBJECTS, s2, "report", Map.of("reportedOn", "2019-03-20"));
        act(SUBJECTS, s2, "lost-contact", Map.of("on", "2019-06-01"));
        act(SUBJECTS, s2, "check-in", Map.of("on", "2019-06-20", "method", "IN_PERSON"));
        act(SUBJECTS, s2, "lost-contact", Map.of("on", "2019-12-01"));
        act(SUBJECTS, s2, "reoffend", Map.of("on", "2020-02-02", "offence", "盗窃"));
        // S3: received 2019-11-21, on time 2019-11-25, monitored from 2019-12-01, died 2020-03-01 (monitoring ends too)
        String s3 = createSubject(SHADAI, "2019-11-20");
        act(SUBJECTS, s3, "report", Map.of("reportedOn", "2019-11-25"));
        act(SUBJECTS, s3, "monitoring/start", Map.of("from", "2019-12-01", "to", "2020-02-29", "deviceId", "D3",
                "approvedBy", "县局", "reason", "严管", "ground", "PROHIBITION_VIOLATED"));
        act(SUBJECTS, s3, "decease", Map.of("on", "2020-03-01"));
        // S4: received 2020-05-02, never reported, missing (未报到) from 2020-05-20: missing but not active
        String s4 = createSubject(SHADAI, "2020-05-01");
        act(SUBJECTS, s4, "lost-contact", Map.of("on", "2020-05-20"));
        // S5: received 2019-12-21, reported late 2020-01-02, revoked 2020-06-30
        String s5 = createSubject(SHADAI, "2019-12-20");
        act(SUBJECTS, s5, "report", Map.of("reportedOn", "2020-01-02"));
        act(SUBJECTS, s5, "propose-revocation", Map.of("on", "2020-06-01", "grounds", java.util.List.of("OTHER_SERIOUS")));
        act(SUBJECTS, s5, "revoke", Map.of("on", "2020-06-30", "court", "X县人民法院", "rulingNo", "(2020)刑更5号"));

        // R1: released 2019-05-01, connected, placed, closed; R2: released 2019-10-01, connected only in 2020;
        // R3: released 2019-12-31, registered only; R4: released 2020-02-01, connected and placed
        String r1 = createReleased(SHADAI, "2019-05-01");
        act(RELEASED, r1, "connect", Map.of("on", "2019-05-01"));
        act(RELEASED, r1, "place", Map.of("on", "2019-07-01", "placement", "EMPLOYED"));
        act(RELEASED, r1, "close", Map.of("on", "2020-01-01", "reason", "MOVED_AWAY"));
        String r2 = createReleased(SHADAI, "2019-10-01");
        act(RELEASED, r2, "connect", Map.of("on", "2020-01-15"));
        createReleased(SHADAI, "2019-12-31");
        String r4 = createReleased(SHADAI, "2020-02-01");
        act(RELEASED, r4, "connect", Map.of("on", "2020-02-01"));
        act(RELEASED, r4, "place", Map.of("on", "2020-03-01", "placement", "FARMING"));
    }

    private static Map<String, Integer> measures(String token, String org, String from, String to) {
        JsonPath p = given().auth().oauth2(token).queryParam("orgCode", org).queryParam("from", from).queryParam("to", to)
                .get(STATS).then().statusCode(200).extract().jsonPath();
        assertThat(p.getString("orgCode")).isEqualTo(org);
        assertThat(p.getString("from")).isEqualTo(from);
        assertThat(p.getString("to")).isEqualTo(to);
        return p.getMap("measures");
    }

    private static Map<String, Integer> expected(int received, int terminated, int active, int reoffended, int reported,
                                                 int onTime, int missing, int monitoring, int registered, int connected,
                                                 int placed) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("subjects_received", received);
        m.put("subjects_terminated", terminated);
        m.put("subjects_active", active);
        m.put("subjects_reoffended", reoffended);
        m.put("subjects_reported", reported);
        m.put("subjects_reported_on_time", onTime);
        m.put("subjects_missing", missing);
        m.put("monitoring_active", monitoring);
        m.put("released_registered", registered);
        m.put("released_connected", connected);
        m.put("released_placed", placed);
        m.put("released_connected_on_time", connected); // no key person here: every connection is on time
        return m;
    }

    @Test
    void year2019() {
        // received S1 S2 S3 S5; reported S1 S2 S3 (S1, S3 on time); at 2019-12-31 active S1 S2 S3, missing S2,
        // monitored S3; released R1 R2 R3, connected R1 R2 (R2's connection in 2020 still counts for its cohort), placed R1
        Map<String, Integer> want = expected(4, 0, 3, 0, 3, 2, 1, 1, 3, 2, 1);
        assertThat(measures(DevTokens.auditor(), SHADAI, "2019-01-01", "2019-12-31")).containsExactlyEntriesOf(want);
        assertThat(measures(DevTokens.countyAdmin(), "519901", "2019-01-01", "2019-12-31")).containsExactlyEntriesOf(want);
    }

    @Test
    void year2020() {
        // received S4; reported S5 (late); re-offended S2; terminated S1; at 2020-12-31 active S2 only (S1 terminated,
        // S3 died, S4 never reported, S5 revoked), missing S2 and S4, nobody monitored; released R4, connected, placed
        Map<String, Integer> want = expected(1, 1, 1, 1, 1, 0, 2, 0, 1, 1, 1);
        assertThat(measures(DevTokens.integration(), SHADAI, "2020-01-01", "2020-12-31")).containsExactlyEntriesOf(want);
        assertThat(measures(DevTokens.townshipOfficer(SHADAI), SHADAI, "2020-01-01", "2020-12-31")).containsExactlyEntriesOf(want);
    }

    @Test
    void stocksAreTheStateAtTheEndOfTo() {
        // 2019-04-30: S1 in its first monitoring period; S2 active, not missing yet
        assertThat(measures(DevTokens.auditor(), SHADAI, "2019-04-01", "2019-04-30"))
                .containsEntry("subjects_active", 2).containsEntry("monitoring_active", 1).containsEntry("subjects_missing", 0)
                .containsEntry("subjects_received", 0);
        // 2019-06-10: S2 inside its first missing period, S1 in the renewed period
        assertThat(measures(DevTokens.auditor(), SHADAI, "2019-06-01", "2019-06-10"))
                .containsEntry("subjects_missing", 1).containsEntry("monitoring_active", 1).containsEntry("subjects_active", 2);
        // 2019-06-20: S2 came back that day; 2019-08-01: S1's renewed period ended the day before
        assertThat(measures(DevTokens.auditor(), SHADAI, "2019-06-20", "2019-06-20")).containsEntry("subjects_missing", 0);
        assertThat(measures(DevTokens.auditor(), SHADAI, "2019-08-01", "2019-08-01")).containsEntry("monitoring_active", 0);
        // 2020-01-09: S1 terminated that day (out), S5 reported 2020-01-02 (in)
        assertThat(measures(DevTokens.auditor(), SHADAI, "2020-01-09", "2020-01-09"))
                .containsEntry("subjects_active", 3).containsEntry("subjects_terminated", 1);
        // the whole two years: flows add up, stocks are those of 2020-12-31
        assertThat(measures(DevTokens.auditor(), SHADAI, "2019-01-01", "2020-12-31"))
                .containsExactlyEntriesOf(expected(5, 1, 1, 1, 4, 2, 2, 0, 4, 3, 2));
        // another township has none of it
        assertThat(measures(DevTokens.auditor(), JIMI, "2019-01-01", "2020-12-31"))
                .containsExactlyEntriesOf(expected(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void rejectsBadQueries() {
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "123").queryParam("from", "2020-01-01")
                .queryParam("to", "2020-12-31").get(STATS).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901").queryParam("from", "2020-12-31")
                .queryParam("to", "2020-01-01").get(STATS).then().statusCode(400);
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901").queryParam("to", "2020-01-01")
                .get(STATS).then().statusCode(400);
        given().auth().oauth2(DevTokens.auditor()).queryParam("from", "2020-01-01").queryParam("to", "2020-12-31")
                .get(STATS).then().statusCode(400);
        given().auth().oauth2(DevTokens.townshipOfficer(JIMI)).queryParam("orgCode", SHADAI)
                .queryParam("from", "2020-01-01").queryParam("to", "2020-12-31").get(STATS).then().statusCode(403);
        given().auth().oauth2(DevTokens.token("county-admin", null, "519902")).queryParam("orgCode", "519901")
                .queryParam("from", "2020-01-01").queryParam("to", "2020-12-31").get(STATS).then().statusCode(403);
        given().queryParam("orgCode", "519901").queryParam("from", "2020-01-01").queryParam("to", "2020-12-31")
                .get(STATS).then().statusCode(401);
    }
}
