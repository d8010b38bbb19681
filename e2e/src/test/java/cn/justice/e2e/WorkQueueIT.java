package cn.justice.e2e;

import cn.justice.platform.personal.IdNumbers;
import cn.justice.testing.AppProcess;
import cn.justice.testing.BureauDay;
import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaBroker;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.justice.e2e.Stack.admin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The work queue (待办, docs/work-queue.md) from outside: the packaged correction, legal-aid, mediation,
 * rule-of-law and publicity services, the gateway and a real Kafka broker. Records are made through the gateway with past
 * dates the services accept (the services have no settable clock), so their deadlines are already past: each enters
 * the queue with its kind and due date, overdue with the severity of that date; acted on, it leaves the queue and the
 * next kind of the rules appears; a township officer of the record's township sees it, one of another township does
 * not (and may not ask for that township); a county record (rule of law) is in the county's queue only. Every
 * assertion is on one record's items ({@code recordId}), so the tests do not depend on each other.
 */
class WorkQueueIT {
    static final String COUNTY = "519901";
    static final String TOWN = "519901203";
    static final String OTHER_TOWN = "519901200";
    static final LocalDate TODAY = BureauDay.today();
    static KafkaBroker broker;
    static AppProcess correction;
    static AppProcess legalAid;
    static AppProcess mediation;
    static AppProcess ruleOfLaw;
    static AppProcess publicity;
    static AppProcess gateway;

    @BeforeAll
    static void startStack() {
        broker = KafkaBroker.fresh("e2e-queue-kafka").start();
        Map<String, String> common = Stack.common(broker, "quarkus.datasource.jdbc.max-size", "8");
        correction = Stack.service("correction-service", "correction_queue_e2e", common);
        legalAid = Stack.service("legal-aid-service", "legal_aid_queue_e2e", common);
        mediation = Stack.service("mediation-service", "mediation_queue_e2e", common);
        ruleOfLaw = Stack.service("rule-of-law-service", "rule_of_law_queue_e2e", common);
        publicity = Stack.service("publicity-service", "publicity_queue_e2e", common);
        gateway = Stack.gateway("gateway_queue_e2e", common, Map.of("correction", correction, "legal-aid", legalAid,
                "mediation", mediation, "rule-of-law", ruleOfLaw, "publicity", publicity));
        Stack.callThrough(gateway);
    }

    @AfterAll
    static void stopStack() {
        Stack.stop(gateway, publicity, ruleOfLaw, mediation, legalAid, correction, broker);
    }

    // ---- the queue ----------------------------------------------------------------------------------------------

    /** An expected item of a record: its kind, due date and whether it is overdue today. */
    record Item(String kind, LocalDate dueOn, boolean overdue) {
    }

    static Item item(String kind, LocalDate dueOn) {
        return new Item(kind, dueOn, TODAY.isAfter(dueOn));
    }

    static LocalDate day(int daysAgo) {
        return TODAY.minusDays(daysAgo);
    }

    /** docs/work-queue.md: OVERDUE from the day after dueOn, CRITICAL more than 7 days past, DUE from 3 days before. */
    static String severity(LocalDate dueOn) {
        if (TODAY.isAfter(dueOn.plusDays(7))) {
            return "CRITICAL";
        }
        if (TODAY.isAfter(dueOn)) {
            return "OVERDUE";
        }
        return TODAY.plusDays(3).isBefore(dueOn) ? "INFO" : "DUE";
    }

