package cn.justice.gateway.readmodel;

import cn.justice.platform.events.CloudEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The legal-aid measures the gateway derives from the data of a legal-aid-service event (as its stats count them). */
class LegalAidContributionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID ID = UUID.fromString("1b7e3c2a-4d5f-4a6b-8c9d-0e1f2a3b4c5d");

    private static CloudEvent event(String type, ObjectNode data) {
        return CloudEvent.of(type, "/legal-aid-service", ID, 1, "519901", data.path("townshipCode").asText(null), data);
    }

    private static MeasureEntry entry(String measure, String date) {
        return new MeasureEntry(measure, LocalDate.parse(date), 1);
    }

    private static MeasureEntry entry(String measure, String date, long value) {
        return new MeasureEntry(measure, LocalDate.parse(date), value);
    }

    private static MeasureEntry member(String measure, String date, long value, String member) {
        return new MeasureEntry(measure, LocalDate.parse(date), value, member);
    }

    /** An application's state as the service publishes it (absent decision: nulls). */
    private static ObjectNode application(String status, String receivedOn, String decision, String decidedOn,
                                          boolean eligible, Boolean withinDeadline, String closedOn) {
        ObjectNode d = JSON.createObjectNode();
        d.put("applicationId", ID.toString());
        d.put("townshipCode", "519901101");
        d.put("status", status);
        d.put("receivedOn", receivedOn);
        d.put("decision", decision);
        d.put("decidedOn", decidedOn);
        d.put("eligible", eligible);
        d.put("decidedWithinDeadline", withinDeadline);
        d.put("closedOn", closedOn);
        return d;
    }

    @Test
    void receivedApplicationCountsOnlyAsReceived() {
        var d = application("UNDER_REVIEW", "2025-03-03", null, null, true, null, null);

        assertThat(ContributionRules.entries(event("legal-aid.application.review-started", d)))
                .containsExactly(entry("applications_received", "2025-03-03"));
    }

    @Test
    void grantedEligibleApplicationWithinDeadlineCountsOnTheDecisionDate() {
        var d = application("GRANTED", "2025-03-28", "GRANTED", "2025-04-02", true, true, null);

        assertThat(ContributionRules.entries(event("legal-aid.application.granted", d))).containsExactly(
                entry("applications_received", "2025-03-28"),
                entry("applications_decided", "2025-04-02"),
                entry("applications_granted", "2025-04-02"),
                entry("eligible_decided", "2025-04-02"),
                entry("eligible_granted", "2025-04-02"),
                entry("decided_within_deadline", "2025-04-02"));
    }

    @Test
    void eligibleApplicationDeniedIsDecidedButNotGranted() {
        var d = application("DENIED", "2025-03-03", "DENIED", "2025-03-20", true, false, null);

        assertThat(ContributionRules.entries(event("legal-aid.application.denied", d))).containsExactly(
                entry("applications_received", "2025-03-03"),
                entry("applications_decided", "2025-03-20"),
                entry("eligible_decided", "2025-03-20"));
    }

    @Test
    void ineligibleApplicationGrantedCountsAsGrantedButNotEligible() {
        var d = application("GRANTED", "2025-03-03", "GRANTED", "2025-03-05", false, true, null);

        assertThat(LegalAidContributions.entries("legal-aid.application", d)).containsExactly(
                entry("applications_received", "2025-03-03"),
                entry("applications_decided", "2025-03-05"),
                entry("applications_granted", "2025-03-05"),
                entry("decided_within_deadline", "2025-03-05"));
    }

    @Test
    void grantStaysCountedOnceAssignedAndClosedCountsOnClosedOn() {
        var assigned = application("ASSIGNED", "2025-03-03", "GRANTED", "2025-03-05", true, true, null);
        var closed = application("CLOSED", "2025-03-03", "GRANTED", "2025-03-05", true, true, "2025-09-30");

        assertThat(LegalAidContributions.entries("legal-aid.application", assigned))
                .contains(entry("applications_granted", "2025-03-05"), entry("eligible_granted", "2025-03-05"))
                .noneMatch(e -> e.measure().equals("cases_closed"));
        assertThat(LegalAidContributions.entries("legal-aid.application", closed))
                .contains(entry("applications_granted", "2025-03-05"), entry("cases_closed", "2025-09-30"));
    }

    @Test
    void emergencyAssignmentBeforeTheDecisionIsNotYetDecided() {
        var d = application("ASSIGNED", "2025-03-03", null, null, true, null, null);

        assertThat(LegalAidContributions.entries("legal-aid.application", d))
                .containsExactly(entry("applications_received", "2025-03-03"));
    }

    @Test
    void lateDecisionIsDecidedButNotWithinDeadline() {
        var d = application("GRANTED", "2025-03-03", "GRANTED", "2025-03-14", true, false, null);

        assertThat(LegalAidContributions.entries("legal-aid.application", d))
                .doesNotContain(entry("decided_within_deadline", "2025-03-14"))
                .contains(entry("applications_decided", "2025-03-14"));
    }

    @Test
    void contributionDependsOnTheStateNotOnTheEventName() {
        var d = application("DENIED", "2025-03-03", "DENIED", "2025-03-20", true, false, null);

        assertThat(ContributionRules.entries(event("legal-aid.application.updated", d)))
                .isEqualTo(ContributionRules.entries(event("legal-aid.application.denied", d)));
    }

    @Test
    void consultationsAndNotarizationsAddTheirCountsOnTheirDate() {
        ObjectNode c = JSON.createObjectNode().put("townshipCode", "519901101").put("date", "2025-05-06").put("count", 12);
        ObjectNode n = JSON.createObjectNode().put("date", "2025-05-07").put("count", 4).put("kind", "CIVIL");
        n.putNull("townshipCode");

        assertThat(ContributionRules.entries(event("legal-aid.consultation.recorded", c)))
                .containsExactly(entry("consultations", "2025-05-06", 12));
        assertThat(ContributionRules.entries(event("legal-aid.notarization.updated", n)))
                .containsExactly(entry("notarizations", "2025-05-07", 4));
    }

    @Test
    void openWorkstationEntersBothStocksOnItsOpeningDate() {
        ObjectNode w = JSON.createObjectNode().put("townshipCode", "519901202").put("status", "ACTIVE")
                .put("openedOn", "2021-03-01");
        w.putNull("closedOn");

        assertThat(ContributionRules.entries(event("legal-aid.workstation.opened", w))).containsExactly(
                entry("workstations_active", "2021-03-01"),
                member("townships_with_workstation", "2021-03-01", 1, "519901202"));
    }

    @Test
    void closedWorkstationLeavesOnItsClosingDate() {
        ObjectNode w = JSON.createObjectNode().put("townshipCode", "519901202").put("status", "CLOSED")
                .put("openedOn", "2021-03-01").put("closedOn", "2024-06-30");

        assertThat(ContributionRules.entries(event("legal-aid.workstation.closed", w))).containsExactly(
                entry("workstations_active", "2021-03-01"),
                new MeasureEntry("workstations_active", LocalDate.parse("2024-06-30"), -1),
                member("townships_with_workstation", "2021-03-01", 1, "519901202"),
                member("townships_with_workstation", "2024-06-30", -1, "519901202"));
    }

    @Test
    void advisorPeriodCoversItsLastDayAndLeavesTheDayAfter() {
        ObjectNode open = JSON.createObjectNode().put("townshipCode", "519901101").put("villageCode", "519901101201")
                .put("from", "2025-01-01");
        open.putNull("to");
        ObjectNode ended = JSON.createObjectNode().put("townshipCode", "519901101").put("villageCode", "519901101201")
                .put("from", "2025-01-01").put("to", "2025-06-30");

        assertThat(ContributionRules.entries(event("legal-aid.village-advisor.appointed", open)))
                .containsExactly(member("villages_with_advisor", "2025-01-01", 1, "519901101201"));
        assertThat(ContributionRules.entries(event("legal-aid.village-advisor.ended", ended))).containsExactly(
                member("villages_with_advisor", "2025-01-01", 1, "519901101201"),
                member("villages_with_advisor", "2025-07-01", -1, "519901101201"));
    }

    @Test
    void unknownLegalAidAggregateContributesNothing() {
        assertThat(LegalAidContributions.entries("legal-aid.something", JSON.createObjectNode())).isEmpty();
    }

    /** 法律援助法第43条: assigned_within_deadline on the decision date, for a grant assigned by assignmentDueOn. */
    @Test
    void assignedInTimeCountsOnTheDecisionDateOfTheGrant() {
        var inTime = application("ASSIGNED", "2025-03-03", "GRANTED", "2025-03-05", true, true, null);
        inTime.put("assignedOn", "2025-03-08").put("assignedWithinDeadline", true);
        var late = application("ASSIGNED", "2025-03-03", "GRANTED", "2025-03-05", true, true, null);
        late.put("assignedOn", "2025-03-09").put("assignedWithinDeadline", false);
        var notYet = application("GRANTED", "2025-03-03", "GRANTED", "2025-03-05", true, true, null);
        notYet.putNull("assignedWithinDeadline");
        // an emergency assignment that was then denied: in time, but no grant to count it in
        var emergencyDenied = application("DENIED", "2025-03-03", "DENIED", "2025-03-06", true, true, null);
        emergencyDenied.put("assignedOn", "2025-03-03").put("assignedWithinDeadline", true);

        assertThat(LegalAidContributions.entries("legal-aid.application", inTime))
                .contains(entry("assigned_within_deadline", "2025-03-05"), entry("applications_granted", "2025-03-05"));
        assertThat(LegalAidContributions.entries("legal-aid.application", late))
                .noneMatch(e -> e.measure().equals("assigned_within_deadline"));
        assertThat(LegalAidContributions.entries("legal-aid.application", notYet))
                .noneMatch(e -> e.measure().equals("assigned_within_deadline"));
        assertThat(LegalAidContributions.entries("legal-aid.application", emergencyDenied))
                .noneMatch(e -> e.measure().equals("assigned_within_deadline"));
    }

    /** 法律援助法第52条: subsidies_paid + subsidyAmount in whole yuan (half up) on closedOn, for a CLOSED case. */
    @Test
    void subsidyCountsInWholeYuanOnTheClosingDate() {
        var closed = application("CLOSED", "2025-03-03", "GRANTED", "2025-03-05", true, true, "2025-09-30");
        closed.put("subsidyAmount", new java.math.BigDecimal("1500.50"));
        var roundedDown = application("CLOSED", "2025-03-03", "GRANTED", "2025-03-05", true, true, "2025-10-01");
        roundedDown.put("subsidyAmount", 800.49);
        var none = application("CLOSED", "2025-03-03", "GRANTED", "2025-03-05", true, true, "2025-10-02");
        none.putNull("subsidyAmount");
        var zero = application("CLOSED", "2025-03-03", "GRANTED", "2025-03-05", true, true, "2025-10-03");
        zero.put("subsidyAmount", 0);

        assertThat(LegalAidContributions.entries("legal-aid.application", closed))
                .contains(entry("subsidies_paid", "2025-09-30", 1501), entry("cases_closed", "2025-09-30"));
        assertThat(LegalAidContributions.entries("legal-aid.application", roundedDown))
                .contains(entry("subsidies_paid", "2025-10-01", 800));
        assertThat(LegalAidContributions.entries("legal-aid.application", none))
                .noneMatch(e -> e.measure().equals("subsidies_paid"));
        assertThat(LegalAidContributions.entries("legal-aid.application", zero))
                .noneMatch(e -> e.measure().equals("subsidies_paid"));
    }

    /** 值班律师 (法律援助法第30条): duty_lawyer_services + count on date, county-wide entries for the county. */
    @Test
    void dutyLawyerServicesAddTheirCountOnTheirDate() {
        ObjectNode e = JSON.createObjectNode().put("date", "2025-05-08").put("place", "DETENTION_CENTER")
                .put("kind", "PLEA_WITNESS").put("count", 6);
        e.putNull("townshipCode");

        assertThat(ContributionRules.entries(event("legal-aid.duty-lawyer-service.recorded", e)))
                .containsExactly(entry("duty_lawyer_services", "2025-05-08", 6));
        assertThat(MeasureCatalogue.kind("duty_lawyer_services")).isEqualTo(MeasureCatalogue.Kind.FLOW);
        assertThat(MeasureCatalogue.kind("assigned_within_deadline")).isEqualTo(MeasureCatalogue.Kind.FLOW);
        assertThat(MeasureCatalogue.kind("subsidies_paid")).isEqualTo(MeasureCatalogue.Kind.FLOW);
    }
}
