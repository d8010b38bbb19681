package cn.justice.correction.subject;

import cn.justice.testing.DevTokens;
import cn.justice.testing.SettableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.justice.correction.Fixtures.SUBJECTS;
import static cn.justice.correction.Fixtures.act;
import static cn.justice.correction.Fixtures.createSubject;
import static cn.justice.correction.Fixtures.get;
import static cn.justice.correction.Fixtures.post;
import static cn.justice.correction.Fixtures.subject;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The second wave's rules of DESIGN §10.1 through the API (社区矫正法 2019, 实施办法 2020): each new action, its roles
 * (403 for a township officer where the county decides), the 422 naming the article, the 409 with currentStatus, and
 * the flags in the detail and as list filters on the bureau's clock (pinned to 2026-06-15 in Beijing).
 */
@QuarkusTest
class SubjectLawApiTest {
    private static final String TOWN = "519901203"; // 洛乌乡
    private static final String OTHER = "519901201"; // 沙岱乡
    /** 2026-06-15 12:00 Asia/Shanghai. */
    private static final Instant NOON_JUNE_15 = Instant.parse("2026-06-15T04:00:00Z");

    @Inject
    SettableClock clock;

    @AfterEach
    void release() {
        clock.release();
    }

    private static String path(String id, String action) {
        return SUBJECTS + "/" + id + "/" + action;
    }

    private static String officer() {
        return DevTokens.townshipOfficer(TOWN);
    }

    /** A PROBATION person, judgment {@code judgment} (report due 10 days later), reported on {@code reportedOn} if given. */
    private static String person(String judgment, String reportedOn) {
        String id = createSubject(TOWN, judgment);
        if (reportedOn != null) {
            act(SUBJECTS, id, "report", Map.of("reportedOn", reportedOn));
        }
        return id;
    }

    private static ValidatableResponse listed(String filter, boolean value) {
        return given().auth().oauth2(DevTokens.countyAdmin()).queryParam(filter, value).queryParam("townshipCode", TOWN)
                .queryParam("size", 200).get(SUBJECTS).then().statusCode(200);
    }

    private static ValidatableResponse detail(String id) {
        return get(DevTokens.countyAdmin(), SUBJECTS + "/" + id).then().statusCode(200);
    }

    /**
     * 社区矫正法第46–49条: a MISSING person is proposed for revocation by the county (a township officer gets 403),
     * the missing period stays open while the court rules, the ruling revokes and ends the missing period.
     */
    @Test
    void aMissingPersonIsRevokedThroughAProposalAndARuling() {
        clock.at(NOON_JUNE_15);
        String id = person("2026-01-05", "2026-01-10");
        act(SUBJECTS, id, "lost-contact", Map.of("on", "2026-04-01"));
        // 实施办法第46条: missing over a month is a ground
        detail(id).body("revocationRecommended", equalTo(true)).body("revocationGrounds", equalTo(List.of("MISSING_OVER_MONTH")));
        listed("revocationRecommended", true).body("items.id", hasItem(id));
        // revoke only on a proposal
        post(DevTokens.countyAdmin(), path(id, "revoke"), Map.of("on", "2026-06-01", "court", "X县人民法院", "rulingNo", "1"))
                .then().statusCode(409).body("currentStatus", equalTo("MISSING"));
        Map<String, Object> proposal = Map.of("on", "2026-05-01", "grounds", List.of("MISSING_OVER_MONTH"), "note", "脱管两月");
        post(officer(), path(id, "propose-revocation"), proposal).then().statusCode(403).contentType("application/problem+json");
        post(DevTokens.integration(), path(id, "propose-revocation"), proposal).then().statusCode(403);
        act(SUBJECTS, id, "propose-revocation", proposal).then()
                .body("status", equalTo("REVOCATION_PROPOSED")).body("courtDueOn", equalTo("2026-05-31"))
                .body("revocationProposals[0].kind", equalTo("REVOCATION"))
                .body("revocationProposals[0].statusBefore", equalTo("MISSING"))
                .body("missingPeriods[0].to", nullValue())
                .body("revocationRecommended", equalTo(false)).body("courtRulingOverdue", equalTo(true));
        listed("missing", true).body("items.id", hasItem(id));
        listed("courtRulingOverdue", true).body("items.id", hasItem(id));
        post(DevTokens.countyAdmin(), path(id, "propose-revocation"), proposal).then().statusCode(409)
                .body("currentStatus", equalTo("REVOCATION_PROPOSED"));
        Map<String, Object> ruling = Map.of("on", "2026-06-10", "court", "X县人民法院", "rulingNo", "(2026)川刑更3号");
        post(officer(), path(id, "revoke"), ruling).then().statusCode(403);
        post(DevTokens.countyAdmin(), path(id, "revoke"), Map.of("on", "2026-04-30", "court", "X县人民法院", "rulingNo", "1"))
                .then().statusCode(400).body("errors[0].field", equalTo("on"));
        act(SUBJECTS, id, "revoke", ruling).then()
                .body("status", equalTo("REVOKED")).body("endedOn", equalTo("2026-06-10"))
                .body("missingPeriods[0].to", equalTo("2026-06-10")).body("courtDueOn", nullValue())
                .body("revocationProposals[0].outcome", equalTo("REVOKED"))
                .body("revocationProposals[0].rulingNo", equalTo("(2026)川刑更3号"));
        listed("missing", true).body("items.id", not(hasItem(id)));
    }