    static final Map<String, String[]> WHERE = Map.ofEntries(
            Map.entry("CORRECTION_REPORT_DUE", new String[]{"correction", "subject", "社区矫正对象报到期限"}),
            Map.entry("CORRECTION_CHECK_IN_DUE", new String[]{"correction", "subject", "社区矫正对象定期报告期限"}),
            Map.entry("CORRECTION_HEALTH_REPORT_DUE", new String[]{"correction", "subject", "暂予监外执行病情报告期限"}),
            Map.entry("CORRECTION_LEAVE_RETURN_OVERDUE", new String[]{"correction", "subject", "社区矫正对象外出逾期未销假"}),
            Map.entry("CORRECTION_MONITORING_EXPIRING", new String[]{"correction", "subject", "电子定位期限届满"}),
            Map.entry("CORRECTION_REVOCATION_RULING_DUE", new String[]{"correction", "subject", "提请撤销（收监）裁定期限"}),
            Map.entry("RELEASED_KEY_PERSON_CONNECTION_DUE", new String[]{"correction", "released-person", "重点帮教对象衔接期限"}),
            Map.entry("RELEASED_SUPPORT_PERIOD_ENDING", new String[]{"correction", "released-person", "安置帮教期届满"}),
            Map.entry("LEGAL_AID_DECISION_DUE", new String[]{"legal-aid", "application", "法律援助审查决定期限"}),
            Map.entry("LEGAL_AID_ASSIGNMENT_DUE", new String[]{"legal-aid", "application", "法律援助指派期限"}),
            Map.entry("LEGAL_AID_OBJECTION_DUE", new String[]{"legal-aid", "application", "法律援助异议审查期限"}),
            Map.entry("MEDIATION_DISPUTE_DUE", new String[]{"mediation", "dispute", "矛盾纠纷调解期限"}),
            Map.entry("MEDIATION_JUDICIAL_CONFIRMATION_WINDOW", new String[]{"mediation", "dispute", "调解协议司法确认申请期限"}),
            Map.entry("MEDIATION_ESCALATION_RISK", new String[]{"mediation", "dispute", "纠纷激化风险高待报告处置"}),
            Map.entry("ROL_DOCUMENT_REVIEW_DUE", new String[]{"rule-of-law", "document-review", "规范性文件合法性审查期限"}),
            Map.entry("ROL_RECONSIDERATION_ACCEPTANCE_DUE", new String[]{"rule-of-law", "reconsideration", "行政复议受理审查期限"}),
            Map.entry("ROL_RECONSIDERATION_DECISION_DUE", new String[]{"rule-of-law", "reconsideration", "行政复议决定期限"}),
            Map.entry("CORRECTION_SANCTION_PROPOSAL_PENDING", new String[]{"correction", "subject", "训诫警告提请待县级决定"}),
            Map.entry("LEGAL_AID_MATERIALS_DUE", new String[]{"legal-aid", "application", "法律援助补充材料期限"}),
            Map.entry("MEDIATION_AGREEMENT_FOLLOW_UP_DUE", new String[]{"mediation", "dispute", "调解协议履行回访期限"}),
            Map.entry("MEDIATION_MEDIATOR_TERM_ENDING", new String[]{"mediation", "mediator", "人民调解员任期届满"}),
            Map.entry("PUBLICITY_UNIT_YEAR_LIST_DUE", new String[]{"publicity", "responsible-unit", "普法责任清单报送期限"}),
            Map.entry("PUBLICITY_PLANNED_ACTIVITY_DUE", new String[]{"publicity", "activity", "普法活动计划开展期限"}));

    /** The items of {@code recordId} in the queue {@code token} gets for {@code orgCode} (null: the caller's default). */
    static List<Map<String, Object>> queue(String token, String orgCode, String recordId) {
        RequestSpecification r = given().auth().oauth2(token).queryParam("within", "P10Y").queryParam("size", 200);
        if (orgCode != null) {
            r.queryParam("orgCode", orgCode);
        }
        JsonPath p = r.get("/api/v1/work-queue").then().statusCode(200).extract().jsonPath();
        assertThat(p.getInt("total")).as("one page holds the whole queue").isLessThanOrEqualTo(200);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> i : p.<Map<String, Object>>getList("items")) {
            if (recordId.equals(i.get("recordId"))) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Waits until the county's queue holds exactly {@code expected} for the record (kinds and due dates), then checks
     * every field of each item: service, record type, township, overdue, severity and the title (the kind's title and
     * the due date, nothing else).
     */
    static void expect(String recordId, String township, Item... expected) {
        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(queue(DevTokens.countyAdmin(), COUNTY, recordId))
                        .extracting(i -> i.get("kind"), i -> i.get("dueOn"))
                        .as("items of " + recordId)
                        .containsExactlyInAnyOrder(java.util.Arrays.stream(expected)
                                .map(e -> tuple(e.kind(), e.dueOn().toString())).toArray(org.assertj.core.groups.Tuple[]::new)));
        for (Map<String, Object> i : queue(DevTokens.countyAdmin(), COUNTY, recordId)) {
            Item e = java.util.Arrays.stream(expected).filter(x -> x.kind().equals(i.get("kind"))).findFirst().orElseThrow();
            String[] where = WHERE.get(e.kind());
            assertThat(i.get("service")).as(e.kind()).isEqualTo(where[0]);
            assertThat(i.get("recordType")).as(e.kind()).isEqualTo(where[1]);
            assertThat(i.get("townshipCode")).as(e.kind()).isEqualTo(township);
            assertThat(i.get("overdue")).as(e.kind() + " overdue").isEqualTo(e.overdue());
            assertThat(i.get("severity")).as(e.kind() + " severity").isEqualTo(severity(e.dueOn()));
            assertThat(i.get("title")).as(e.kind()).isEqualTo(where[2] + " " + e.dueOn());
        }
    }

