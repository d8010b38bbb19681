package cn.justice.correction.subject;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static cn.justice.correction.Fixtures.JIMI;
import static cn.justice.correction.Fixtures.SUBJECTS;
import static cn.justice.correction.Fixtures.act;
import static cn.justice.correction.Fixtures.createSubject;
import static cn.justice.correction.Fixtures.post;
import static cn.justice.correction.Fixtures.subject;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The actions of DESIGN §5.2 through the API: states, dates, flags, roles and the 409 for a wrong state. */
@QuarkusTest
class SubjectActionsApiTest {
    private static final String ZELA = "519901202";

    private static String path(String id, String action) {
        return SUBJECTS + "/" + id + "/" + action;
    }

    /** A subject with judgment 2025-01-10 (report due 2025-01-20), reported on {@code reportedOn}. */
    private static String reported(String reportedOn) {
        String id = createSubject(ZELA, "2025-01-10");
        act(SUBJECTS, id, "report", Map.of("reportedOn", reportedOn));
        return id;
    }

    @Test
    void reportWithinTenDaysIsOnTimeAfterIsLateAndNotReportingIsOverdue() {
        String onTime = createSubject(ZELA, "2025-01-10");
        act(SUBJECTS, onTime, "report", Map.of("reportedOn", "2025-01-20")).then()
                .body("status", equalTo("ACTIVE")).body("reportType", equalTo("ON_TIME"))
                .body("reportedOn", equalTo("2025-01-20")).body("reportOverdue", equalTo(false)).body("version", equalTo(2));
        String late = createSubject(ZELA, "2025-01-10");
        act(SUBJECTS, late, "report", Map.of("reportedOn", "2025-01-21")).then().body("reportType", equalTo("LATE"));
        String overdue = createSubject(ZELA, "2025-01-10");
        given().auth().oauth2(DevTokens.countyAdmin()).get(SUBJECTS + "/" + overdue).then()
                .body("reportOverdue", equalTo(true)).body("status", equalTo("PENDING_REPORT"));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("reportOverdue", "true").queryParam("size", 200)
                .get(SUBJECTS).then().statusCode(200).body("items.id", hasItem(overdue))
                .body("items.id", not(hasItem(onTime))).body("items.reportOverdue", not(hasItem(false)));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("overdue", "false").queryParam("size", 200)
                .get(SUBJECTS).then().statusCode(200).body("items.id", not(hasItem(overdue)));
        post(DevTokens.countyAdmin(), path(onTime, "report"), Map.of("reportedOn", "2025-01-25")).then().statusCode(409)
                .contentType("application/problem+json").body("currentStatus", equalTo("ACTIVE"));
        post(DevTokens.countyAdmin(), path(overdue, "report"), Map.of("reportedOn", "2099-01-01")).then().statusCode(400)
                .body("errors[0].field", equalTo("reportedOn"));
        post(DevTokens.countyAdmin(), path(overdue, "report"), Map.of()).then().statusCode(400);
    }

    @Test
    void lostContactMakesMissingAndReportOrCheckInBringsBack() {
        String id = reported("2025-01-15");
        act(SUBJECTS, id, "lost-contact", Map.of("on", "2025-03-01", "note", "电话不通")).then()
                .body("status", equalTo("MISSING")).body("missingPeriods[0].from", equalTo("2025-03-01"))
                .body("missingPeriods[0].to", nullValue());
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("missing", "true").queryParam("size", 200)
                .get(SUBJECTS).then().body("items.id", hasItem(id)).body("items.status", not(hasItem("ACTIVE")));
        post(DevTokens.countyAdmin(), path(id, "leave"), Map.of("from", "2025-03-05", "to", "2025-03-06",
                "destination", "西昌", "reason", "探亲")).then().statusCode(409).body("currentStatus", equalTo("MISSING"));
        act(SUBJECTS, id, "check-in", Map.of("on", "2025-03-10", "method", "PHONE")).then()
                .body("status", equalTo("ACTIVE")).body("missingPeriods[0].to", equalTo("2025-03-10"))
                .body("checkIns[0].method", equalTo("PHONE")).body("reportedOn", equalTo("2025-01-15"));
        act(SUBJECTS, id, "lost-contact", Map.of("on", "2025-04-01"));
        act(SUBJECTS, id, "report", Map.of("reportedOn", "2025-04-03")).then()
                .body("status", equalTo("ACTIVE")).body("missingPeriods.size()", equalTo(2))
                .body("missingPeriods[1].to", equalTo("2025-04-03"))
                .body("reportedOn", equalTo("2025-01-15")).body("reportType", equalTo("ON_TIME"));
        // lost contact before the last return is refused
        post(DevTokens.countyAdmin(), path(id, "lost-contact"), Map.of("on", "2025-04-02")).then().statusCode(400);

        // never reported: 未报到 → MISSING; a check-in cannot replace the report
        String never = createSubject(ZELA, "2025-01-10");
        act(SUBJECTS, never, "lost-contact", Map.of("on", "2025-01-25")).then().body("status", equalTo("MISSING"));
        post(DevTokens.countyAdmin(), path(never, "check-in"), Map.of("on", "2025-02-01", "method", "IN_PERSON"))
                .then().statusCode(409).body("type", equalTo("https://justice.local/problems/rule-violated"));
        act(SUBJECTS, never, "report", Map.of("reportedOn", "2025-02-01")).then()
                .body("status", equalTo("ACTIVE")).body("reportType", equalTo("LATE"))
                .body("missingPeriods[0].to", equalTo("2025-02-01"));
    }

