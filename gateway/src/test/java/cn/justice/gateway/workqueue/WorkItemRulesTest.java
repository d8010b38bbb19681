package cn.justice.gateway.workqueue;

import cn.justice.platform.events.CloudEvent;
import cn.justice.platform.events.CloudEventCodec;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkItemRulesTest {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** 2026-12-07 01:00 Beijing, still 6 December in UTC: the change's day is Beijing's. */
    static final Instant CHANGED = Instant.parse("2026-12-06T17:00:00Z");

    static ObjectNode node() {
        return CloudEventCodec.mapper().createObjectNode();
    }

    static List<WorkItemRules.Due> items(String type, ObjectNode data) {
        CloudEvent e = new CloudEvent("1.0", UUID.randomUUID(), type, "/x", UUID.randomUUID().toString(), CHANGED,
                "application/json", "519901", "519901101", 2L, data);
        return WorkItemRules.items(e, BEIJING);
    }

    static WorkItemRules.Due due(WorkKind kind, String on) {
        return new WorkItemRules.Due(kind, LocalDate.parse(on));
    }

    static ObjectNode subject(String status) {
        ObjectNode d = node().put("status", status).put("category", "PROBATION").put("supervisionLevel", "ORDINARY")
                .put("reportDueOn", "2026-12-10").putNull("reportedOn").putNull("lastContactOn").putNull("endedOn")
                .put("leaveReturnOverdue", false).putNull("courtDueOn").putNull("lastHealthReportOn");
        d.putArray("missingPeriods");
        d.putArray("monitoringPeriods");
        return d;
    }

    @Test
    void aSubjectPendingReportIsDueOnItsReportDay() {
        assertThat(items("correction.subject.registered", subject("PENDING_REPORT")))
                .containsExactly(due(WorkKind.CORRECTION_REPORT_DUE, "2026-12-10"));
        assertThat(WorkKind.CORRECTION_REPORT_DUE.title(LocalDate.parse("2026-12-10"))).isEqualTo("社区矫正对象报到期限 2026-12-10");
    }

    @Test
    void aReportedSubjectChecksInWithinItsLevelsInterval() {
        ObjectNode d = subject("ACTIVE").put("reportedOn", "2026-11-20").put("lastContactOn", "2026-11-30");
        assertThat(items("correction.subject.reported", d)).containsExactly(due(WorkKind.CORRECTION_CHECK_IN_DUE, "2026-12-30"));
        d.put("supervisionLevel", "STRICT");
        assertThat(items("correction.subject.classified", d)).containsExactly(due(WorkKind.CORRECTION_CHECK_IN_DUE, "2026-12-07"));
        d.put("supervisionLevel", "LENIENT");
        assertThat(items("correction.subject.classified", d)).containsExactly(due(WorkKind.CORRECTION_CHECK_IN_DUE, "2027-02-28"));
    }

    @Test
    void theServicesDueDatesWinOverTheDefaultIntervals() {
        // a deployment with other justice.correction.check-in.* values: the event's dates, not the defaults here
        ObjectNode d = subject("ACTIVE").put("category", "MEDICAL_PAROLE").put("reportedOn", "2026-11-20")
                .put("lastContactOn", "2026-11-30").put("checkInDueOn", "2026-12-14").put("healthReportDueOn", "2026-12-04");
        assertThat(items("correction.subject.checked-in", d)).containsExactlyInAnyOrder(
                due(WorkKind.CORRECTION_CHECK_IN_DUE, "2026-12-14"), due(WorkKind.CORRECTION_HEALTH_REPORT_DUE, "2026-12-04"));
        // null in the event: none due (here missing), whatever the last contact
        d.putNull("checkInDueOn").putNull("healthReportDueOn").put("status", "MISSING");
        assertThat(items("correction.subject.lost-contact", d)).isEmpty();
    }

    @Test
    void aSanctionProposalAwaitsTheCountyUntilDecided() {
        ObjectNode d = subject("ACTIVE").put("reportedOn", "2026-11-20").put("lastContactOn", "2026-11-30")
                .put("checkInDueOn", "2026-12-30").put("openSanctionProposals", 2).put("sanctionProposedOn", "2026-12-03");
        assertThat(items("correction.subject.sanction-proposed", d)).containsExactlyInAnyOrder(
                due(WorkKind.CORRECTION_CHECK_IN_DUE, "2026-12-30"), due(WorkKind.CORRECTION_SANCTION_PROPOSAL_PENDING, "2026-12-03"));
        d.put("openSanctionProposals", 1).put("sanctionProposedOn", "2026-12-05"); // the older one decided (warned)
        assertThat(items("correction.subject.warned", d)).contains(due(WorkKind.CORRECTION_SANCTION_PROPOSAL_PENDING, "2026-12-05"));
        d.put("openSanctionProposals", 0).putNull("sanctionProposedOn");
        assertThat(items("correction.subject.admonished", d)).containsExactly(due(WorkKind.CORRECTION_CHECK_IN_DUE, "2026-12-30"));
        // an older event: the count without the date gives no item
        d.put("openSanctionProposals", 1).remove("sanctionProposedOn");
        assertThat(items("correction.subject.sanction-proposed", d)).containsExactly(due(WorkKind.CORRECTION_CHECK_IN_DUE, "2026-12-30"));
    }

    @Test
    void aMissingSubjectOwesNoCheckInButAProposalAwaitsTheCourt() {
        ObjectNode d = subject("REVOCATION_PROPOSED").put("reportedOn", "2026-11-20").put("lastContactOn", "2026-11-30")
                .put("courtDueOn", "2027-01-05");
        d.withArray("missingPeriods").add(node().put("from", "2026-12-01").putNull("to"));
        assertThat(items("correction.subject.revocation-proposed", d))
                .containsExactly(due(WorkKind.CORRECTION_REVOCATION_RULING_DUE, "2027-01-05"));
        ((ObjectNode) d.withArray("missingPeriods").get(0)).put("to", "2026-12-05");
        assertThat(items("correction.subject.checked-in", d)).containsExactlyInAnyOrder(
                due(WorkKind.CORRECTION_CHECK_IN_DUE, "2026-12-30"), due(WorkKind.CORRECTION_REVOCATION_RULING_DUE, "2027-01-05"));
    }

    @Test
    void monitoringLeavesAndHealthReports() {
        ObjectNode d = subject("ACTIVE").put("category", "MEDICAL_PAROLE").put("reportedOn", "2026-11-20")
                .put("lastContactOn", "2026-11-20").put("leaveReturnOverdue", true);
        d.withArray("monitoringPeriods").add(node().put("from", "2026-09-01").put("to", "2026-10-01"))
                .add(node().put("from", "2026-11-01").put("to", "2027-02-01"));
        assertThat(items("correction.subject.monitoring-started", d)).containsExactlyInAnyOrder(
                due(WorkKind.CORRECTION_CHECK_IN_DUE, "2026-12-20"),
                due(WorkKind.CORRECTION_HEALTH_REPORT_DUE, "2026-12-20"),
                // the flag only: the leave's last day was the day before the change (Beijing) at the latest
                due(WorkKind.CORRECTION_LEAVE_RETURN_OVERDUE, "2026-12-06"),
                due(WorkKind.CORRECTION_MONITORING_EXPIRING, "2027-01-31"));
        // stopped on the day of the change: no period runs; an ended correction has no items at all
        ((ObjectNode) d.withArray("monitoringPeriods").get(1)).put("to", "2026-12-07");
        d.put("leaveReturnOverdue", false).put("lastHealthReportOn", "2026-12-01");
        assertThat(items("correction.subject.monitoring-stopped", d)).containsExactlyInAnyOrder(
                due(WorkKind.CORRECTION_CHECK_IN_DUE, "2026-12-20"), due(WorkKind.CORRECTION_HEALTH_REPORT_DUE, "2027-01-01"));
        d.put("status", "TERMINATED").put("endedOn", "2026-12-07");
        assertThat(items("correction.subject.terminated", d)).isEmpty();
    }

    @Test
    void releasedPersons() {
        ObjectNode d = node().put("status", "REGISTERED").put("keyPerson", true).put("releasedOn", "2026-12-08")
                .put("supportPeriodEndsOn", "2031-12-08").putNull("connectedOn");
        assertThat(items("correction.released-person.registered", d)).containsExactlyInAnyOrder(
                due(WorkKind.RELEASED_KEY_PERSON_CONNECTION_DUE, "2026-12-08"),
                due(WorkKind.RELEASED_SUPPORT_PERIOD_ENDING, "2031-12-08"));
        d.put("status", "CONNECTED").put("connectedOn", "2026-12-08");
        assertThat(items("correction.released-person.connected", d))
                .containsExactly(due(WorkKind.RELEASED_SUPPORT_PERIOD_ENDING, "2031-12-08"));
        d.put("status", "CLOSED");
        assertThat(items("correction.released-person.closed", d)).isEmpty();
    }

    @Test
    void legalAidApplications() {
        ObjectNode d = node().put("status", "UNDER_REVIEW").putNull("decision").put("decisionDueOn", "2026-12-10")
                .putNull("assignmentDueOn").putNull("objectionDueOn");
        assertThat(items("legal-aid.application.review-started", d)).containsExactly(due(WorkKind.LEGAL_AID_DECISION_DUE, "2026-12-10"));
        d.put("status", "MATERIALS_REQUESTED"); // the decision clock stops; an older event without the materials' date
        assertThat(items("legal-aid.application.materials-requested", d)).isEmpty();
        d.put("materialsDueOn", "2026-12-20"); // the materials are due instead
        assertThat(items("legal-aid.application.materials-requested", d)).containsExactly(due(WorkKind.LEGAL_AID_MATERIALS_DUE, "2026-12-20"));
        d.put("status", "UNDER_REVIEW").putNull("materialsDueOn"); // received: the decision clock runs again
        assertThat(items("legal-aid.application.materials-received", d)).containsExactly(due(WorkKind.LEGAL_AID_DECISION_DUE, "2026-12-10"));
        d.put("status", "WITHDRAWN").put("materialsDueOn", "2026-12-20"); // deemed withdrawn by the sweep
        assertThat(items("legal-aid.application.withdrawn", d)).isEmpty();
        d.put("status", "MATERIALS_REQUESTED");
        d.put("status", "ASSIGNED").put("emergency", true); // an emergency assignment still awaits its decision
        assertThat(items("legal-aid.application.assigned", d)).containsExactly(due(WorkKind.LEGAL_AID_DECISION_DUE, "2026-12-10"));
        d.put("status", "GRANTED").put("decision", "GRANTED").put("assignmentDueOn", "2026-12-09");
        assertThat(items("legal-aid.application.granted", d)).containsExactly(due(WorkKind.LEGAL_AID_ASSIGNMENT_DUE, "2026-12-09"));
        d.put("status", "ASSIGNED");
        assertThat(items("legal-aid.application.assigned", d)).isEmpty();
        d.put("status", "OBJECTED").put("decision", "DENIED").put("objectionDueOn", "2026-12-12");
        assertThat(items("legal-aid.application.objected", d)).containsExactly(due(WorkKind.LEGAL_AID_OBJECTION_DUE, "2026-12-12"));
    }

    @Test
    void disputes() {
        ObjectNode d = node().put("status", "ACCEPTED").put("dueOn", "2027-01-05").put("escalationRisk", "HIGH")
                .putNull("reportedToPoliceOn").putNull("agreementSignedOn").putNull("judicialConfirmationAppliedOn");
        assertThat(items("mediation.dispute.accepted", d)).containsExactlyInAnyOrder(
                due(WorkKind.MEDIATION_DISPUTE_DUE, "2027-01-05"), due(WorkKind.MEDIATION_ESCALATION_RISK, "2026-12-07"));
        d.put("reportedToPoliceOn", "2026-12-07");
        assertThat(items("mediation.dispute.updated", d)).containsExactly(due(WorkKind.MEDIATION_DISPUTE_DUE, "2027-01-05"));
        d.put("status", "SUCCEEDED").put("agreementSignedOn", "2026-12-01").put("agreementForm", "ORAL");
        assertThat(items("mediation.dispute.succeeded", d)).as("an oral agreement cannot be confirmed").isEmpty();
        d.put("agreementForm", "WRITTEN");
        assertThat(items("mediation.dispute.succeeded", d))
                .containsExactly(due(WorkKind.MEDIATION_JUDICIAL_CONFIRMATION_WINDOW, "2026-12-31"));
        d.put("judicialConfirmationAppliedOn", "2026-12-05");
        assertThat(items("mediation.dispute.judicial-confirmation-recorded", d)).isEmpty();
    }

    @Test
    void anAgreementIsFollowedUpAfterItsPerformanceDate() {
        ObjectNode d = node().put("status", "SUCCEEDED").put("agreementSignedOn", "2026-12-01")
                .put("judicialConfirmationAppliedOn", "2026-12-02").put("agreementPerformBy", "2026-12-20")
                .put("lastFollowUpOn", "2026-12-05"); // a follow-up before the date does not count
        assertThat(items("mediation.dispute.followed-up", d))
                .containsExactly(due(WorkKind.MEDIATION_AGREEMENT_FOLLOW_UP_DUE, "2026-12-21"));
        d.put("lastFollowUpOn", "2026-12-22");
        assertThat(items("mediation.dispute.followed-up", d)).isEmpty();
        d.put("status", "AGREEMENT_INVALID").putNull("lastFollowUpOn");
        assertThat(items("mediation.dispute.agreement-invalidated", d)).isEmpty();
        // an older event without the dates, or an agreement without a performance date: none
        ObjectNode old = node().put("status", "SUCCEEDED").putNull("agreementSignedOn");
        assertThat(items("mediation.dispute.succeeded", old)).isEmpty();
        assertThat(items("mediation.dispute.succeeded", old.putNull("agreementPerformBy").putNull("lastFollowUpOn"))).isEmpty();
    }

    @Test
    void aMediatorsTermEndsUntilRenewedOrRetired() {
        ObjectNode m = node().put("status", "ACTIVE").put("appointedOn", "2024-01-01").put("termEndsOn", "2026-12-31");
        assertThat(items("mediation.mediator.appointed", m)).containsExactly(due(WorkKind.MEDIATION_MEDIATOR_TERM_ENDING, "2026-12-31"));
        m.put("termEndsOn", "2029-12-31"); // re-appointed for a new term
        assertThat(items("mediation.mediator.updated", m)).containsExactly(due(WorkKind.MEDIATION_MEDIATOR_TERM_ENDING, "2029-12-31"));
        m.putNull("termEndsOn");
        assertThat(items("mediation.mediator.updated", m)).isEmpty();
        m.put("termEndsOn", "2026-12-31").put("status", "RETIRED").put("retiredOn", "2026-12-07");
        assertThat(items("mediation.mediator.retired", m)).isEmpty();
    }

    @Test
    void aResponsibleUnitFilesEachYearsListByTheEndOfMarch() {
        ObjectNode u = node().putNull("year");
        u.putArray("years");
        // changed on 2026-12-07 (Beijing): this year's list is missing
        assertThat(items("publicity.responsible-unit.registered", u))
                .containsExactly(due(WorkKind.PUBLICITY_UNIT_YEAR_LIST_DUE, "2026-03-31"));
        u.put("year", 2026).withArray("years").add(node().put("year", 2026).put("plannedActivities", 4).put("itemCount", 2));
        assertThat(items("publicity.responsible-unit.year-planned", u)) // then next year's
                .containsExactly(due(WorkKind.PUBLICITY_UNIT_YEAR_LIST_DUE, "2027-03-31"));
        u.put("year", 2027).withArray("years").add(node().put("year", 2027).put("plannedActivities", 0).put("itemCount", 1));
        assertThat(items("publicity.responsible-unit.year-planned", u)).isEmpty();
        assertThat(WorkKind.PUBLICITY_UNIT_YEAR_LIST_DUE.title(LocalDate.parse("2027-03-31"))).isEqualTo("普法责任清单报送期限 2027-03-31");
    }

    @Test
    void aPlannedActivityIsDueOnItsDay() {
        ObjectNode a = node().put("status", "PLANNED").put("heldOn", "2026-12-01").putNull("participants");
        assertThat(items("publicity.activity.planned", a)).containsExactly(due(WorkKind.PUBLICITY_PLANNED_ACTIVITY_DUE, "2026-12-01"));
        a.put("status", "HELD").put("heldOn", "2026-12-03").put("participants", 80);
        assertThat(items("publicity.activity.held", a)).isEmpty();
        a.put("status", "CANCELLED").put("heldOn", "2026-12-01").put("cancelledOn", "2026-12-02");
        assertThat(items("publicity.activity.cancelled", a)).isEmpty();
    }

    @Test
    void ruleOfLawRecords() {
        ObjectNode review = node().put("status", "UNDER_REVIEW").put("dueOn", "2026-12-18");
        assertThat(items("rule-of-law.document-review.review-started", review))
                .containsExactly(due(WorkKind.ROL_DOCUMENT_REVIEW_DUE, "2026-12-18"));
        review.put("status", "OPINION_ISSUED");
        assertThat(items("rule-of-law.document-review.opinion-issued", review)).isEmpty();
        ObjectNode r = node().put("status", "RECEIVED").put("acceptanceDueOn", "2026-12-11").putNull("decisionDueOn");
        assertThat(items("rule-of-law.reconsideration.received", r))
                .containsExactly(due(WorkKind.ROL_RECONSIDERATION_ACCEPTANCE_DUE, "2026-12-11"));
        r.put("status", "ACCEPTED").put("decisionDueOn", "2027-02-05");
        assertThat(items("rule-of-law.reconsideration.accepted", r))
                .containsExactly(due(WorkKind.ROL_RECONSIDERATION_DECISION_DUE, "2027-02-05"));
        r.put("status", "DECIDED");
        assertThat(items("rule-of-law.reconsideration.decided", r)).isEmpty();
    }

    @Test
    void otherAggregatesHaveNoItemsAndABadDateIsNeverApplicable() {
        assertThat(items("publicity.activity.held", node().put("status", "HELD"))).isEmpty();
        assertThatThrownBy(() -> items("rule-of-law.document-review.received", node().put("status", "RECEIVED").put("dueOn", "soon")))
                .isInstanceOf(java.time.DateTimeException.class);
    }

    @Test
    void everyKindHasAServiceARecordTypeAndAChineseTitle() {
        for (WorkKind k : WorkKind.values()) {
            assertThat(k.service()).isIn("correction", "legal-aid", "mediation", "rule-of-law", "publicity");
            assertThat(k.title()).matches(".*\\p{IsHan}.*");
        }
    }

    @Test
    void severityAgainstToday() {
        LocalDate due = LocalDate.parse("2026-12-10");
        assertThat(Severity.of(due, LocalDate.parse("2026-12-06"))).isEqualTo(Severity.INFO);
        assertThat(Severity.of(due, LocalDate.parse("2026-12-07"))).isEqualTo(Severity.DUE);
        assertThat(Severity.of(due, due)).isEqualTo(Severity.DUE);
        assertThat(Severity.overdue(due, due)).isFalse();
        assertThat(Severity.of(due, LocalDate.parse("2026-12-11"))).isEqualTo(Severity.OVERDUE);
        assertThat(Severity.overdue(due, LocalDate.parse("2026-12-11"))).isTrue();
        assertThat(Severity.of(due, LocalDate.parse("2026-12-17"))).isEqualTo(Severity.OVERDUE);
        assertThat(Severity.of(due, LocalDate.parse("2026-12-18"))).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void withinIsAnIsoPeriodUpToTenYears() {
        assertThat(WorkQueueResource.within(null)).isEqualTo(java.time.Period.ofDays(7));
        assertThat(WorkQueueResource.within("P2W")).isEqualTo(java.time.Period.ofWeeks(2));
        assertThat(WorkQueueResource.within("P0D")).isEqualTo(java.time.Period.ZERO);
        assertThat(WorkQueueResource.within("P10Y")).isEqualTo(java.time.Period.ofYears(10));
        for (String bad : new String[]{"P", "7D", "p7d", "P-1D", "-P1D", "PT1H", "P10Y1D", "P99999999999D"}) {
            assertThatThrownBy(() -> WorkQueueResource.within(bad)).as(bad)
                    .isInstanceOf(cn.justice.platform.problem.ProblemException.class);
        }
    }
}