    /** A never-reported person (unreported 10 days past the deadline) can be proposed; a rejection goes back. */
    @Test
    void aRejectedProposalGoesBackAndAMissingPeriodStaysOpen() {
        clock.at(NOON_JUNE_15);
        String never = person("2026-05-01", null); // due 2026-05-11; 10 days past on 2026-05-21
        detail(never).body("revocationGrounds", equalTo(List.of("NOT_REPORTED"))).body("reportOverdue", equalTo(true));
        act(SUBJECTS, never, "propose-revocation", Map.of("on", "2026-06-01", "grounds", List.of("NOT_REPORTED")))
                .then().body("revocationProposals[0].statusBefore", equalTo("PENDING_REPORT"));
        post(officer(), path(never, "revocation-rejected"), Map.of("on", "2026-06-12", "court", "X县人民法院"))
                .then().statusCode(403);
        act(SUBJECTS, never, "revocation-rejected", Map.of("on", "2026-06-12", "court", "X县人民法院")).then()
                .body("status", equalTo("PENDING_REPORT")).body("courtDueOn", nullValue())
                .body("revocationProposals[0].outcome", equalTo("REJECTED"))
                .body("revocationRecommended", equalTo(true));
        post(DevTokens.countyAdmin(), path(never, "revocation-rejected"), Map.of("on", "2026-06-12", "court", "X"))
                .then().statusCode(409).body("currentStatus", equalTo("PENDING_REPORT"));

        String missing = person("2026-01-05", "2026-01-10");
        act(SUBJECTS, missing, "lost-contact", Map.of("on", "2026-05-20"));
        act(SUBJECTS, missing, "propose-revocation", Map.of("on", "2026-06-01", "grounds", List.of("OTHER_SERIOUS")));
        act(SUBJECTS, missing, "revocation-rejected", Map.of("on", "2026-06-14", "court", "X县人民法院")).then()
                .body("status", equalTo("MISSING")).body("missingPeriods[0].from", equalTo("2026-05-20"))
                .body("missingPeriods[0].to", nullValue());
        // the person came back while the court ruled: the proposal stays, the missing period ends, rejection → ACTIVE
        String back = person("2026-01-05", "2026-01-10");
        act(SUBJECTS, back, "lost-contact", Map.of("on", "2026-05-20"));
        act(SUBJECTS, back, "propose-revocation", Map.of("on", "2026-06-01", "grounds", List.of("OTHER_SERIOUS")));
        act(SUBJECTS, back, "check-in", Map.of("on", "2026-06-05", "method", "IN_PERSON")).then()
                .body("status", equalTo("REVOCATION_PROPOSED")).body("missingPeriods[0].to", equalTo("2026-06-05"));
        act(SUBJECTS, back, "revocation-rejected", Map.of("on", "2026-06-14", "court", "X县人民法院")).then()
                .body("status", equalTo("ACTIVE"));
    }