    @Test
    void supervisionLevelChangesOnlyThroughClassifyAndKeepsHistory() {
        String id = reported("2025-01-12");
        act(SUBJECTS, id, "classify", Map.of("level", "STRICT", "reason", "多次违反规定", "on", "2025-02-01"));
        act(SUBJECTS, id, "classify", Map.of("level", "LENIENT", "reason", "表现良好", "on", "2025-06-01")).then()
                .body("supervisionLevel", equalTo("LENIENT"))
                .body("classifications.size()", equalTo(3))
                .body("classifications[1].level", equalTo("STRICT"))
                .body("classifications[1].previousLevel", equalTo("ORDINARY"))
                .body("classifications[1].reason", equalTo("多次违反规定"))
                .body("classifications[2].previousLevel", equalTo("STRICT"))
                .body("classifications[2].on", equalTo("2025-06-01"));
        post(DevTokens.countyAdmin(), path(id, "classify"), Map.of("level", "STRICT")).then().statusCode(400);
        post(DevTokens.countyAdmin(), path(id, "classify"), Map.of("level", "HARSH", "reason", "x")).then().statusCode(400);
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("supervisionLevel", "LENIENT").queryParam("size", 200)
                .get(SUBJECTS).then().body("items.id", hasItem(id)).body("items.supervisionLevel", not(hasItem("STRICT")));
    }

    @Test
    void admonitionsAndWarningsAreKeptAndTwoWarningsRecommendRevocation() {
        String id = reported("2025-01-12");
        act(SUBJECTS, id, "admonish", Map.of("reason", "未按时报告", "on", "2025-02-10")).then()
                .body("admonitions[0].reason", equalTo("未按时报告")).body("admonitions[0].on", equalTo("2025-02-10"))
                .body("revocationRecommended", equalTo(false));
        act(SUBJECTS, id, "warn", Map.of("reason", "擅自外出", "on", "2025-03-10")).then()
                .body("warnings.size()", equalTo(1)).body("revocationRecommended", equalTo(false));
        act(SUBJECTS, id, "warn", Map.of("reason", "再次擅自外出")).then()
                .body("warnings.size()", equalTo(2)).body("revocationRecommended", equalTo(true));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("revocationRecommended", "true").queryParam("size", 200)
                .get(SUBJECTS).then().body("items.id", hasItem(id)).body("items.revocationRecommended", not(hasItem(false)));
        post(DevTokens.countyAdmin(), path(id, "warn"), Map.of("reason", "x", "on", "2024-12-31")).then().statusCode(400);
    }