    /**
     * A township record: the officer of its township sees its items (in the default queue, the own township's), one
     * of another township does not, and may not ask for the record's township (403).
     */
    static void onlyItsTownshipSees(String recordId, String kind) {
        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(queue(DevTokens.townshipOfficer(TOWN), null, recordId)).extracting(i -> i.get("kind")).contains(kind));
        assertThat(queue(DevTokens.townshipOfficer(TOWN), TOWN, recordId)).extracting(i -> i.get("kind")).contains(kind);
        assertThat(queue(DevTokens.townshipOfficer(OTHER_TOWN), null, recordId)).isEmpty();
        assertThat(queue(DevTokens.countyAdmin(), OTHER_TOWN, recordId)).isEmpty();
        given().auth().oauth2(DevTokens.townshipOfficer(OTHER_TOWN)).queryParam("orgCode", TOWN).get("/api/v1/work-queue")
                .then().statusCode(403);
    }

    /** The kind filter gives the record's item of that kind and no other kind. */
    static void kindFilter(String recordId, String kind) {
        JsonPath p = given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", COUNTY).queryParam("within", "P10Y")
                .queryParam("kind", kind).queryParam("size", 200).get("/api/v1/work-queue").then().statusCode(200)
                .extract().jsonPath();
        assertThat(p.getList("items.kind", String.class)).containsOnly(kind);
        assertThat(p.getList("items.recordId", String.class)).contains(recordId);
    }

    static String create(String path, Object body) {
        return admin().body(body).post(path).then().statusCode(201).extract().path("id");
    }

    static void act(String path, String id, String action, Object body) {
        admin().body(body).post(path + "/" + id + "/" + action).then().statusCode(200);
    }

    // ---- 社区矫正 ----------------------------------------------------------------------------------------------------

    static final String SUBJECTS = "/api/v1/correction/subjects";
    static final String RELEASED = "/api/v1/correction/released-persons";

    static String idNumber(String birth, String seq) {
        String first17 = "519901" + birth.replace("-", "") + seq;
        return first17 + IdNumbers.checkCharacter(first17);
    }

    static Map<String, Object> subject(String category, LocalDate judgment, String level, String birth, String seq) {
        Map<String, Object> b = new HashMap<>(Map.of("name", "赵六", "idNumber", idNumber(birth, seq),
                "gender", "MALE", "birthDate", birth, "townshipCode", TOWN, "category", category, "crime", "盗窃罪",
                "sentence", "有期徒刑一年，缓刑一年", "decisionAuthority", "X县人民法院", "supervisionLevel", level));
        b.put("judgmentEffectiveOn", judgment.toString());
        b.put("correctionStart", judgment.toString());
        b.put("correctionEnd", judgment.plusYears(1).toString());
        b.put("receivedOn", judgment.plusDays(1).toString());
        return b;
    }

    /**
     * 缓刑, 严管 (STRICT, weekly): the judgment took effect 30 days ago, so the report (10 days) is 20 days overdue;
     * reported 10 days ago, the weekly check-in is due 3 days ago; a leave that ended 5 days ago without 销假 is
     * overdue until the return is recorded; checked in today, the next check-in is due in a week; an electronic
     * monitoring period is expiring on its last day until it is stopped.
     */
    @Test
    void aProbationerFromReportToCheckInLeaveAndMonitoring() {
        String id = create(SUBJECTS, subject("PROBATION", day(30), "STRICT", "1985-06-15", "411"));
        expect(id, TOWN, item("CORRECTION_REPORT_DUE", day(20)));
        onlyItsTownshipSees(id, "CORRECTION_REPORT_DUE");
        kindFilter(id, "CORRECTION_REPORT_DUE");

        act(SUBJECTS, id, "report", Map.of("reportedOn", day(10).toString()));
        expect(id, TOWN, item("CORRECTION_CHECK_IN_DUE", day(3)));
        onlyItsTownshipSees(id, "CORRECTION_CHECK_IN_DUE");

        act(SUBJECTS, id, "leave", Map.of("from", day(8).toString(), "to", day(5).toString(), "destination", "成都市",
                "reason", "探亲"));
        expect(id, TOWN, item("CORRECTION_CHECK_IN_DUE", day(3)), item("CORRECTION_LEAVE_RETURN_OVERDUE", day(1)));
        onlyItsTownshipSees(id, "CORRECTION_LEAVE_RETURN_OVERDUE");
        act(SUBJECTS, id, "leave-return", Map.of("on", TODAY.toString()));
        expect(id, TOWN, item("CORRECTION_CHECK_IN_DUE", day(3)));

        act(SUBJECTS, id, "check-in", Map.of("on", TODAY.toString(), "method", "IN_PERSON"));
        expect(id, TOWN, item("CORRECTION_CHECK_IN_DUE", TODAY.plusWeeks(1)));

        act(SUBJECTS, id, "monitoring/start", Map.of("from", TODAY.toString(), "to", TODAY.plusDays(29).toString(),
                "deviceId", "GPS-0001", "approvedBy", "X县司法局", "reason", "违反禁止令", "ground", "PROHIBITION_VIOLATED"));
        expect(id, TOWN, item("CORRECTION_CHECK_IN_DUE", TODAY.plusWeeks(1)),
                item("CORRECTION_MONITORING_EXPIRING", TODAY.plusDays(29)));
        onlyItsTownshipSees(id, "CORRECTION_MONITORING_EXPIRING");
        act(SUBJECTS, id, "monitoring/stop", Map.of("on", TODAY.toString(), "reason", "期满解除"));
        expect(id, TOWN, item("CORRECTION_CHECK_IN_DUE", TODAY.plusWeeks(1)));
    }

    /**
     * 暂予监外执行: the decision was received 35 days ago, so the handover (10 days) is overdue; handed over 33 days
     * ago, the monthly health report and the (普管, monthly) check-in are overdue; the health report today moves its
     * item a month ahead.
     */
    @Test
    void aMedicalParoleeFromHandoverToTheMonthlyHealthReport() {
        Map<String, Object> b = subject("MEDICAL_PAROLE", day(40), "ORDINARY", "1970-03-03", "412");
        b.put("decisionReceivedOn", day(35).toString());
        b.put("receivedOn", day(35).toString());
        String id = create(SUBJECTS, b);
        expect(id, TOWN, item("CORRECTION_REPORT_DUE", day(25)));

        act(SUBJECTS, id, "report", Map.of("reportedOn", day(33).toString(), "handedOverBy", "PRISON"));
        expect(id, TOWN, item("CORRECTION_HEALTH_REPORT_DUE", day(33).plusMonths(1)),
                item("CORRECTION_CHECK_IN_DUE", day(33).plusMonths(1)));
        assertThat(day(33).plusMonths(1)).isBefore(TODAY);
        onlyItsTownshipSees(id, "CORRECTION_HEALTH_REPORT_DUE");

        act(SUBJECTS, id, "health-report", Map.of("on", TODAY.toString(), "hospital", "X县人民医院"));
        expect(id, TOWN, item("CORRECTION_HEALTH_REPORT_DUE", TODAY.plusMonths(1)),
                item("CORRECTION_CHECK_IN_DUE", day(33).plusMonths(1)));
    }

    /**
     * 提请撤销缓刑 40 days ago: the court's ruling (30 days) is 10 days overdue; the ruling today ends the correction
     * and every item of the person leaves the queue.
     */
    @Test
    void aRevocationProposalAwaitsTheCourtUntilTheRuling() {
        String id = create(SUBJECTS, subject("PROBATION", day(60), "ORDINARY", "1979-11-20", "413"));
        act(SUBJECTS, id, "report", Map.of("reportedOn", day(55).toString()));
        expect(id, TOWN, item("CORRECTION_CHECK_IN_DUE", day(55).plusMonths(1)));
        act(SUBJECTS, id, "propose-revocation", Map.of("on", day(40).toString(), "grounds", List.of("TWO_WARNINGS")));
        expect(id, TOWN, item("CORRECTION_REVOCATION_RULING_DUE", day(10)), item("CORRECTION_CHECK_IN_DUE", day(55).plusMonths(1)));
        onlyItsTownshipSees(id, "CORRECTION_REVOCATION_RULING_DUE");

        act(SUBJECTS, id, "revoke", Map.of("on", TODAY.toString(), "court", "X县人民法院", "rulingNo", "(2026)刑更9号"));
        expect(id, TOWN);
    }

    /**
     * 刑满释放: a key person (重点帮教对象) released 5 days ago and not connected is overdue (必接必送) until connected,
     * the 帮教期 ends 5 years after release; a person released 5 years and 3 days ago is past the end of the 帮教期
     * until the record is closed as PERIOD_ENDED.
     */
    @Test
    void releasedPersonsAreConnectedAndClosedAtTheEndOfTheSupportPeriod() {
        String key = create(RELEASED, Map.of("name", "钱七", "idNumber", idNumber("1990-01-05", "414"), "gender", "MALE",
                "townshipCode", TOWN, "releasedOn", day(5).toString(), "releasingInstitution", "X省第一监狱", "keyPerson", true));
        expect(key, TOWN, item("RELEASED_KEY_PERSON_CONNECTION_DUE", day(5)),
                item("RELEASED_SUPPORT_PERIOD_ENDING", day(5).plusYears(5)));
        onlyItsTownshipSees(key, "RELEASED_KEY_PERSON_CONNECTION_DUE");
        act(RELEASED, key, "connect", Map.of("on", day(4).toString()));
        expect(key, TOWN, item("RELEASED_SUPPORT_PERIOD_ENDING", day(5).plusYears(5)));
        // within P7D (the default) lists only what is due within a week or overdue: not the end five years ahead
        assertThat(given().auth().oauth2(DevTokens.countyAdmin()).queryParam("orgCode", COUNTY).queryParam("size", 200)
                .get("/api/v1/work-queue").then().statusCode(200).extract().jsonPath()
                .getList("items.recordId", String.class)).doesNotContain(key);

        LocalDate released = TODAY.minusYears(5).minusDays(3);
        String ended = create(RELEASED, Map.of("name", "孙八", "idNumber", idNumber("1975-04-09", "415"), "gender", "MALE",
                "townshipCode", TOWN, "releasedOn", released.toString(), "keyPerson", false));
        expect(ended, TOWN, item("RELEASED_SUPPORT_PERIOD_ENDING", released.plusYears(5)));
        assertThat(released.plusYears(5)).isBefore(TODAY);
        onlyItsTownshipSees(ended, "RELEASED_SUPPORT_PERIOD_ENDING");
        act(RELEASED, ended, "close", Map.of("on", TODAY.toString(), "reason", "PERIOD_ENDED"));
        expect(ended, TOWN);
    }

    // ---- 法律援助 ----------------------------------------------------------------------------------------------------

    static final String APPLICATIONS = "/api/v1/legal-aid/applications";

    static Map<String, Object> application(LocalDate receivedOn, String idTail) {
        return Map.of("applicant", Map.of("name", "赵小六", "idNumber", idNumber("1988-06-15", idTail),
                        "groups", List.of("MIGRANT_WORKER")),
                "channel", "WALK_IN", "townshipCode", TOWN, "caseType", "LABOR_ARBITRATION", "matter", "LABOR_RELATION_PAY",
                "economicHardship", "CLAIMED", "receivedOn", receivedOn.toString());
    }

    /**
     * Received 10 days ago: the decision (7 days) is 3 days overdue, under review too; granted 5 days ago, the
     * assignment (3 days) is 2 days overdue until it is assigned, then nothing is left.
     */
    @Test
    void anApplicationFromTheDecisionToTheAssignment() {
        String id = create(APPLICATIONS, application(day(10), "421"));
        expect(id, TOWN, item("LEGAL_AID_DECISION_DUE", day(3)));
        onlyItsTownshipSees(id, "LEGAL_AID_DECISION_DUE");
        kindFilter(id, "LEGAL_AID_DECISION_DUE");
        act(APPLICATIONS, id, "review", Map.of("on", day(9).toString()));
        expect(id, TOWN, item("LEGAL_AID_DECISION_DUE", day(3)));

        act(APPLICATIONS, id, "grant", Map.of("decidedOn", day(5).toString()));
        expect(id, TOWN, item("LEGAL_AID_ASSIGNMENT_DUE", day(2)));
        onlyItsTownshipSees(id, "LEGAL_AID_ASSIGNMENT_DUE");

        act(APPLICATIONS, id, "assign", Map.of("provider", Map.of("kind", "LAWYER", "name", "孙律师",
                "org", "X县正义律师事务所", "yearsOfPractice", 4), "assignedOn", TODAY.toString()));
        expect(id, TOWN);
    }

    /**
     * Denied 8 days ago (nothing to do), objected to 7 days ago: the objection (5 days) is 2 days overdue; corrected
     * today, the application is under review again and its decision is due in 7 days.
     */
    @Test
    void anObjectionToADenialIsDecidedAndTheReviewReopens() {
        String id = create(APPLICATIONS, application(day(10), "422"));
        act(APPLICATIONS, id, "review", Map.of("on", day(9).toString()));
        act(APPLICATIONS, id, "deny", Map.of("decidedOn", day(8).toString(), "reason", "不符合经济困难标准"));
        expect(id, TOWN);
        act(APPLICATIONS, id, "object", Map.of("on", day(7).toString(), "reason", "申请人认为其经济困难状况属实"));
        expect(id, TOWN, item("LEGAL_AID_OBJECTION_DUE", day(2)));
        onlyItsTownshipSees(id, "LEGAL_AID_OBJECTION_DUE");

        act(APPLICATIONS, id, "objection-decision", Map.of("on", TODAY.toString(), "result", "CORRECTED"));
        expect(id, TOWN, item("LEGAL_AID_DECISION_DUE", TODAY.plusDays(7)));
    }

    // ---- 人民调解 ----------------------------------------------------------------------------------------------------

    static final String DISPUTES = "/api/v1/mediation/disputes";

    static Map<String, Object> dispute(String committee, LocalDate registeredOn, String risk) {
        Map<String, Object> b = new HashMap<>(Map.of("townshipCode", TOWN, "committeeId", committee, "source", "APPLICATION",
                "category", "LAND", "summary", "土地边界纠纷", "registeredOn", registeredOn.toString(),
                "parties", List.of(Map.of("name", "阿苦", "role", "APPLICANT"), Map.of("name", "吉木", "role", "RESPONDENT"))));
        if (risk != null) {
            b.put("escalationRisk", risk);
        }
        return b;
    }

    /**
     * Accepted 40 days ago: the mediation (30 days) is 10 days overdue; settled by a written agreement signed 31 days
     * ago, the window for judicial confirmation (30 days) ended yesterday — the dispute leaves that item once the
     * confirmation is applied for (on its last day). A dispute at HIGH risk of escalating is to be reported at once:
     * due today until it is reported to the police.
     */
    @Test
    void disputesFromMediationToJudicialConfirmationAndTheEscalationReport() {
        String committee = create("/api/v1/mediation/committees", Map.of("name", "洛乌乡人民调解委员会", "type", "TOWNSHIP",
                "townshipCode", TOWN, "establishedOn", "2020-05-01", "memberCount", 5));
        String mediator = create("/api/v1/mediation/mediators", Map.of("name", "阿牛", "committeeId", committee,
                "kind", "FULL_TIME", "traditional", false, "appointedOn", "2021-01-01"));

        String id = create(DISPUTES, dispute(committee, day(40), null));
        expect(id, TOWN);
        act(DISPUTES, id, "accept", Map.of("mediatorIds", List.of(mediator), "acceptedOn", day(40).toString()));
        expect(id, TOWN, item("MEDIATION_DISPUTE_DUE", day(10)));
        onlyItsTownshipSees(id, "MEDIATION_DISPUTE_DUE");
        kindFilter(id, "MEDIATION_DISPUTE_DUE");

        act(DISPUTES, id, "succeed", Map.of("agreement", Map.of("form", "WRITTEN", "signedOn", day(31).toString(),
                "terms", "双方按界桩划界"), "closedOn", day(31).toString()));
        expect(id, TOWN, item("MEDIATION_JUDICIAL_CONFIRMATION_WINDOW", day(1)));
        onlyItsTownshipSees(id, "MEDIATION_JUDICIAL_CONFIRMATION_WINDOW");
        act(DISPUTES, id, "judicial-confirmation", Map.of("appliedOn", day(1).toString(), "court", "X县人民法院",
                "jointApplication", true, "identityRelation", false));
        expect(id, TOWN);

        String risky = create(DISPUTES, dispute(committee, TODAY, "HIGH"));
        expect(risky, TOWN, item("MEDIATION_ESCALATION_RISK", TODAY));
        onlyItsTownshipSees(risky, "MEDIATION_ESCALATION_RISK");
        long version = admin().get(DISPUTES + "/" + risky).then().statusCode(200).extract().jsonPath().getLong("version");
        Map<String, Object> update = dispute(committee, TODAY, "HIGH");
        update.remove("townshipCode");
        update.remove("registeredOn");
        update.remove("source");
        update.put("version", version);
        update.put("reportedToPoliceOn", TODAY.toString());
        admin().body(update).put(DISPUTES + "/" + risky).then().statusCode(200);
        expect(risky, TOWN);
    }

    // ---- 法治政府建设 (county records) ---------------------------------------------------------------------------------

    static final String REVIEWS = "/api/v1/rule-of-law/document-reviews";
    static final String RECONSIDERATIONS = "/api/v1/rule-of-law/reconsiderations";

    static LocalDate dateOf(String path, String id, String field) {
        return LocalDate.parse(admin().get(path + "/" + id).then().statusCode(200).extract().path(field));
    }

    /** A county record: in the county's queue (no township), in no township officer's queue. */
    static void onlyTheCountySees(String recordId) {
        assertThat(queue(DevTokens.auditor(), null, recordId)).isNotEmpty(); // the auditor's default: the county
        assertThat(queue(DevTokens.townshipOfficer(TOWN), null, recordId)).isEmpty();
        assertThat(queue(DevTokens.countyAdmin(), TOWN, recordId)).isEmpty();
        given().auth().oauth2(DevTokens.townshipOfficer(TOWN)).queryParam("orgCode", COUNTY).get("/api/v1/work-queue")
                .then().statusCode(403);
    }

    /**
     * A draft received 40 days ago: its review (15 working days, the service's dueOn) is overdue, also once started;
     * the opinion takes it out of the queue.
     */
    @Test
    void aDocumentReviewReceivedWeeksAgoIsOverdueUntilTheOpinion() {
        String id = create(REVIEWS, Map.of("title", "X县城乡居民临时救助办法", "draftingUnit", "X县民政局",
                "receivedOn", day(40).toString()));
        LocalDate due = dateOf(REVIEWS, id, "dueOn");
        assertThat(due).isAfterOrEqualTo(day(40).plusDays(15)).isBefore(TODAY);
        expect(id, null, item("ROL_DOCUMENT_REVIEW_DUE", due));
        onlyTheCountySees(id);
        act(REVIEWS, id, "start-review", Map.of("on", day(39).toString()));
        expect(id, null, item("ROL_DOCUMENT_REVIEW_DUE", due));
        act(REVIEWS, id, "issue-opinion", Map.of("opinion", "AMEND", "opinionNo", "X司审〔" + TODAY.getYear() + "〕9号"));
        expect(id, null);
    }

    /**
     * Applied for 50 days ago: the acceptance (5 working days) is overdue; accepted the next day under the simple
     * procedure, the decision (30 days) is overdue; decided today, nothing is left.
     */
    @Test
    void aReconsiderationFromAcceptanceToDecision() {
        String id = create(RECONSIDERATIONS, Map.of(
                "applicant", Map.of("name", "欧阳明月", "idNumber", "519901198503121235", "phone", "13812341234"),
                "respondentAgency", "X县自然资源局", "actionType", "PENALTY",
                "knewOn", day(55).toString(), "appliedOn", day(50).toString()));
        LocalDate acceptanceDue = dateOf(RECONSIDERATIONS, id, "acceptanceDueOn");
        assertThat(acceptanceDue).isAfterOrEqualTo(day(45)).isBefore(TODAY);
        expect(id, null, item("ROL_RECONSIDERATION_ACCEPTANCE_DUE", acceptanceDue));
        onlyTheCountySees(id);

        act(RECONSIDERATIONS, id, "accept", Map.of("procedure", "SIMPLE", "acceptedOn", day(49).toString()));
        LocalDate decisionDue = dateOf(RECONSIDERATIONS, id, "decisionDueOn");
        assertThat(decisionDue).isEqualTo(day(49).plusDays(30));
        expect(id, null, item("ROL_RECONSIDERATION_DECISION_DUE", decisionDue));
        onlyTheCountySees(id);

        act(RECONSIDERATIONS, id, "decide", Map.of("decision", "MAINTAIN"));
        expect(id, null);
    }

    // ---- kinds added since the first set ---------------------------------------------------------------------------

    /**
     * 训诫 proposed by the township office 3 days ago (实施办法第34条) awaits the county's decision — overdue from the
     * day after the proposal — until the county admonishes; the check-in item stays as it was.
     */
    @Test
    void aSanctionProposalAwaitsTheCountyUntilItDecides() {
        String id = create(SUBJECTS, subject("PROBATION", day(60), "ORDINARY", "1982-02-02", "415"));
        act(SUBJECTS, id, "report", Map.of("reportedOn", day(55).toString()));
        Item checkIn = item("CORRECTION_CHECK_IN_DUE", day(55).plusMonths(1));
        expect(id, TOWN, checkIn);
        given().auth().oauth2(DevTokens.townshipOfficer(TOWN)).contentType(ContentType.JSON)
                .body(Map.of("kind", "ADMONISH", "reason", "未经批准离开居住地", "on", day(3).toString()))
                .post(SUBJECTS + "/" + id + "/propose-sanction").then().statusCode(200);
        expect(id, TOWN, checkIn, item("CORRECTION_SANCTION_PROPOSAL_PENDING", day(3)));
        onlyItsTownshipSees(id, "CORRECTION_SANCTION_PROPOSAL_PENDING");
        kindFilter(id, "CORRECTION_SANCTION_PROPOSAL_PENDING");
        act(SUBJECTS, id, "admonish", Map.of("reason", "未经批准离开居住地", "on", TODAY.toString()));
        expect(id, TOWN, checkIn);
    }

    /**
     * Materials requested 2 days ago, due today (一次性告知, 法律援助法第43条): the decision waits, the materials are due
     * (DUE) until received; then the decision is due again on the date the service moved it to.
     */
    @Test
    void requestedMaterialsAreDueUntilReceived() {
        String id = create(APPLICATIONS, application(day(4), "423"));
        act(APPLICATIONS, id, "review", Map.of("on", day(4).toString()));
        act(APPLICATIONS, id, "request-materials", Map.of("items", List.of("劳动合同"), "on", day(2).toString(),
                "dueOn", TODAY.toString()));
        expect(id, TOWN, item("LEGAL_AID_MATERIALS_DUE", TODAY));
        onlyItsTownshipSees(id, "LEGAL_AID_MATERIALS_DUE");
        act(APPLICATIONS, id, "materials-received", Map.of("on", TODAY.toString()));
        String due = admin().get(APPLICATIONS + "/" + id).then().statusCode(200).extract().path("decisionDueOn");
        expect(id, TOWN, item("LEGAL_AID_DECISION_DUE", LocalDate.parse(due)));
    }

    /**
     * An oral agreement to be performed 3 days ago wants its 回访 the day after (overdue) until a follow-up on or after
     * the performance date; a mediator whose term ended 10 days ago (CRITICAL) until retired.
     */
    @Test
    void anAgreementsFollowUpAndAMediatorsTermComeDue() {
        String committee = create("/api/v1/mediation/committees", Map.of("name", "洛乌乡第二人民调解委员会", "type", "TOWNSHIP",
                "townshipCode", TOWN, "establishedOn", "2020-05-01", "memberCount", 5));
        String mediator = create("/api/v1/mediation/mediators", Map.of("name", "阿牛", "committeeId", committee,
                "kind", "FULL_TIME", "traditional", false, "appointedOn", "2021-01-01", "termEndsOn", day(10).toString()));
        expect(mediator, TOWN, item("MEDIATION_MEDIATOR_TERM_ENDING", day(10)));
        onlyItsTownshipSees(mediator, "MEDIATION_MEDIATOR_TERM_ENDING");

        String id = create(DISPUTES, dispute(committee, day(20), null));
        act(DISPUTES, id, "accept", Map.of("mediatorIds", List.of(mediator), "acceptedOn", day(20).toString()));
        act(DISPUTES, id, "succeed", Map.of("agreement", Map.of("form", "ORAL", "signedOn", day(10).toString(),
                "terms", "赔偿青苗损失", "performBy", day(3).toString()), "closedOn", day(10).toString()));
        expect(id, TOWN, item("MEDIATION_AGREEMENT_FOLLOW_UP_DUE", day(2)));
        onlyItsTownshipSees(id, "MEDIATION_AGREEMENT_FOLLOW_UP_DUE");
        act(DISPUTES, id, "follow-up", Map.of("date", day(1).toString(), "performed", "YES", "notes", "已按期赔偿"));
        expect(id, TOWN);

        act("/api/v1/mediation/mediators", mediator, "retire", Map.of("retiredOn", TODAY.toString()));
        expect(mediator, TOWN);
    }

    /**
     * 谁执法谁普法: a responsible unit (a county record) owes this year's 普法责任清单 by 31 March — overdue in December —
     * then next year's; with both filed it has nothing due. An activity planned for 3 days ago and neither held nor
     * cancelled is overdue until it is held.
     */
    @Test
    void aResponsibleUnitsYearListsAndAPlannedActivity() {
        String units = "/api/v1/publicity/responsible-units";
        String unit = create(units, Map.of("name", "X县市场监督管理局", "kind", "COURT"));
        int year = TODAY.getYear();
        expect(unit, null, item("PUBLICITY_UNIT_YEAR_LIST_DUE", LocalDate.of(year, 3, 31)));
        onlyTheCountySees(unit);
        admin().body(Map.of("items", List.of("食品安全法宣传"), "plannedActivities", 2)).put(units + "/" + unit + "/years/" + year)
                .then().statusCode(200);
        expect(unit, null, item("PUBLICITY_UNIT_YEAR_LIST_DUE", LocalDate.of(year + 1, 3, 31)));
        admin().body(Map.of("items", List.of("食品安全法宣传"), "plannedActivities", 2)).put(units + "/" + unit + "/years/" + (year + 1))
                .then().statusCode(200);
        expect(unit, null);

        String activity = create("/api/v1/publicity/activities", Map.of("title", "食品安全法进村寨", "theme", "CONSTITUTION",
                "heldOn", day(3).toString(), "townshipCode", TOWN, "venue", "VILLAGE", "format", "LECTURE",
                "organizerUnitId", unit));
        expect(activity, TOWN, item("PUBLICITY_PLANNED_ACTIVITY_DUE", day(3)));
        onlyItsTownshipSees(activity, "PUBLICITY_PLANNED_ACTIVITY_DUE");
        act("/api/v1/publicity/activities", activity, "hold", Map.of("heldOn", day(3).toString(), "participants", 80,
                "materialsDistributed", 120));
        expect(activity, TOWN);
    }
}