    /** 社区矫正法第46条、第49条: 管制 has no revocation (422 naming the articles); 暂予监外执行 is committed (COMMITMENT). */
    @Test
    void controlCannotBeRevokedAndMedicalParoleIsCommitted() {
        Map<String, Object> control = subject(TOWN, "2025-01-10");
        control.put("category", "CONTROL");
        String c = createSubject(control);
        act(SUBJECTS, c, "report", Map.of("reportedOn", "2025-01-15"));
        act(SUBJECTS, c, "warn", Map.of("reason", "a", "on", "2025-02-01"));
        act(SUBJECTS, c, "warn", Map.of("reason", "b", "on", "2025-03-01")).then().body("revocationRecommended", equalTo(false));
        post(DevTokens.countyAdmin(), path(c, "propose-revocation"), Map.of("on", "2025-04-01", "grounds", List.of("TWO_WARNINGS")))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://justice.local/problems/rule-violated"))
                .body("detail", startsWith("社区矫正法第46条"));
        post(DevTokens.countyAdmin(), path(c, "revoke"), Map.of("on", "2025-04-01", "court", "X", "rulingNo", "1"))
                .then().statusCode(422).body("detail", startsWith("社区矫正法第46条"));

        String m = createSubject(medicalParole("2025-03-01"));
        act(SUBJECTS, m, "report", Map.of("reportedOn", "2025-03-05"));
        act(SUBJECTS, m, "propose-revocation", Map.of("on", "2025-04-01", "grounds", List.of("OTHER_SERIOUS"))).then()
                .body("revocationProposals[0].kind", equalTo("COMMITMENT"));
    }

    private static Map<String, Object> medicalParole(String decisionReceivedOn) {
        Map<String, Object> b = subject(TOWN, "2025-01-10");
        b.put("category", "MEDICAL_PAROLE");
        b.put("sentence", "有期徒刑三年，暂予监外执行");
        b.put("decisionReceivedOn", decisionReceivedOn);
        b.put("receivedOn", decisionReceivedOn);
        return b;
    }

    /**
     * 社区矫正法第21条: 暂予监外执行 is handed over (HANDED_OVER) within 10 days of the decision received: day 10 on time,
     * day 11 late; the registration needs decisionReceivedOn.
     */
    @Test
    void aMedicalParoleIsHandedOverWithinTenDaysOfTheDecision() {
        String onTime = createSubject(medicalParole("2025-03-01"));
        detail(onTime).body("reportDueOn", equalTo("2025-03-11")).body("decisionReceivedOn", equalTo("2025-03-01"));
        act(SUBJECTS, onTime, "report", Map.of("reportedOn", "2025-03-11", "handedOverBy", "PRISON")).then()
                .body("status", equalTo("ACTIVE")).body("reportType", equalTo("HANDED_OVER"))
                .body("intakeOnTime", equalTo(true)).body("handedOverBy", equalTo("PRISON"));
        String late = createSubject(medicalParole("2025-03-01"));
        act(SUBJECTS, late, "report", Map.of("reportedOn", "2025-03-12")).then()
                .body("reportType", equalTo("HANDED_OVER")).body("intakeOnTime", equalTo(false));
        Map<String, Object> without = medicalParole("2025-03-01");
        without.remove("decisionReceivedOn");
        post(DevTokens.countyAdmin(), SUBJECTS, without).then().statusCode(400)
                .body("errors[0].field", equalTo("decisionReceivedOn"));
        Map<String, Object> probation = subject(TOWN, "2025-01-10");
        probation.put("decisionReceivedOn", "2025-03-01");
        post(DevTokens.countyAdmin(), SUBJECTS, probation).then().statusCode(400)
                .body("errors[0].field", equalTo("decisionReceivedOn"));
        String p = createSubject(TOWN, "2025-01-10");
        post(DevTokens.countyAdmin(), path(p, "report"), Map.of("reportedOn", "2025-01-12", "handedOverBy", "POLICE"))
                .then().statusCode(400).body("errors[0].field", equalTo("handedOverBy"));
        act(SUBJECTS, p, "report", Map.of("reportedOn", "2025-01-12")).then().body("intakeOnTime", equalTo(true));
    }