    @Test
    void leavesUpToSevenDaysByTheTownshipLongerByTheCountyOverThirtyWithThePrefecture() {
        String id = reported("2025-01-12");
        Map<String, Object> week = Map.of("from", "2025-05-01", "to", "2025-05-07", "destination", "成都", "reason", "就医");
        post(DevTokens.townshipOfficer(ZELA), path(id, "leave"), week).then().statusCode(200)
                .body("leaves[0].days", equalTo(7)).body("leaves[0].approvedByRole", equalTo("township-officer"));
        Map<String, Object> eight = Map.of("from", "2025-06-01", "to", "2025-06-08", "destination", "成都", "reason", "就医");
        post(DevTokens.townshipOfficer(ZELA), path(id, "leave"), eight).then().statusCode(403).contentType("application/problem+json");
        post(DevTokens.integration(), path(id, "leave"), eight).then().statusCode(403);
        post(DevTokens.countyAdmin(), path(id, "leave"), eight).then().statusCode(200)
                .body("leaves.size()", equalTo(2)).body("leaves[1].days", equalTo(8))
                .body("leaves[1].approvedByRole", equalTo("county-admin"));
        // 实施办法第26条: over 30 days needs the prefecture's approval (422 without it)
        Map<String, Object> long31 = new HashMap<>(Map.of("from", "2025-09-01", "to", "2025-10-01", "destination", "北京", "reason", "务工"));
        post(DevTokens.countyAdmin(), path(id, "leave"), long31).then().statusCode(422).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.startsWith("实施办法第26条"));
        long31.put("prefectureApproval", Map.of("approvedOn", "2025-08-20", "documentNo", "X州司矫〔2025〕9号"));
        post(DevTokens.townshipOfficer(ZELA), path(id, "leave"), long31).then().statusCode(403);
        Map<String, Object> backwards = Map.of("from", "2025-07-10", "to", "2025-07-01", "destination", "北京", "reason", "务工");
        post(DevTokens.countyAdmin(), path(id, "leave"), backwards).then().statusCode(400);
        post(DevTokens.countyAdmin(), path(id, "leave"), long31).then().statusCode(200).body("leaves[2].days", equalTo(31))
                .body("leaves[2].approval", equalTo("PREFECTURE"))
                .body("leaves[2].prefectureApproval.documentNo", equalTo("X州司矫〔2025〕9号"));
        post(DevTokens.auditor(), path(id, "leave"), week).then().statusCode(403);
    }

    @Test
    void monitoringNeedsTheCountyLastsThreeMonthsRenewsAndFlagsExpiry() {
        String id = reported("2025-01-12");
        Map<String, Object> start = new HashMap<>(Map.of("from", "2025-02-01", "to", "2025-04-30", "deviceId", "GPS-001",
                "approvedBy", "县司法局 2025-07号", "reason", "严管", "ground", "PROHIBITION_VIOLATED"));
        post(DevTokens.townshipOfficer(ZELA), path(id, "monitoring/start"), start).then().statusCode(403);
        post(DevTokens.integration(), path(id, "monitoring/start"), start).then().statusCode(403);
        start.put("to", "2025-05-01"); // 3 months and a day
        post(DevTokens.countyAdmin(), path(id, "monitoring/start"), start).then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        start.put("to", "2025-04-30");
        act(SUBJECTS, id, "monitoring/start", start).then()
                .body("monitoringPeriods[0].from", equalTo("2025-02-01"))
                .body("monitoringPeriods[0].to", equalTo("2025-04-30"))
                .body("monitoringPeriods[0].endsOn", equalTo("2025-05-01"))
                .body("monitoringPeriods[0].renewal", equalTo(false))
                .body("monitoringExpired", equalTo(true)); // today is long after 2025-04-30
        // renewal while the period runs: from the old end on
        Map<String, Object> renew = new HashMap<>(start);
        renew.put("from", "2025-04-20");
        renew.put("to", "2025-07-31");
        act(SUBJECTS, id, "monitoring/start", renew).then()
                .body("monitoringPeriods.size()", equalTo(2))
                .body("monitoringPeriods[1].from", equalTo("2025-05-01"))
                .body("monitoringPeriods[1].renewal", equalTo(true))
                .body("monitoringExpired", equalTo(true));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("monitoringExpired", "true").queryParam("size", 200)
                .get(SUBJECTS).then().body("items.id", hasItem(id));
        act(SUBJECTS, id, "monitoring/stop", Map.of("on", "2025-07-15", "reason", "表现良好")).then()
                .body("monitoringPeriods[1].stoppedOn", equalTo("2025-07-15"))
                .body("monitoringPeriods[1].endsOn", equalTo("2025-07-15"))
                .body("monitoringExpired", equalTo(false)).body("monitored", equalTo(false));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("expired", "true").queryParam("size", 200)
                .get(SUBJECTS).then().body("items.id", not(hasItem(id)));
        post(DevTokens.countyAdmin(), path(id, "monitoring/stop"), Map.of("on", "2025-07-16")).then().statusCode(409)
                .body("type", equalTo("https://justice.local/problems/rule-violated"));
        // a new period after a stop may not overlap the stopped one
        Map<String, Object> overlap = new HashMap<>(start);
        overlap.put("from", "2025-07-10");
        overlap.put("to", "2025-08-10");
        post(DevTokens.countyAdmin(), path(id, "monitoring/start"), overlap).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        // not in a PENDING_REPORT state
        String pending = createSubject(ZELA, "2025-01-10");
        post(DevTokens.countyAdmin(), path(pending, "monitoring/start"), start).then().statusCode(409)
                .body("currentStatus", equalTo("PENDING_REPORT"));
    }

    @Test
    void reoffenceTerminationRevocationAndDeathEndTheCorrection() {
        String reoffender = reported("2025-01-12");
        act(SUBJECTS, reoffender, "reoffend", Map.of("on", "2025-05-05", "offence", "盗窃")).then()
                .body("reoffendedOn", equalTo("2025-05-05")).body("reoffences[0].offence", equalTo("盗窃"))
                .body("status", equalTo("ACTIVE"));
        act(SUBJECTS, reoffender, "propose-revocation", Map.of("on", "2025-05-20", "grounds", java.util.List.of("REOFFENDED")))
                .then().body("status", equalTo("REVOCATION_PROPOSED")).body("courtDueOn", equalTo("2025-06-19"));
        act(SUBJECTS, reoffender, "revoke", Map.of("on", "2025-06-01", "court", "X县人民法院", "rulingNo", "(2025)刑更1号")).then()
                .body("status", equalTo("REVOKED")).body("endedOn", equalTo("2025-06-01"))
                .body("revocationProposals[0].outcome", equalTo("REVOKED"));
        post(DevTokens.countyAdmin(), path(reoffender, "warn"), Map.of("reason", "x")).then().statusCode(409)
                .body("currentStatus", equalTo("REVOKED"));
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).body(subject(ZELA, "2025-01-10"))
                .put(SUBJECTS + "/" + reoffender).then().statusCode(409).body("currentStatus", equalTo("REVOKED"));

        String expiring = reported("2025-01-12"); // term ends 2026-01-09
        post(DevTokens.countyAdmin(), path(expiring, "terminate"), Map.of("on", "2025-12-01", "reason", "EXPIRED",
                "certificateNo", "JC-1")).then().statusCode(409).body("type", equalTo("https://justice.local/problems/rule-violated"));
        post(DevTokens.countyAdmin(), path(expiring, "terminate"), Map.of("on", "2026-01-09", "reason", "ENDED",
                "certificateNo", "JC-1")).then().statusCode(400);
        act(SUBJECTS, expiring, "terminate", Map.of("on", "2026-01-09", "reason", "EXPIRED", "certificateNo", "JC2026-0001"))
                .then().body("status", equalTo("TERMINATED")).body("certificateNo", equalTo("JC2026-0001"))
                .body("terminationReason", equalTo("EXPIRED")).body("endedOn", equalTo("2026-01-09"));

        String pardoned = reported("2025-01-12");
        act(SUBJECTS, pardoned, "terminate", Map.of("on", "2025-10-01", "reason", "PARDONED", "certificateNo", "TS-9"))
                .then().body("status", equalTo("TERMINATED"));

        String died = reported("2025-01-12");
        act(SUBJECTS, died, "monitoring/start", Map.of("from", "2025-03-01", "to", "2025-05-31", "deviceId", "GPS-2",
                "approvedBy", "县局", "reason", "严管", "ground", "PUNISHED"));
        act(SUBJECTS, died, "decease", Map.of("on", "2025-04-10")).then()
                .body("status", equalTo("DECEASED")).body("monitoringPeriods[0].endsOn", equalTo("2025-04-10"))
                .body("monitoringExpired", equalTo(false));

        String pending = createSubject(ZELA, "2025-01-10");
        post(DevTokens.countyAdmin(), path(pending, "terminate"), Map.of("on", "2026-01-09", "reason", "EXPIRED",
                "certificateNo", "X")).then().statusCode(409).body("currentStatus", equalTo("PENDING_REPORT"));
        // 社区矫正法第45条: death ends the correction from every open state, a never-reported person's too
        act(SUBJECTS, pending, "decease", Map.of("on", "2025-02-01")).then().body("status", equalTo("DECEASED"));
    }

    @Test
    void staleIfMatchOnAnActionIs412() {
        String id = createSubject(JIMI, "2025-01-10");
        given().auth().oauth2(DevTokens.countyAdmin()).header("If-Match", "\"3\"").contentType(ContentType.JSON)
                .body(Map.of("reportedOn", "2025-01-15")).post(path(id, "report")).then().statusCode(412)
                .body("currentVersion", equalTo(1));
        given().auth().oauth2(DevTokens.countyAdmin()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("reportedOn", "2025-01-15")).post(path(id, "report")).then().statusCode(200)
                .header("ETag", "\"2\"");
    }
}
