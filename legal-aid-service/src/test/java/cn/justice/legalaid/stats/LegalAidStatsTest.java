package cn.justice.legalaid.stats;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.justice.legalaid.Fixtures.ADVISORS;
import static cn.justice.legalaid.Fixtures.APPLICATIONS;
import static cn.justice.testing.Residents.CHILD_ID;
import static cn.justice.legalaid.Fixtures.CONSULTATIONS;
import static cn.justice.legalaid.Fixtures.DUTY_LAWYER_SERVICES;
import static cn.justice.legalaid.Fixtures.NOTARIZATIONS;
import static cn.justice.legalaid.Fixtures.STATS;
import static cn.justice.legalaid.Fixtures.WORKSTATIONS;
import static cn.justice.legalaid.Fixtures.XINCHA;
import static cn.justice.legalaid.Fixtures.act;
import static cn.justice.legalaid.Fixtures.applicant;
import static cn.justice.legalaid.Fixtures.application;
import static cn.justice.legalaid.Fixtures.post;
import static cn.justice.legalaid.Fixtures.receive;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET …/stats over a known data set with exact figures. The data set lives in 2012–2015, dates no other test of the
 * module uses, so the figures are the data set's alone: flows count records whose own date lies in [from, to], stocks
 * are the state at the end of {@code to}, a township's figures are its own, the county's include county-wide records.
 */
@QuarkusTest
class LegalAidStatsTest {
    static final String COUNTY = "519901";
    static final String SHADAI = "519901201";
    static final String ZELA = "519901202";
    static final Map<String, Object> LAWYER = Map.of("kind", "LAWYER", "name", "李律师", "org", "X县正义律师事务所");

