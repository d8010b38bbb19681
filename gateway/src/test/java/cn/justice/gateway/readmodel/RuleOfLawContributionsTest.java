package cn.justice.gateway.readmodel;

import cn.justice.platform.events.CloudEvent;
import cn.justice.platform.events.CloudEventCodec;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The rule-of-law measures (DESIGN §13) the gateway derives from the data of a rule-of-law-service event. */
class RuleOfLawContributionsTest {
    private static final UUID ID = UUID.fromString("5f0c3a1e-2b4d-4c6e-8f0a-1b2c3d4e5f60");

    private static CloudEvent event(String type, ObjectNode data) {
        return CloudEvent.of(type, "/rule-of-law-service", ID, data.path("version").asLong(1), "519901",
                data.path("townshipCode").asText(null), data);
    }

    private static ObjectNode data() {
        return CloudEventCodec.mapper().createObjectNode().put("version", 1).put("countyCode", "519901");
    }

    private static MeasureEntry entry(String measure, String date) {
        return new MeasureEntry(measure, LocalDate.parse(date), 1);
    }

    private static MeasureEntry entry(String measure, String date, long value) {
        return new MeasureEntry(measure, LocalDate.parse(date), value);
    }

    /** A reconsideration as ReconsiderationEventData writes it (nulls where the service writes nulls). */
    private static ObjectNode reconsideration(String status, String acceptedOn, String decision, boolean corrected,
                                              String closedOn, Boolean closedOnTime) {
        ObjectNode d = data().put("reconsiderationId", ID.toString()).put("actionType", "PENALTY").put("status", status)
                .put("knewOn", "2028-02-20").put("appliedOn", "2028-03-01").put("acceptanceDueOn", "2028-03-08")
                .put("acceptedOn", acceptedOn).putNull("rejectedOn").put("procedure", acceptedOn == null ? null : "ORDINARY")
                .put("decisionDueOn", acceptedOn == null ? null : "2028-05-02").putNull("extensionDays")
                .put("decision", decision).put("corrected", corrected).put("closedOn", closedOn);
        d.put("acceptanceOnTime", acceptedOn == null ? null : Boolean.TRUE);
        d.put("closedOnTime", closedOnTime);
        return d;
    }

    @Test
    void aReceivedReconsiderationCountsAsReceivedOnItsApplicationDate() {
        assertThat(ContributionRules.entries(event("rule-of-law.reconsideration.received",
                reconsideration("RECEIVED", null, null, false, null, null))))
                .containsExactly(entry("reconsiderations_received", "2028-03-01"));
    }

    @Test
    void aDecisionRevokingTheActIsDecidedCorrectedAndOnTimeOnItsClosingDate() {
        assertThat(ContributionRules.entries(event("rule-of-law.reconsideration.decided",
                reconsideration("DECIDED", "2028-03-04", "REVOKE", true, "2028-04-20", true))))
                .containsExactly(entry("reconsiderations_received", "2028-03-01"),
                        entry("reconsiderations_accepted", "2028-03-04"),
                        entry("reconsiderations_decided", "2028-04-20"),
                        entry("reconsiderations_corrected", "2028-04-20"),
                        entry("reconsiderations_on_time", "2028-04-20"));
    }

    @Test
    void aLateMaintainedDecisionAndAMediatedCaseAreDecidedButNeitherCorrectedNorOnTime() {
        assertThat(ContributionRules.entries(event("rule-of-law.reconsideration.decided",
                reconsideration("DECIDED", "2028-03-04", "MAINTAIN", false, "2028-06-01", false))))
                .contains(entry("reconsiderations_decided", "2028-06-01"))
                .doesNotContain(entry("reconsiderations_corrected", "2028-06-01"), entry("reconsiderations_on_time", "2028-06-01"));
        assertThat(ContributionRules.entries(event("rule-of-law.reconsideration.mediated",
                reconsideration("MEDIATED", "2028-03-04", null, false, "2028-04-01", true))))
                .contains(entry("reconsiderations_decided", "2028-04-01"), entry("reconsiderations_on_time", "2028-04-01"));
    }

    @Test
    void aRejectedApplicationIsReceivedOnly() {
        ObjectNode d = reconsideration("REJECTED", null, null, false, null, null).put("rejectedOn", "2028-03-05");
        assertThat(ContributionRules.entries(event("rule-of-law.reconsideration.rejected", d)))
                .containsExactly(entry("reconsiderations_received", "2028-03-01"));
    }

    @Test
    void aReviewCountsOnItsOpinionDateWithIssuesAndTimeliness() {
        ObjectNode received = data().put("documentReviewId", ID.toString()).put("status", "RECEIVED")
                .put("receivedOn", "2028-05-06").put("dueOn", "2028-05-27").putNull("opinion").putNull("opinionIssuedOn")
                .putNull("reviewedOnTime").putNull("publishedOn").putNull("filedOn");
        assertThat(ContributionRules.entries(event("rule-of-law.document-review.received", received))).isEmpty();

        ObjectNode amend = received.deepCopy().put("status", "FILED").put("opinion", "AMEND")
                .put("opinionIssuedOn", "2028-05-20").put("reviewedOnTime", true).put("filedOn", "2028-06-01");
        assertThat(ContributionRules.entries(event("rule-of-law.document-review.filed", amend))).containsExactly(
                entry("documents_reviewed", "2028-05-20"), entry("documents_with_issues", "2028-05-20"),
                entry("documents_reviewed_on_time", "2028-05-20"));

        ObjectNode lateLawful = received.deepCopy().put("status", "OPINION_ISSUED").put("opinion", "LAWFUL")
                .put("opinionIssuedOn", "2028-06-02").put("reviewedOnTime", false);
        assertThat(ContributionRules.entries(event("rule-of-law.document-review.opinion-issued", lateLawful)))
                .containsExactly(entry("documents_reviewed", "2028-06-02"));
    }