    /** 实施办法第24条: a 暂予监外执行 person reports monthly on the health; others owe none (422). */
    @Test
    void healthReportsAreMonthlyForMedicalParoleOnly() {
        clock.at(Instant.parse("2026-06-10T04:00:00Z")); // a month after the handover: due today, not overdue
        String m = createSubject(medicalParole("2026-05-01"));
        act(SUBJECTS, m, "report", Map.of("reportedOn", "2026-05-10")).then().body("healthReportOverdue", equalTo(false));
        clock.at(Instant.parse("2026-06-11T04:00:00Z")); // 2026-06-11: a month and a day after the handover
        detail(m).body("healthReportOverdue", equalTo(true));
        listed("healthReportOverdue", true).body("items.id", hasItem(m));
        act(SUBJECTS, m, "health-report", Map.of("on", "2026-06-11", "hospital", "X县人民医院")).then()
                .body("healthReports[0].hospital", equalTo("X县人民医院")).body("healthReportOverdue", equalTo(false));
        listed("healthReportOverdue", false).body("items.id", hasItem(m));
        String p = person("2026-05-01", "2026-05-05");
        post(officer(), path(p, "health-report"), Map.of("on", "2026-06-01")).then().statusCode(422)
                .body("detail", startsWith("实施办法第24条"));
    }

    /**
     * 实施办法第24条: check-ins are due by level — STRICT weekly (7 days on time, the 8th day after overdue), ORDINARY
     * monthly.
     */
    @Test
    void checkInsAreDueByTheSupervisionLevel() {
        clock.at(Instant.parse("2026-06-08T04:00:00Z"));
        String strict = person("2026-05-25", "2026-06-01");
        act(SUBJECTS, strict, "classify", Map.of("level", "STRICT", "reason", "严管", "on", "2026-06-01"));
        detail(strict).body("checkInOverdue", equalTo(false)).body("lastContactOn", equalTo("2026-06-01"));
        String ordinary = person("2026-05-25", "2026-06-01");
        clock.at(Instant.parse("2026-06-09T04:00:00Z"));
        detail(strict).body("checkInOverdue", equalTo(true));
        detail(ordinary).body("checkInOverdue", equalTo(false));
        listed("checkInOverdue", true).body("items.id", hasItem(strict)).body("items.id", not(hasItem(ordinary)));
        act(SUBJECTS, strict, "check-in", Map.of("on", "2026-06-09", "method", "PHONE")).then()
                .body("checkInOverdue", equalTo(false));
        clock.at(Instant.parse("2026-07-02T04:00:00Z"));
        detail(ordinary).body("checkInOverdue", equalTo(true));
        listed("checkInOverdue", false).body("items.id", not(hasItem(ordinary)));
    }