    static Map<String, Long> stats(String org, String from, String to) {
        Map<String, Object> m = given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", org)
                .queryParam("from", from).queryParam("to", to).get(STATS)
                .then().statusCode(200).extract().jsonPath().getMap("measures");
        Map<String, Long> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, ((Number) v).longValue()));
        return out;
    }

    static Map<String, Long> expect(long... values) {
        String[] names = {"applications_received", "applications_decided", "applications_granted", "eligible_decided",
                "eligible_granted", "decided_within_deadline", "cases_closed", "assigned_within_deadline",
                "subsidies_paid", "consultations", "notarizations", "duty_lawyer_services", "workstations_active",
                "townships_with_workstation", "villages_total", "villages_with_advisor"};
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], values[i]);
        }
        return m;
    }

    static String reviewed(String township, String receivedOn) {
        String id = receive(application(township, receivedOn));
        act(id, "review", Map.of("on", receivedOn));
        return id;
    }

    static void workstation(String township, String openedOn, String closedOn) {
        Map<String, Object> b = new HashMap<>(Map.of("name", "工作站", "kind", "JUSTICE_OFFICE", "townshipCode", township,
                "openedOn", openedOn));
        if (closedOn != null) {
            b.put("closedOn", closedOn);
        }
        post(DevTokens.countyAdmin(), WORKSTATIONS, b).then().statusCode(201);
    }

    static void advisor(String village, String from, String to) {
        Map<String, Object> b = new HashMap<>(Map.of("villageCode", village, "advisorName", "顾问", "firm", "律所", "from", from));
        if (to != null) {
            b.put("to", to);
        }
        post(DevTokens.countyAdmin(), ADVISORS, b).then().statusCode(201);
    }

    static void count(String path, String township, String date, int count, Map<String, Object> extra) {
        Map<String, Object> b = new HashMap<>(extra);
        b.put("date", date);
        b.put("count", count);
        if (township != null) {
            b.put("townshipCode", township);
        }
        post(DevTokens.countyAdmin(), path, b).then().statusCode(201);
    }

    private static boolean loaded;

    /** Loads the data set once, through the API (RestAssured knows the test port only once a test runs). */
    static synchronized void dataSet() {
        if (loaded) {
            return;
        }
        loaded = true;
        // A1: eligible, granted in time, assigned, closed in 2014
        String a1 = reviewed(XINCHA, "2014-03-03");
        act(a1, "grant", Map.of("decidedOn", "2014-03-05"));
        act(a1, "assign", Map.of("provider", LAWYER, "assignedOn", "2014-03-06"));
        act(a1, "close", Map.of("closedOn", "2014-09-01", "outcome", "WON", "subsidyAmount", 1500.50));
        // A2: eligible, denied late (应援未援)
        String a2 = reviewed(XINCHA, "2014-04-01");
        act(a2, "deny", Map.of("decidedOn", "2014-04-20", "reason", "材料不全"));
        // A3: not eligible (OTHER matter), granted in time
        Map<String, Object> other = application(XINCHA, "2014-05-01");
        other.put("matter", "OTHER");
        other.put("economicHardship", "VERIFIED");
        String a3 = receive(other);
        act(a3, "review", Map.of("on", "2014-05-01"));
        act(a3, "grant", Map.of("decidedOn", "2014-05-02"));
        // A4: received in 2014, decided in 2015
        String a4 = reviewed(XINCHA, "2014-12-30");
        act(a4, "grant", Map.of("decidedOn", "2015-01-02"));
        // assigned a day past assignmentDueOn (2015-01-05): not in assigned_within_deadline
        act(a4, "assign", Map.of("provider", LAWYER, "assignedOn", "2015-01-06"));
        // A5: received in 2013, decided (granted, in time) in 2014
        String a5 = reviewed(XINCHA, "2013-12-28");
        act(a5, "grant", Map.of("decidedOn", "2014-01-03"));
        act(a5, "assign", Map.of("provider", LAWYER, "assignedOn", "2014-01-07"));
        // A6: another township, an authority notice granted on receipt
        Map<String, Object> notice = application(SHADAI, "2014-06-01");
        notice.put("applicant", applicant(CHILD_ID));
        notice.put("channel", "AUTHORITY_NOTICE");
        notice.put("caseType", "CRIMINAL_DEFENSE");
        notice.put("matter", "CRIMINAL");
        notice.put("mandatoryDefenseGround", "MINOR");
        String a6 = receive(notice);
        // assigned on its assignmentDueOn (receipt + 3 days): in time
        act(a6, "assign", Map.of("provider", Map.of("kind", "LAWYER", "name", "王律师", "org", "X县正义律师事务所"),
                "assignedOn", "2014-06-04"));
        // A7: emergency assignment, not decided
        String a7 = receive(application(XINCHA, "2014-07-01"));
        act(a7, "assign", Map.of("provider", LAWYER, "assignedOn", "2014-07-01", "emergency", true,
                "emergencyGround", "PRESERVATION_NEEDED"));
        // A8: withdrawn
        String a8 = receive(application(XINCHA, "2014-08-01"));
        act(a8, "withdraw", Map.of("on", "2014-08-02"));
        // A9: decided and assigned in 2013, closed in 2014
        String a9 = reviewed(XINCHA, "2013-11-01");
        act(a9, "grant", Map.of("decidedOn", "2013-11-02"));
        act(a9, "assign", Map.of("provider", LAWYER, "assignedOn", "2013-11-03"));
        act(a9, "close", Map.of("closedOn", "2014-02-01", "outcome", "MEDIATED", "subsidyAmount", 800.49));

        Map<String, Object> walkIn = Map.of("channel", "WALK_IN", "topic", "咨询");
        count(CONSULTATIONS, XINCHA, "2014-02-01", 12, walkIn);
        count(CONSULTATIONS, XINCHA, "2014-11-30", 3, walkIn);
        count(CONSULTATIONS, XINCHA, "2013-12-31", 100, walkIn);
        count(CONSULTATIONS, SHADAI, "2014-05-05", 7, walkIn);
        count(NOTARIZATIONS, null, "2014-03-03", 10, Map.of("kind", "CIVIL"));
        count(NOTARIZATIONS, XINCHA, "2014-03-04", 4, Map.of("kind", "ECONOMIC"));
        count(NOTARIZATIONS, SHADAI, "2015-01-01", 9, Map.of("kind", "CIVIL"));
        count(DUTY_LAWYER_SERVICES, null, "2014-03-03", 20, Map.of("place", "DETENTION_CENTER", "kind", "ADVICE"));
        count(DUTY_LAWYER_SERVICES, XINCHA, "2014-05-05", 5, Map.of("place", "COURT", "kind", "PLEA_WITNESS"));
        count(DUTY_LAWYER_SERVICES, XINCHA, "2015-01-01", 3, Map.of("place", "PROCURATORATE", "kind", "OTHER"));

        workstation(XINCHA, "2013-01-01", null);
        workstation(XINCHA, "2014-06-01", "2014-12-31");
        workstation(XINCHA, "2014-02-01", null);
        workstation(SHADAI, "2015-01-01", null);
        workstation(SHADAI, "2012-01-01", "2013-06-30");
        workstation(ZELA, "2014-12-31", null);

        advisor("519901200201", "2013-01-01", null);
        advisor("519901200201", "2014-01-01", "2014-12-31");
        advisor("519901200202", "2014-01-01", "2014-12-30");
        advisor("519901200203", "2014-06-01", "2014-12-31");
        advisor("519901201201", "2014-01-01", null);
    }

    @Test
    void townshipFiguresForTheYear() {
        dataSet();
        assertThat(stats(XINCHA, "2014-01-01", "2014-12-31")).isEqualTo(expect(
                6, 4, 3, 3, 2, 3, 2, 1, 2301, 15, 4, 5, 2, 1, 7, 2));
    }

    @Test
    void countyFiguresIncludeEveryTownshipAndCountyWideRecords() {
        dataSet();
        assertThat(stats(COUNTY, "2014-01-01", "2014-12-31")).isEqualTo(expect(
                7, 5, 4, 4, 3, 4, 2, 2, 2301, 22, 14, 25, 3, 2, 41, 3));
    }

    @Test
    void stocksAreTheStateAtTheEndOfTo() {
        dataSet();
        Map<String, Long> mid = stats(XINCHA, "2014-06-01", "2014-06-30");
        assertThat(mid.get("workstations_active")).isEqualTo(3);
        assertThat(mid.get("townships_with_workstation")).isEqualTo(1);
        assertThat(mid.get("villages_with_advisor")).isEqualTo(3);
        Map<String, Long> dayBefore = stats(COUNTY, "2014-12-30", "2014-12-30");
        assertThat(dayBefore.get("workstations_active")).as("ZELA opens on the 31st, the second XINCHA one is still open")
                .isEqualTo(3);
        assertThat(dayBefore.get("townships_with_workstation")).isEqualTo(1);
        assertThat(dayBefore.get("villages_with_advisor")).as("a period covers its last day").isEqualTo(4);
        assertThat(stats(COUNTY, "2012-12-31", "2012-12-31").get("workstations_active")).isEqualTo(1);
        Map<String, Long> y2013 = stats(COUNTY, "2013-01-01", "2013-12-31");
        assertThat(y2013.get("workstations_active")).isEqualTo(1);
        assertThat(y2013.get("villages_with_advisor")).isEqualTo(1);
        assertThat(y2013.get("applications_received")).isEqualTo(2);
        assertThat(y2013.get("applications_decided")).isEqualTo(1);
        assertThat(y2013.get("consultations")).isEqualTo(100);
    }

    @Test
    void flowsCountByTheirOwnDate() {
        dataSet();
        Map<String, Long> y2015 = stats(COUNTY, "2015-01-01", "2015-01-31");
        assertThat(y2015.get("applications_received")).isZero();
        assertThat(y2015.get("applications_decided")).isEqualTo(1);
        assertThat(y2015.get("eligible_granted")).isEqualTo(1);
        assertThat(y2015.get("notarizations")).isEqualTo(9);
        assertThat(stats(SHADAI, "2015-01-01", "2015-01-31").get("notarizations")).isEqualTo(9);
        assertThat(stats(XINCHA, "2015-01-01", "2015-01-31").get("notarizations")).isZero();
        assertThat(stats(XINCHA, "2014-03-01", "2014-03-31")).containsEntry("applications_received", 1L)
                .containsEntry("eligible_granted", 1L).containsEntry("notarizations", 4L);
        assertThat(stats(COUNTY, "2014-03-01", "2014-03-31")).containsEntry("notarizations", 14L);
    }

    /**
     * 法律援助法第43条/第52条/第30条: assigned_within_deadline counts on the decision date (the cohort of
     * applications_granted) the grants assigned on or before assignmentDueOn; subsidies_paid sums the closed cases'
     * subsidies by closedOn in whole yuan (each rounded half up); duty_lawyer_services sums count by date.
     */
    @Test
    void assignmentsInTimeSubsidiesAndDutyLawyers() {
        dataSet();
        assertThat(stats(XINCHA, "2014-01-01", "2014-01-31")).as("A5 assigned a day late")
                .containsEntry("applications_granted", 1L).containsEntry("assigned_within_deadline", 0L);
        assertThat(stats(SHADAI, "2014-06-01", "2014-06-01")).as("A6 assigned on its due day, counted on its decision day")
                .containsEntry("applications_granted", 1L).containsEntry("assigned_within_deadline", 1L);
        assertThat(stats(SHADAI, "2014-06-04", "2014-06-30")).as("not on the assignment day")
                .containsEntry("assigned_within_deadline", 0L);
        assertThat(stats(COUNTY, "2015-01-01", "2015-01-31")).as("A4 granted in 2015, assigned late")
                .containsEntry("applications_granted", 1L).containsEntry("assigned_within_deadline", 0L)
                .containsEntry("duty_lawyer_services", 3L);
        assertThat(stats(XINCHA, "2014-09-01", "2014-09-01")).containsEntry("subsidies_paid", 1501L);
        assertThat(stats(XINCHA, "2014-02-01", "2014-02-01")).containsEntry("subsidies_paid", 800L);
        assertThat(stats(XINCHA, "2014-03-01", "2014-03-31")).as("the county-wide entry is the county's only")
                .containsEntry("duty_lawyer_services", 0L);
        assertThat(stats(COUNTY, "2014-03-01", "2014-03-31")).containsEntry("duty_lawyer_services", 20L);
    }

    @Test
    void scopeAndBadInput() {
        dataSet();
        given().auth().oauth2(DevTokens.townshipOfficer(XINCHA)).queryParam("orgCode", XINCHA)
                .queryParam("from", "2014-01-01").queryParam("to", "2014-12-31").get(STATS).then().statusCode(200);
        given().auth().oauth2(DevTokens.townshipOfficer(XINCHA)).queryParam("orgCode", COUNTY)
                .queryParam("from", "2014-01-01").queryParam("to", "2014-12-31").get(STATS).then().statusCode(403);
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901200201")
                .queryParam("from", "2014-01-01").queryParam("to", "2014-12-31").get(STATS).then().statusCode(400);
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", COUNTY).queryParam("to", "2014-12-31")
                .get(STATS).then().statusCode(400);
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", COUNTY).queryParam("from", "2015-01-01")
                .queryParam("to", "2014-12-31").get(STATS).then().statusCode(400);
        assertThat(stats(COUNTY, "2014-01-01", "2014-12-31").keySet()).containsExactlyElementsOf(List.of(
                "applications_received", "applications_decided", "applications_granted", "eligible_decided",
                "eligible_granted", "decided_within_deadline", "cases_closed", "assigned_within_deadline",
                "subsidies_paid", "consultations", "notarizations", "duty_lawyer_services", "workstations_active",
                "townships_with_workstation", "villages_total", "villages_with_advisor"));
    }
}