    @Test
    void anOfficersExamsAndTrainingsCountOnTheirOwnDates() {
        ObjectNode d = data().put("enforcementOfficerId", ID.toString()).put("townshipCode", "519901101");
        d.putArray("exams").add(CloudEventCodec.mapper().createObjectNode().put("date", "2028-04-10").put("passed", false))
                .add(CloudEventCodec.mapper().createObjectNode().put("date", "2028-10-10").put("passed", true));
        d.putArray("trainings").add(CloudEventCodec.mapper().createObjectNode().put("date", "2028-03-01").put("hours", 16))
                .add(CloudEventCodec.mapper().createObjectNode().put("date", "2029-03-01").put("hours", 8));

        assertThat(ContributionRules.entries(event("rule-of-law.enforcement-officer.trained", d))).containsExactly(
                entry("exam_candidates", "2028-04-10"), entry("exam_candidates", "2028-10-10"),
                entry("exam_passed", "2028-10-10"), entry("officer_training_hours", "2028-03-01", 16),
                entry("officer_training_hours", "2029-03-01", 8));
    }

    @Test
    void inspectionsSelectionsAndHonours() {
        ObjectNode inspection = data().put("enforcementInspectionId", ID.toString()).putNull("townshipCode")
                .put("inspectedOn", "2028-07-01").put("findings", 5).put("rectified", 3);
        assertThat(ContributionRules.entries(event("rule-of-law.enforcement-inspection.recorded", inspection))).containsExactly(
                entry("enforcement_inspections", "2028-07-01"), entry("inspection_findings", "2028-07-01", 5),
                entry("inspection_findings_rectified", "2028-07-01", 3));

        ObjectNode jurors = data().put("assessorSelectionId", ID.toString()).put("kind", "JUROR").put("year", 2028)
                .put("candidates", 60).put("selected", 45);
        assertThat(ContributionRules.entries(event("rule-of-law.assessor-selection.recorded", jurors)))
                .containsExactly(entry("jurors_selected", "2028-01-01", 45));
        assertThat(ContributionRules.entries(event("rule-of-law.assessor-selection.updated",
                jurors.deepCopy().put("kind", "SUPERVISOR").put("selected", 0)))).isEmpty();

        ObjectNode honour = data().put("honourId", ID.toString()).put("level", "PROVINCE").put("year", 2027);
        assertThat(ContributionRules.entries(event("rule-of-law.honour.recorded", honour)))
                .containsExactly(entry("honours", "2027-01-01"), entry("honours_province", "2027-01-01"));
    }

    @Test
    void aProjectCountsWhenCompletedWithItsInvestmentInYuanAndPerKind() {
        ObjectNode d = data().put("projectId", ID.toString()).putNull("townshipCode").put("kind", "COMMAND_CENTER")
                .put("investment", new BigDecimal("120.55")).putNull("completedOn");
        assertThat(ContributionRules.entries(event("rule-of-law.project.recorded", d))).isEmpty();

        d.put("completedOn", "2028-11-30");
        assertThat(ContributionRules.entries(event("rule-of-law.project.updated", d))).containsExactly(
                entry("projects_completed", "2028-11-30"), entry("project_investment_yuan", "2028-11-30", 1_205_500),
                entry("projects_completed_kind_command_center", "2028-11-30"),
                entry("project_investment_yuan_kind_command_center", "2028-11-30", 1_205_500));
    }

    @Test
    void anAssistanceVillageCountsOnceWithItsCadresAndFunds() {
        ObjectNode d = data().put("assistanceVillageId", ID.toString()).put("townshipCode", "519901101")
                .put("villageCode", "519901101201").put("year", 2028).put("cadres", 2).put("funds", new BigDecimal("8.5"));
        assertThat(ContributionRules.entries(event("rule-of-law.assistance-village.recorded", d))).containsExactly(
                new MeasureEntry("assistance_villages", LocalDate.of(2028, 1, 1), 1, "519901101201"),
                entry("assistance_cadres", "2028-01-01", 2), entry("assistance_funds_yuan", "2028-01-01", 85_000));
    }

    @Test
    void anUnknownRuleOfLawAggregateIsAPoisonMessage() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                ContributionRules.entries(event("rule-of-law.meeting.held", data())));
    }

    /** Every measure of GET /api/v1/rule-of-law/stats is a flow of the catalogue: reconciliation compares them all. */
    @Test
    void everyMeasureOfTheServicesStatsIsAFlowOfTheCatalogue() {
        for (String m : List.of("reconsiderations_received", "reconsiderations_accepted", "reconsiderations_decided",
                "reconsiderations_corrected", "reconsiderations_on_time", "documents_reviewed", "documents_with_issues",
                "documents_reviewed_on_time", "exam_candidates", "exam_passed", "officer_training_hours",
                "enforcement_inspections", "inspection_findings", "inspection_findings_rectified", "jurors_selected",
                "supervisors_selected", "honours", "honours_national", "honours_province", "honours_county",
                "projects_completed", "project_investment_yuan", "assistance_villages", "assistance_cadres",
                "assistance_funds_yuan")) {
            assertThat(MeasureCatalogue.kind(m)).as(m).isEqualTo(MeasureCatalogue.Kind.FLOW);
        }
        assertThat(MeasureCatalogue.kind("projects_completed_kind_command_center")).as("per kind: report only").isNull();
    }
}