    /**
     * 实施办法第26条: 7 days the township, 8 the county; over 30 days in two months with the prefecture; overlaps 422;
     * a leave past its end without return is flagged until leave-return.
     */
    @Test
    void leavesNeedTheRightApprovalAndAReturn() {
        clock.at(NOON_JUNE_15);
        String id = person("2026-01-05", "2026-01-10");
        act(SUBJECTS, id, "check-in", Map.of("on", "2026-06-14", "method", "PHONE"));
        Map<String, Object> may = Map.of("from", "2026-05-01", "to", "2026-05-20", "destination", "成都", "reason", "务工");
        post(officer(), path(id, "leave"), may).then().statusCode(403);
        act(SUBJECTS, id, "leave", may).then().body("leaves[0].approval", equalTo("COUNTY"))
                .body("leaveReturnOverdue", equalTo(true));
        listed("leaveReturnOverdue", true).body("items.id", hasItem(id));
        post(officer(), path(id, "leave-return"), Map.of("on", "2026-04-30")).then().statusCode(409);
        act(SUBJECTS, id, "leave-return", Map.of("on", "2026-05-20")).then()
                .body("leaves[0].returnedOn", equalTo("2026-05-20")).body("leaveReturnOverdue", equalTo(false));
        listed("leaveReturnOverdue", false).body("items.id", hasItem(id));
        // overlapping: 422
        Map<String, Object> overlap = Map.of("from", "2026-05-19", "to", "2026-05-21", "destination", "西昌", "reason", "探亲");
        post(DevTokens.countyAdmin(), path(id, "leave"), overlap).then().statusCode(422)
                .body("detail", startsWith("实施办法第26条"));
        // 20 days in May + 11 in June: over 30 in two months needs the prefecture
        Map<String, Object> june = new HashMap<>(Map.of("from", "2026-06-15", "to", "2026-06-25", "destination", "成都", "reason", "务工"));
        post(DevTokens.countyAdmin(), path(id, "leave"), june).then().statusCode(422).body("detail", startsWith("实施办法第26条"));
        june.put("prefectureApproval", Map.of("approvedOn", "2026-06-14", "documentNo", "X州司矫〔2026〕5号"));
        post(officer(), path(id, "leave"), june).then().statusCode(403);
        act(SUBJECTS, id, "leave", june).then().body("leaves[1].approval", equalTo("PREFECTURE"))
                .body("leaves[1].days", equalTo(11)).body("leaveReturnOverdue", equalTo(false));
        june.put("prefectureApproval", Map.of("approvedOn", "2026-06-14"));
        post(DevTokens.countyAdmin(), path(id, "leave"), june).then().statusCode(400);
    }

    /** 社区矫正法第29条: monitoring needs a ground (400 without); a period ending within 7 days is flagged. */
    @Test
    void monitoringNeedsAGroundAndExpiringPeriodsAreFlagged() {
        clock.at(NOON_JUNE_15);
        String id = person("2026-01-05", "2026-01-10");
        Map<String, Object> start = new HashMap<>(Map.of("from", "2026-04-01", "to", "2026-06-22", "deviceId", "GPS-9",
                "approvedBy", "县局", "reason", "外出未归"));
        post(DevTokens.countyAdmin(), path(id, "monitoring/start"), start).then().statusCode(400);
        start.put("ground", "FREE_TEXT");
        post(DevTokens.countyAdmin(), path(id, "monitoring/start"), start).then().statusCode(400);
        start.put("ground", "LEFT_AREA_UNAPPROVED");
        act(SUBJECTS, id, "monitoring/start", start).then().body("monitoringPeriods[0].ground", equalTo("LEFT_AREA_UNAPPROVED"))
                .body("monitoringExpiring", equalTo(true)); // last day 2026-06-22: 7 days away
        listed("monitoringExpiring", true).body("items.id", hasItem(id));
        start.put("from", "2026-06-20");
        start.put("to", "2026-09-22");
        act(SUBJECTS, id, "monitoring/start", start).then().body("monitoringPeriods[1].renewal", equalTo(true))
                .body("monitoringExpiring", equalTo(false));
        listed("monitoringExpiring", false).body("items.id", hasItem(id));
    }

    /**
     * 实施办法第34–35条: 警告 is the county's (403 for a township officer); the township proposes; 训诫 is delegated to the
     * township by default.
     */
    @Test
    void warningsAreTheCountysAndTheTownshipProposes() {
        String id = person("2025-01-05", "2025-01-10");
        post(officer(), path(id, "warn"), Map.of("reason", "未按时报告", "on", "2025-02-01")).then().statusCode(403);
        post(DevTokens.integration(), path(id, "warn"), Map.of("reason", "未按时报告", "on", "2025-02-01")).then().statusCode(403);
        post(officer(), path(id, "propose-sanction"), Map.of("kind", "WARN", "reason", "未按时报告", "on", "2025-02-01"))
                .then().statusCode(200).body("sanctionProposals[0].kind", equalTo("WARN"))
                .body("sanctionProposals[0].decidedOn", nullValue());
        post(officer(), path(id, "propose-sanction"), Map.of("kind", "SCOLD", "reason", "x", "on", "2025-02-01"))
                .then().statusCode(400);
        act(SUBJECTS, id, "warn", Map.of("reason", "未按时报告", "on", "2025-02-03")).then()
                .body("warnings.size()", equalTo(1)).body("sanctionProposals[0].decidedOn", equalTo("2025-02-03"));
        post(officer(), path(id, "admonish"), Map.of("reason", "迟到", "on", "2025-02-05")).then().statusCode(200)
                .body("admonitions.size()", equalTo(1));
        post(DevTokens.auditor(), path(id, "propose-sanction"), Map.of("kind", "ADMONISH", "reason", "x", "on", "2025-02-01"))
                .then().statusCode(403);
    }

