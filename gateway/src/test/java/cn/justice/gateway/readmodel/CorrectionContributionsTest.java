package cn.justice.gateway.readmodel;

import cn.justice.platform.events.CloudEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Contributions of correction-service events (docs/events.md, correction-service): one test per measure. */
class CorrectionContributionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID ID = UUID.fromString("3b9f5c1e-8d2a-4f6b-9c0e-1a2b3c4d5e6f");

    private static CloudEvent event(String type, ObjectNode data) {
        return CloudEvent.of(type, "/correction-service", ID, 1, "519901", "519901202", data);
    }

    /** A subject as SubjectEventData publishes it, registered (PENDING_REPORT) with nulls where nothing happened yet. */
    private static ObjectNode subject() {
        ObjectNode d = JSON.createObjectNode();
        d.put("subjectId", ID.toString());
        d.put("version", 1);
        d.put("countyCode", "519901");
        d.put("townshipCode", "519901202");
        d.put("category", "PROBATION");
        d.put("supervisionLevel", "ORDINARY");
        d.put("status", "PENDING_REPORT");
        d.put("receivedOn", "2025-01-11");
        d.put("judgmentEffectiveOn", "2025-01-10");
        d.put("correctionStart", "2025-01-10");
        d.put("correctionEnd", "2026-01-09");
        d.put("reportDueOn", "2025-01-20");
        d.putNull("reportedOn");
        d.putNull("reportType");
        d.put("warningCount", 0);
        d.putNull("reoffendedOn");
        d.putNull("endedOn");
        d.putNull("terminationReason");
        d.putArray("missingPeriods");
        d.putArray("monitoringPeriods");
        return d;
    }

    private static void period(ObjectNode d, String list, String from, String to) {
        ObjectNode p = ((ArrayNode) d.get(list)).addObject();
        p.put("from", from);
        p.put("to", to);
    }

    private static ObjectNode released(String status, String releasedOn, String connectedOn, String placedOn) {
        ObjectNode d = JSON.createObjectNode();
        d.put("releasedPersonId", ID.toString());
        d.put("version", 1);
        d.put("status", status);
        d.put("releasedOn", releasedOn);
        d.put("connectedOn", connectedOn);
        d.put("placedOn", placedOn);
        d.put("assistanceCount", 0);
        return d;
    }

    private static MeasureEntry in(String measure, String date) {
        return new MeasureEntry(measure, LocalDate.parse(date), 1);
    }

    private static MeasureEntry out(String measure, String date) {
        return new MeasureEntry(measure, LocalDate.parse(date), -1);
    }

    /** The stock on {@code day}: the sum of the measure's deltas up to and including it, as the rollup sums months. */
    private static long stockOn(List<MeasureEntry> entries, String measure, String day) {
        LocalDate d = LocalDate.parse(day);
        return entries.stream().filter(e -> e.measure().equals(measure) && !e.date().isAfter(d)).mapToLong(MeasureEntry::value).sum();
    }

    @Test
    void aRegisteredSubjectIsReceivedOnItsReceivingDateAndNothingElse() {
        assertThat(ContributionRules.entries(event("correction.subject.registered", subject())))
                .containsExactly(in("subjects_received", "2025-01-11"));
    }

    @Test
    void aReportCountsAsReportedOnTimeAndEntersTheActiveStock() {
        ObjectNode d = subject();
        d.put("status", "ACTIVE");
        d.put("reportedOn", "2025-01-18");
        d.put("reportType", "ON_TIME");
        assertThat(ContributionRules.entries(event("correction.subject.reported", d))).containsExactly(
                in("subjects_received", "2025-01-11"),
                in("subjects_reported", "2025-01-18"),
                in("subjects_reported_on_time", "2025-01-18"),
                in("subjects_active", "2025-01-18"));
    }

    @Test
    void aLateReportIsReportedButNotOnTime() {
        ObjectNode d = subject();
        d.put("status", "ACTIVE");
        d.put("reportedOn", "2025-01-25");
        d.put("reportType", "LATE");
        List<MeasureEntry> e = ContributionRules.entries(event("correction.subject.reported", d));
        assertThat(e).contains(in("subjects_reported", "2025-01-25"), in("subjects_active", "2025-01-25"));
        assertThat(e).extracting(MeasureEntry::measure).doesNotContain("subjects_reported_on_time");
    }

    @Test
    void terminationLeavesTheActiveStockAndCountsAsTerminated() {
        ObjectNode d = subject();
        d.put("status", "TERMINATED");
        d.put("reportedOn", "2025-01-18");
        d.put("reportType", "ON_TIME");
        d.put("endedOn", "2026-01-09");
        d.put("terminationReason", "EXPIRED");
        List<MeasureEntry> e = ContributionRules.entries(event("correction.subject.terminated", d));
        assertThat(e).contains(in("subjects_active", "2025-01-18"), out("subjects_active", "2026-01-09"),
                in("subjects_terminated", "2026-01-09"));
        assertThat(stockOn(e, "subjects_active", "2025-12-31")).isEqualTo(1);
        assertThat(stockOn(e, "subjects_active", "2026-01-31")).isZero();
    }

    @Test
    void revocationAndDeathEndTheCorrectionWithoutCountingAsTerminated() {
        for (String status : new String[]{"REVOKED", "DECEASED"}) {
            ObjectNode d = subject();
            d.put("status", status);
            d.put("reportedOn", "2025-01-18");
            d.put("reportType", "ON_TIME");
            d.put("endedOn", "2025-08-20");
            List<MeasureEntry> e = ContributionRules.entries(event("correction.subject.x", d));
            assertThat(e).as(status).contains(out("subjects_active", "2025-08-20"));
            assertThat(e).as(status).extracting(MeasureEntry::measure).doesNotContain("subjects_terminated");
        }
    }

    @Test
    void theFirstReoffenceCountsOnItsDate() {
        ObjectNode d = subject();
        d.put("status", "ACTIVE");
        d.put("reportedOn", "2025-01-18");
        d.put("reportType", "ON_TIME");
        d.put("reoffendedOn", "2025-08-01");
        assertThat(ContributionRules.entries(event("correction.subject.reoffended", d)))
                .containsOnlyOnce(in("subjects_reoffended", "2025-08-01"));
    }

    @Test
    void missingPeriodsAreAStockFromLostContactToTheReturnAndAMissingPersonStaysActive() {
        ObjectNode d = subject();
        d.put("status", "MISSING");
        d.put("reportedOn", "2025-01-18");
        d.put("reportType", "ON_TIME");
        period(d, "missingPeriods", "2025-03-01", "2025-03-10");
        period(d, "missingPeriods", "2025-07-01", null);
        List<MeasureEntry> e = ContributionRules.entries(event("correction.subject.lost-contact", d));
        assertThat(e).contains(in("subjects_missing", "2025-03-01"), out("subjects_missing", "2025-03-10"),
                in("subjects_missing", "2025-07-01"));
        assertThat(e.stream().filter(x -> x.measure().equals("subjects_missing"))).hasSize(3);
        assertThat(stockOn(e, "subjects_missing", "2025-03-31")).isZero();
        assertThat(stockOn(e, "subjects_missing", "2025-07-31")).isEqualTo(1);
        assertThat(stockOn(e, "subjects_active", "2025-07-31")).isEqualTo(1);
    }

    @Test
    void aPersonWhoNeverReportedIsMissingButNotActive() {
        ObjectNode d = subject();
        d.put("status", "MISSING");
        period(d, "missingPeriods", "2025-01-25", null);
        List<MeasureEntry> e = ContributionRules.entries(event("correction.subject.lost-contact", d));
        assertThat(e).containsExactly(in("subjects_received", "2025-01-11"), in("subjects_missing", "2025-01-25"));
    }

    @Test
    void monitoringPeriodsAreAStockAndARenewalIsContinuous() {
        ObjectNode d = subject();
        d.put("status", "ACTIVE");
        d.put("reportedOn", "2025-01-18");
        d.put("reportType", "ON_TIME");
        period(d, "monitoringPeriods", "2025-02-10", "2025-05-10");
        period(d, "monitoringPeriods", "2025-05-10", "2025-06-15");
        List<MeasureEntry> e = ContributionRules.entries(event("correction.subject.monitoring-stopped", d));
        assertThat(e).contains(in("monitoring_active", "2025-02-10"), out("monitoring_active", "2025-05-10"),
                in("monitoring_active", "2025-05-10"), out("monitoring_active", "2025-06-15"));
        assertThat(stockOn(e, "monitoring_active", "2025-04-30")).isEqualTo(1);
        assertThat(stockOn(e, "monitoring_active", "2025-05-31")).isEqualTo(1);
        assertThat(stockOn(e, "monitoring_active", "2025-06-30")).isZero();
    }

    @Test
    void theLatestEventReplacesEverything() {
        ObjectNode registered = subject();
        ObjectNode edited = subject();
        edited.put("receivedOn", "2025-02-02");
        assertThat(ContributionRules.entries(event("correction.subject.updated", edited)))
                .containsExactly(in("subjects_received", "2025-02-02"));
        assertThat(ContributionRules.entries(event("correction.subject.registered", registered)))
                .containsExactly(in("subjects_received", "2025-01-11"));
    }

    @Test
    void missingListsAndFieldsCountAsEmpty() {
        ObjectNode d = JSON.createObjectNode();
        d.put("receivedOn", "2025-01-11");
        assertThat(ContributionRules.entries(event("correction.subject.registered", d)))
                .containsExactly(in("subjects_received", "2025-01-11"));
    }

    @Test
    void releasedPersonsCountByReleaseDateSoTheConnectRateIsOneCohort() {
        assertThat(ContributionRules.entries(event("correction.released-person.registered",
                released("REGISTERED", "2025-04-01", null, null)))).containsExactly(in("released_registered", "2025-04-01"));
        assertThat(ContributionRules.entries(event("correction.released-person.connected",
                released("CONNECTED", "2025-04-01", "2025-05-03", null)))).containsExactly(
                in("released_registered", "2025-04-01"), in("released_connected", "2025-04-01"),
                in("released_connected_on_time", "2025-04-01"));
        assertThat(ContributionRules.entries(event("correction.released-person.closed",
                released("CLOSED", "2024-12-30", "2025-01-02", "2025-03-01")))).containsExactly(
                in("released_registered", "2024-12-30"), in("released_connected", "2024-12-30"),
                in("released_connected_on_time", "2024-12-30"), in("released_placed", "2024-12-30"));
    }

    /** A released person as ReleasedEventData publishes it since DESIGN §10.1 (keyPerson, connectedOnTime, closes). */
    private static ObjectNode releasedNow(String status, boolean keyPerson, String releasedOn, String connectedOn,
                                          Boolean connectedOnTime, String closeReason) {
        ObjectNode d = released(status, releasedOn, connectedOn, null);
        d.put("keyPerson", keyPerson);
        d.put("supportPeriodEndsOn", LocalDate.parse(releasedOn).plusYears(5).toString());
        d.put("connectedOnTime", connectedOnTime);
        d.putNull("reoffendedOn");
        d.put("closedOn", closeReason == null ? null : "2025-06-01");
        d.put("closeReason", closeReason);
        return d;
    }

    @Test
    void connectedOnTimeIsTheKeyPersonsConnectionOnTheDayOfReleaseAndAnyOtherConnection() {
        // 重点帮教对象 必接必送: connected on the day of release, on time; a day later, not
        assertThat(ContributionRules.entries(event("correction.released-person.connected",
                releasedNow("CONNECTED", true, "2025-04-01", "2025-04-01", true, null)))).containsExactly(
                in("released_registered", "2025-04-01"), in("released_connected", "2025-04-01"),
                in("released_connected_on_time", "2025-04-01"));
        assertThat(ContributionRules.entries(event("correction.released-person.connected",
                releasedNow("CONNECTED", true, "2025-04-01", "2025-04-02", false, null)))).containsExactly(
                in("released_registered", "2025-04-01"), in("released_connected", "2025-04-01"));
        // not a key person: no deadline, every connection on time
        assertThat(ContributionRules.entries(event("correction.released-person.connected",
                releasedNow("CONNECTED", false, "2025-04-01", "2025-05-20", true, null)))).contains(
                in("released_connected_on_time", "2025-04-01"));
        // a key person closed before any connection (DECEASED) is registered only
        assertThat(ContributionRules.entries(event("correction.released-person.closed",
                releasedNow("CLOSED", true, "2025-04-01", null, null, "DECEASED")))).containsExactly(
                in("released_registered", "2025-04-01"));
        // a later close keeps the person in the cohort with the same figures (RES_CONNECT_RATE unchanged)
        assertThat(ContributionRules.entries(event("correction.released-person.closed",
                releasedNow("CLOSED", true, "2025-04-01", "2025-04-02", false, "MOVED_AWAY")))).containsExactly(
                in("released_registered", "2025-04-01"), in("released_connected", "2025-04-01"));
        // events written before connectedOnTime: the same rule from keyPerson, connectedOn and releasedOn
        ObjectNode old = released("CONNECTED", "2025-04-01", "2025-04-02", null);
        old.put("keyPerson", true);
        assertThat(ContributionRules.entries(event("correction.released-person.connected", old))).containsExactly(
                in("released_registered", "2025-04-01"), in("released_connected", "2025-04-01"));
        assertThat(MeasureCatalogue.kind("released_connected_on_time")).isEqualTo(MeasureCatalogue.Kind.FLOW);
    }

    @Test
    void everyCorrectionMeasureIsAKnownMeasure() {
        ObjectNode d = subject();
        d.put("status", "TERMINATED");
        d.put("reportedOn", "2025-01-18");
        d.put("reportType", "ON_TIME");
        d.put("reoffendedOn", "2025-08-01");
        d.put("endedOn", "2026-01-09");
        period(d, "missingPeriods", "2025-03-01", "2025-03-10");
        period(d, "monitoringPeriods", "2025-02-10", "2025-05-10");
        Map<String, Long> byMeasure = new HashMap<>();
        ContributionRules.entries(event("correction.subject.terminated", d)).forEach(e -> byMeasure.merge(e.measure(), 1L, Long::sum));
        ContributionRules.entries(event("correction.released-person.placed", released("PLACED", "2025-04-01", "2025-04-01", "2025-05-01")))
                .forEach(e -> byMeasure.merge(e.measure(), 1L, Long::sum));
        assertThat(byMeasure.keySet()).containsExactlyInAnyOrder("subjects_received", "subjects_terminated",
                "subjects_active", "subjects_reoffended", "subjects_reported", "subjects_reported_on_time",
                "subjects_missing", "monitoring_active", "released_registered", "released_connected", "released_placed",
                "released_connected_on_time");
    }

    /** A stock on {@code day} in one township (entries without a township count in the event's, 519901202). */
    private static long stockIn(List<MeasureEntry> entries, String measure, String township, String day) {
        LocalDate d = LocalDate.parse(day);
        return entries.stream().filter(e -> e.measure().equals(measure) && !e.date().isAfter(d)
                && township.equals(e.townshipCode() != null ? e.townshipCode() : "519901202")).mapToLong(MeasureEntry::value).sum();
    }

    /** 社区矫正法第21条: a 暂予监外执行 handover within its 10 days is on time; a late one is reported, not on time. */
    @Test
    void aHandoverOnTimeCountsAsReportedOnTimeAndALateOneDoesNot() {
        ObjectNode d = subject();
        d.put("category", "MEDICAL_PAROLE");
        d.put("status", "ACTIVE");
        d.put("reportedOn", "2025-01-18");
        d.put("reportType", "HANDED_OVER");
        d.put("intakeOnTime", true);
        assertThat(ContributionRules.entries(event("correction.subject.reported", d))).containsExactly(
                in("subjects_received", "2025-01-11"), in("subjects_reported", "2025-01-18"),
                in("subjects_reported_on_time", "2025-01-18"), in("subjects_active", "2025-01-18"));
        d.put("intakeOnTime", false);
        assertThat(ContributionRules.entries(event("correction.subject.reported", d))).extracting(MeasureEntry::measure)
                .contains("subjects_reported", "subjects_active").doesNotContain("subjects_reported_on_time");
        // intakeOnTime wins over reportType; an event from before the field falls back on reportType ON_TIME
        d.put("reportType", "ON_TIME");
        assertThat(ContributionRules.entries(event("correction.subject.reported", d))).extracting(MeasureEntry::measure)
                .doesNotContain("subjects_reported_on_time");
    }

    /**
     * 社区矫正法第46–49条: a proposal keeps the missing period open and the person active; the ruling (REVOKED) ends
     * both on its day; a never-reported person revoked was never active.
     */
    @Test
    void aRevocationOfAMissingPersonEndsTheMissingPeriodAndTheActiveStock() {
        ObjectNode proposed = subject();
        proposed.put("status", "REVOCATION_PROPOSED");
        proposed.put("reportedOn", "2025-01-18");
        proposed.put("reportType", "ON_TIME");
        proposed.put("intakeOnTime", true);
        period(proposed, "missingPeriods", "2025-03-01", null);
        List<MeasureEntry> p = ContributionRules.entries(event("correction.subject.revocation-proposed", proposed));
        assertThat(stockOn(p, "subjects_missing", "2025-06-30")).isEqualTo(1);
        assertThat(stockOn(p, "subjects_active", "2025-06-30")).isEqualTo(1);

        ObjectNode revoked = proposed.deepCopy();
        revoked.put("status", "REVOKED");
        revoked.put("endedOn", "2025-05-20");
        ((ObjectNode) revoked.get("missingPeriods").get(0)).put("to", "2025-05-20");
        List<MeasureEntry> r = ContributionRules.entries(event("correction.subject.revoked", revoked));
        assertThat(r).contains(out("subjects_missing", "2025-05-20"), out("subjects_active", "2025-05-20"));
        assertThat(stockOn(r, "subjects_missing", "2025-05-19")).isEqualTo(1);
        assertThat(stockOn(r, "subjects_missing", "2025-05-20")).isZero();
        assertThat(stockOn(r, "subjects_active", "2025-05-20")).isZero();
        // an open period in an ended record (an event written before the service closed them) ends on endedOn too
        ObjectNode old = revoked.deepCopy();
        ((ObjectNode) old.get("missingPeriods").get(0)).putNull("to");
        assertThat(stockOn(ContributionRules.entries(event("correction.subject.revoked", old)), "subjects_missing", "2025-05-20")).isZero();

        ObjectNode never = subject();
        never.put("status", "REVOKED");
        never.put("endedOn", "2025-04-01");
        period(never, "missingPeriods", "2025-01-25", "2025-04-01");
        List<MeasureEntry> n = ContributionRules.entries(event("correction.subject.revoked", never));
        assertThat(n).extracting(MeasureEntry::measure).doesNotContain("subjects_active", "subjects_terminated");
        assertThat(stockOn(n, "subjects_missing", "2025-03-31")).isEqualTo(1);
        assertThat(stockOn(n, "subjects_missing", "2025-04-30")).isZero();
    }

    /**
     * 社区矫正法第27条: a person transferred on 2025-06-01 from 519901101 to 519901202 counts in 519901101 before and in
     * 519901202 from that day, stocks and flows alike; the county sees one person throughout.
     */
    @Test
    void aTransferMovesEveryFigureToTheNewTownshipFromItsDay() {
        ObjectNode d = subject();
        d.put("status", "TERMINATED");
        d.put("reportedOn", "2025-01-18");
        d.put("reportType", "ON_TIME");
        d.put("intakeOnTime", true);
        d.put("reoffendedOn", "2025-07-01");
        d.put("endedOn", "2025-12-01");
        period(d, "missingPeriods", "2025-05-01", "2025-07-15");
        ObjectNode t = d.putArray("transfers").addObject();
        t.put("on", "2025-06-01");
        t.put("fromTownshipCode", "519901101");
        t.put("toTownshipCode", "519901202");
        List<MeasureEntry> e = ContributionRules.entries(event("correction.subject.terminated", d));
        assertThat(e).contains(in("subjects_received", "2025-01-11").in("519901101"),
                in("subjects_reported_on_time", "2025-01-18").in("519901101"),
                in("subjects_reoffended", "2025-07-01").in("519901202"),
                in("subjects_terminated", "2025-12-01").in("519901202"));
        for (String measure : new String[]{"subjects_active", "subjects_missing"}) {
            assertThat(stockIn(e, measure, "519901101", "2025-05-31")).as(measure).isEqualTo(1);
            assertThat(stockIn(e, measure, "519901202", "2025-05-31")).as(measure).isZero();
            assertThat(stockIn(e, measure, "519901101", "2025-06-01")).as(measure).isZero();
            assertThat(stockIn(e, measure, "519901202", "2025-06-01")).as(measure).isEqualTo(1);
            assertThat(stockOn(e, measure, "2025-06-30")).as(measure + " in the county").isEqualTo(1);
        }
        assertThat(stockIn(e, "subjects_missing", "519901202", "2025-07-15")).isZero();
        assertThat(stockIn(e, "subjects_active", "519901202", "2025-11-30")).isEqualTo(1);
        assertThat(stockIn(e, "subjects_active", "519901202", "2025-12-01")).isZero();
        assertThat(stockIn(e, "subjects_active", "519901101", "2025-12-01")).isZero();
        assertThat(e).allSatisfy(x -> assertThat(x.townshipCode()).isNotNull());
    }

    /** A person transferred out of the county (TRANSFERRED_OUT) leaves the active stock on endedOn, not terminated. */
    @Test
    void aTransferOutEndsTheActiveStockWithoutCountingAsTerminated() {
        ObjectNode d = subject();
        d.put("status", "TRANSFERRED_OUT");
        d.put("reportedOn", "2025-01-18");
        d.put("reportType", "ON_TIME");
        d.put("endedOn", "2025-09-01");
        d.put("transferredToCountyCode", "519902");
        List<MeasureEntry> e = ContributionRules.entries(event("correction.subject.transferred-out", d));
        assertThat(e).contains(out("subjects_active", "2025-09-01"));
        assertThat(e).extracting(MeasureEntry::measure).doesNotContain("subjects_terminated");
    }
}