    /** 社区矫正法第44条: 解除 needs county-admin; 第45条: a missing person can die (the missing period ends that day). */
    @Test
    void terminationIsTheCountysAndAMissingPersonCanBeRecordedDeceased() {
        String id = person("2025-01-05", "2025-01-10");
        Map<String, Object> pardon = Map.of("on", "2025-10-01", "reason", "PARDONED", "certificateNo", "TS-1");
        post(officer(), path(id, "terminate"), pardon).then().statusCode(403);
        post(DevTokens.integration(), path(id, "terminate"), pardon).then().statusCode(403);
        act(SUBJECTS, id, "terminate", pardon).then().body("status", equalTo("TERMINATED"));

        String missing = person("2025-01-05", "2025-01-10");
        act(SUBJECTS, missing, "lost-contact", Map.of("on", "2025-03-01"));
        post(officer(), path(missing, "decease"), Map.of("on", "2025-04-01")).then().statusCode(200)
                .body("status", equalTo("DECEASED")).body("missingPeriods[0].to", equalTo("2025-04-01"))
                .body("endedOn", equalTo("2025-04-01"));
        String proposed = person("2025-01-05", "2025-01-10");
        act(SUBJECTS, proposed, "propose-revocation", Map.of("on", "2025-03-01", "grounds", List.of("OTHER_SERIOUS")));
        act(SUBJECTS, proposed, "decease", Map.of("on", "2025-03-10")).then().body("status", equalTo("DECEASED"))
                .body("courtDueOn", nullValue());
    }

    /**
     * 社区矫正法第27条; 实施办法第30条: a transfer within the county (county-admin) moves the record to the new township,
     * history kept; another county's township is 422; transfer-out ends the record.
     */
    @Test
    void transfersMoveTheRecordAndTransferOutEndsIt() {
        String id = person("2025-01-05", "2025-01-10");
        Map<String, Object> move = Map.of("on", "2025-03-01", "toTownshipCode", OTHER);
        post(officer(), path(id, "transfer"), move).then().statusCode(403);
        post(DevTokens.countyAdmin(), path(id, "transfer"), Map.of("on", "2025-03-01", "toTownshipCode", "519902101"))
                .then().statusCode(400); // not in the directory
        post(DevTokens.countyAdmin(), path(id, "transfer"), Map.of("on", "2025-03-01", "toTownshipCode", TOWN))
                .then().statusCode(400);
        act(SUBJECTS, id, "transfer", move).then().body("townshipCode", equalTo(OTHER))
                .body("transfers[0].fromTownshipCode", equalTo(TOWN)).body("transfers[0].toTownshipCode", equalTo(OTHER))
                .body("transfers[0].on", equalTo("2025-03-01")).body("status", equalTo("ACTIVE"));
        // the old township's officer no longer sees it, the new one's does
        get(officer(), SUBJECTS + "/" + id).then().statusCode(404);
        get(DevTokens.townshipOfficer(OTHER), SUBJECTS + "/" + id).then().statusCode(200);
        post(DevTokens.countyAdmin(), path(id, "transfer"), Map.of("on", "2025-03-01", "toTownshipCode", TOWN))
                .then().statusCode(400).body("errors[0].field", equalTo("on"));

        post(DevTokens.countyAdmin(), path(id, "transfer-out"), Map.of("on", "2025-04-01", "toCountyCode", "519901"))
                .then().statusCode(400);
        post(DevTokens.townshipOfficer(OTHER), path(id, "transfer-out"), Map.of("on", "2025-04-01", "toCountyCode", "519902"))
                .then().statusCode(403);
        act(SUBJECTS, id, "transfer-out", Map.of("on", "2025-04-01", "toCountyCode", "519902")).then()
                .body("status", equalTo("TRANSFERRED_OUT")).body("endedOn", equalTo("2025-04-01"))
                .body("transferredToCountyCode", equalTo("519902"));
        post(DevTokens.countyAdmin(), path(id, "check-in"), Map.of("on", "2025-04-02", "method", "PHONE")).then()
                .statusCode(409).body("currentStatus", equalTo("TRANSFERRED_OUT"));
    }

    private static long measure(String org, String from, String to, String measure) {
        return given().auth().oauth2(DevTokens.countyAdmin()).queryParam("orgCode", org).queryParam("from", from)
                .queryParam("to", to).get(cn.justice.correction.Fixtures.STATS).then().statusCode(200).extract()
                .jsonPath().getLong("measures." + measure);
    }

    /**
     * …/stats (the figures the gateway reconciles with): a transferred person counts in the old township before the
     * transfer and in the new one from its day (社区矫正法第27条); a handover on time counts as on time (第21条); a
     * proposal leaves the missing period open, the ruling ends it and the active stock (第46条). Year 2018: no other
     * test's records.
     */
    @Test
    void theStatsFollowTransfersHandoversAndRulings() {
        String moved = person("2018-01-05", "2018-01-10");
        act(SUBJECTS, moved, "transfer", Map.of("on", "2018-06-01", "toTownshipCode", OTHER));
        assertThat(measure(TOWN, "2018-01-01", "2018-05-31", "subjects_active")).isEqualTo(1);
        assertThat(measure(OTHER, "2018-01-01", "2018-05-31", "subjects_active")).isZero();
        assertThat(measure(TOWN, "2018-01-01", "2018-06-30", "subjects_active")).isZero();
        assertThat(measure(OTHER, "2018-01-01", "2018-06-30", "subjects_active")).isEqualTo(1);
        assertThat(measure(TOWN, "2018-01-01", "2018-12-31", "subjects_received")).isEqualTo(1);
        assertThat(measure(OTHER, "2018-01-01", "2018-12-31", "subjects_received")).isZero();
        assertThat(measure("519901", "2018-01-01", "2018-06-30", "subjects_active")).isEqualTo(1);

        Map<String, Object> mp = medicalParole("2018-03-01");
        mp.put("judgmentEffectiveOn", "2018-02-01");
        mp.put("correctionStart", "2018-02-01");
        String handed = createSubject(mp);
        act(SUBJECTS, handed, "report", Map.of("reportedOn", "2018-03-11"));
        assertThat(measure(TOWN, "2018-03-01", "2018-03-31", "subjects_reported_on_time")).isEqualTo(1);

        String missing = person("2018-01-05", "2018-01-10");
        act(SUBJECTS, missing, "lost-contact", Map.of("on", "2018-08-01"));
        act(SUBJECTS, missing, "propose-revocation", Map.of("on", "2018-09-10", "grounds", List.of("MISSING_OVER_MONTH")));
        assertThat(measure(TOWN, "2018-01-01", "2018-09-30", "subjects_missing")).isEqualTo(1);
        act(SUBJECTS, missing, "revoke", Map.of("on", "2018-10-08", "court", "X县人民法院", "rulingNo", "(2018)刑更7号"));
        assertThat(measure(TOWN, "2018-01-01", "2018-09-30", "subjects_missing")).isEqualTo(1);
        assertThat(measure(TOWN, "2018-01-01", "2018-10-31", "subjects_missing")).isZero();
        assertThat(measure(TOWN, "2018-01-01", "2018-10-31", "subjects_active")).isEqualTo(1); // the handed-over one
    }
}
